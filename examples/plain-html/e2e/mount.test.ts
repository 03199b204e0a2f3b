import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, openPage, pageErrors, useChromium } from '../../e2e/browser';

/** The redeem flow in a page with no React code: `mount()`, DOM events, a session passed later. */
const browser = useChromium();
let page: Page;

describe('the plain-HTML example', () => {
  it('mounts RedeemGift, hears giftkit:requireAuth, passes the session in and hears giftkit:giftRedeemed', async () => {
    page = await openPage(browser(), inject('plainUrl'), 'Activate your gift');
    const events = page.getByRole('list').filter({ has: page.getByRole('listitem') }).last();
    await expect.poll(() => page.locator('#events').textContent()).toContain('giftkit:requireAuth');
    await expectNoAxeViolations(page, 'the plain page, signed out');

    await page.getByRole('button', { name: 'Sign in as Bob' }).click();
    await page.getByRole('heading', { name: 'Your gift: a new subscription' }).waitFor();
    await page.getByRole('button', { name: 'Redeem gift' }).click();
    await page.getByRole('heading', { name: 'Thank you! Your gift is active' }).waitFor();
    await expect.poll(() => events.textContent()).toContain('giftkit:giftRedeemed');
    await expectNoAxeViolations(page, 'the plain page after redeeming');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
