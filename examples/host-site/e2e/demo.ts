import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Signs in through the developer panel's people list. */
export async function signInAs(page: Page, customerId: string): Promise<void> {
  await page.getByLabel('Signed in as').selectOption(customerId);
  await expect.poll(() => page.getByLabel('Signed in as').inputValue()).toBe(customerId);
}

/** Signs out through the developer panel, staying on the page. */
export async function signOutInPanel(page: Page): Promise<void> {
  await page.getByLabel('Signed in as').selectOption('');
  await page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
}

/** Signs out through the site's header (Switch account → Sign out), as a visitor would. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Switch account' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
}

export interface GiftOrder {
  offerTitle: string;
  recipient: string;
  note?: string;
  coupon?: string;
}

/** From the offers page: give an offer as a gift, paying with the test card. */
export async function buyGift(page: Page, order: GiftOrder): Promise<void> {
  await page.getByRole('link', { name: 'Offers' }).click();
  await page.getByRole('link', { name: `Give as a gift (${order.offerTitle})`, exact: true }).click();
  await expect.poll(() => page.getByRole('radio', { name: 'As a gift' }).isChecked()).toBe(true);
  await page.getByRole('textbox', { name: /Recipient’s email/ }).fill(order.recipient);
  await page.getByRole('textbox', { name: /Confirm the recipient/ }).fill(order.recipient);
  if (order.note) await page.getByRole('textbox', { name: /Personal note/ }).fill(order.note);
  if (order.coupon) {
    await page.getByRole('textbox', { name: 'Promotion code' }).fill(order.coupon);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('status').filter({ hasText: `Code ${order.coupon} applied.` }).waitFor();
  }
  await page.getByRole('textbox', { name: 'Card number' }).fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: /^Pay / }).click();
  await page.getByRole('heading', { name: 'Your gift is booked' }).waitFor();
}

/** Moves the simulated clock to the next delivery hour: the invitations go out. */
export async function jumpToDelivery(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Jump to the next delivery/ }).click();
}

/** Opens the newest invitation to `recipient` in the outbox and follows its redeem link. */
export async function openInvitation(page: Page, recipient: string, index = 0): Promise<string> {
  await page.getByRole('button', { name: new RegExp(`^Invitation to ${recipient.replace(/[.]/g, '\\.')}`) }).nth(index).click();
  const email = page.getByRole('article', { name: `Email to ${recipient}` });
  const body = (await email.locator('.email-body').textContent()) ?? '';
  const code = /[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(body)?.[0];
  expect(code, `a gift code in the email:\n${body}`).toBeTruthy();
  await email.getByRole('link', { name: 'Open the redeem link' }).click();
  await page.getByRole('heading', { name: 'Activate your gift', level: 1 }).waitFor();
  return code ?? '';
}

/** The value shown next to a label in the redemption preview (`Renewal date now` …). */
export async function previewValue(page: Page, label: string): Promise<string> {
  const term = page.getByText(label, { exact: true });
  return ((await term.locator('xpath=following-sibling::*[1]').textContent()) ?? '').trim();
}
