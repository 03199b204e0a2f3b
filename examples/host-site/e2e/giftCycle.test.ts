import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, openPage, pageErrors, useChromium } from '../../e2e/browser';
import { seed } from '@giftkit/mocks';
import { buyGift, jumpToDelivery, openInvitation, previewValue, signInAs, signOut, signOutInPanel } from './demo';

/**
 * The whole gift cycle in the built demo, in Debian's Chromium: the real HTTP client talks
 * to the simulated platform through the MSW service worker, as a visitor would see it.
 */
const browser = useChromium();
let page: Page;
const baseUrl = inject('demoUrl');

afterEach(async () => {
  expect(pageErrors(page), 'uncaught errors in the page').toEqual([]);
  await page.context().close();
});

describe('the demo host site', () => {
  it('buys a gift with a coupon, delivers it, and the recipient redeems it (NEW); the gifter sees it redeemed', async () => {
    page = await openPage(browser(), baseUrl, 'Plans');
    await expectNoAxeViolations(page, 'the offers page');
    await signInAs(page, 'cus_alice');

    await buyGift(page, { offerTitle: 'Football Annual', recipient: 'bob.new@example.com', note: 'Enjoy the season, Bob! <b>not bold</b>', coupon: 'TENOFF' });
    await expect.poll(() => page.getByText('Enjoy the season, Bob! <b>not bold</b>').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'the checkout confirmation');

    await jumpToDelivery(page);
    await signOut(page);
    await expectNoAxeViolations(page, 'the sign-in page');
    const code = await openInvitation(page, 'bob.new@example.com');
    await expect.poll(() => page.getByRole('textbox', { name: 'Gift code' }).inputValue()).toBe(code);

    // Signed out: RedeemGift asks the host (onRequireAuth), whose sign-in opens over the page; the code stays.
    const dialog = page.getByRole('dialog', { name: 'Sign in to Streamly' });
    await dialog.getByRole('button', { name: /Sign in as Bob Nowak/ }).click();
    await page.getByRole('heading', { name: 'Your gift: a new subscription' }).waitFor();
    await expectNoAxeViolations(page, 'the redemption preview');
    await page.getByRole('button', { name: 'Redeem gift' }).click();
    await page.getByRole('heading', { name: 'Thank you! Your gift is active' }).waitFor();
    await expectNoAxeViolations(page, 'the thank-you screen');

    await signInAs(page, 'cus_alice');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My gifts' }).click();
    // Alice's seeded gifts to Bob are not redeemed: the one at "Redeemed" now is this one.
    const timelines = page.getByRole('list', { name: /Status of the gift for bob\.new@example\.com/ });
    await expect.poll(() => timelines.getByRole('listitem').filter({ hasText: 'Redeemed (current status)' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'My gifts');
  });

  it('stacks two gifts from two gifters on one subscription (EXTEND): the renewal date moves by both', async () => {
    page = await openPage(browser(), baseUrl, 'Plans');
    await signInAs(page, 'cus_alice');
    await buyGift(page, { offerTitle: 'Volleyball Annual', recipient: 'carol.subscriber@example.com', note: 'A year of volleyball' });
    await signInAs(page, 'cus_george');
    await buyGift(page, { offerTitle: 'Volleyball Monthly', recipient: 'carol.subscriber@example.com', note: 'And a month more' });
    await jumpToDelivery(page);

    // The README's tour: follow the link, then sign out in the panel; the page asks who is
    // there, with the code kept. The newest email is listed first: George's month, then Alice's year.
    await openInvitation(page, 'carol.subscriber@example.com', 1);
    await signOutInPanel(page);
    await page.getByRole('dialog', { name: 'Sign in to Streamly' }).getByRole('button', { name: /Sign in as Carol Dupont/ }).click();
    await page.getByRole('heading', { name: 'Your gift extends your subscription' }).waitFor();
    const before = await previewValue(page, 'Renewal date now');
    const afterYear = await previewValue(page, 'New renewal date');
    await page.getByRole('button', { name: 'Redeem gift' }).click();
    await page.getByRole('heading', { name: 'Thank you! Your gift is active' }).waitFor();

    await openInvitation(page, 'carol.subscriber@example.com', 0);
    await page.getByRole('heading', { name: 'Your gift extends your subscription' }).waitFor();
    expect(await previewValue(page, 'Renewal date now')).toBe(afterYear);
    const afterBoth = await previewValue(page, 'New renewal date');
    await page.getByRole('button', { name: 'Redeem gift' }).click();
    await page.getByRole('heading', { name: 'Thank you! Your gift is active' }).waitFor();

    const dates = [before, afterYear, afterBoth].map((text) => new Date(`${text} 12:00 UTC`));
    const months = (from: Date, to: Date) => (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
    expect(months(dates[0]!, dates[1]!), `${before} → ${afterYear}`).toBe(12);
    expect(months(dates[0]!, dates[2]!), `${before} → ${afterBoth}`).toBe(13);
  });

  it('lets the operator find a gift by the sender’s email and by its code', async () => {
    page = await openPage(browser(), baseUrl, 'Plans');
    await signInAs(page, 'cus_alice');
    await buyGift(page, { offerTitle: 'Cinema Club (6 months)', recipient: 'someone.new@example.com' });
    await jumpToDelivery(page);
    const emailButton = page.getByRole('button', { name: /^Invitation to someone\.new@example\.com/ });
    await emailButton.click();
    const body = (await page.getByRole('article', { name: 'Email to someone.new@example.com' }).locator('.email-body').textContent()) ?? '';
    const code = /[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(body)?.[0] ?? '';
    expect(code).not.toBe('');

    await signInAs(page, 'op_olivia');
    await page.getByRole('link', { name: 'Gift manager' }).click();
    const search = page.getByRole('searchbox', { name: 'Search gifts' });
    await search.fill('alice.gifter@example.com');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'erin.renewing@example.com' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'someone.new@example.com' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'the gift manager');

    // As a viewer would read it out on the phone: lower case, a space instead of the dash.
    await search.fill(code.toLowerCase().replace('-', ' '));
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'someone.new@example.com' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
  });

  it('keeps the platform across a reload: the purchase is still in My gifts', async () => {
    page = await openPage(browser(), baseUrl, 'Plans');
    await signInAs(page, 'cus_alice');
    await buyGift(page, { offerTitle: 'Volleyball Monthly', recipient: 'reload.test@example.com' });
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My gifts' }).click();
    await page.getByText('reload.test@example.com').first().waitFor();
    await expectNoAxeViolations(page, 'My gifts after a reload');
  });
  it('fits a 375 px phone: no page scrolls sideways, signed in as a viewer and as an operator', async () => {
    page = await openPage(browser(), baseUrl, 'Plans');
    await page.setViewportSize({ width: 375, height: 800 });
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const visit = async (path: string, heading: string) => {
      await page.goto(new URL(path, baseUrl).href);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await expectNoAxeViolations(page, `${path} at 375 px`);
      expect(await sideways(), `${path} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
    };
    await signInAs(page, 'cus_alice');
    await visit('/', 'Give someone a year of great sport and cinema');
    await visit(`/checkout/${seed.offers.footballAnnual}?purchaseAsGift=true`, 'Buy a plan');
    await visit('/subscribe/gift/activate?giftCode=abcd 2345', 'Activate your gift');
    await visit('/account/gifts', 'My gifts');
    await visit('/sign-in', 'Switch account');
    await signInAs(page, 'op_olivia');
    await visit('/admin/gifts', 'Gift manager');
  });
});
