import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, openPage, pageErrors, useChromium } from '../../e2e/browser';

/**
 * The demo built with `VITE_GIFTKIT_API_URL`: no simulated platform in the page, the HTTP
 * client talks across origins to a platform on a real socket, with a token from its login.
 */
const browser = useChromium();

describe('the demo against a real API', () => {
  it('lists the platform’s offers, signs in with a token and shows the customer’s gifts', async () => {
    const page = await openPage(browser(), inject('remoteDemoUrl'), 'Plans');
    await expect.poll(() => page.locator('.offer').count()).toBeGreaterThan(5);
    // Nothing simulated in this build: no clock, no outbox, no seeded people.
    expect(await page.getByRole('heading', { name: 'Clock' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Sign in', exact: true }).click();
    const main = page.getByRole('main');
    await main.getByLabel('Customer id').fill('cus_alice');
    await main.getByLabel('Token (JWT)').fill(inject('remoteToken'));
    await main.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My gifts' }).click();
    await page.getByText('ines.swiss@example.com').first().waitFor();
    await expectNoAxeViolations(page, 'My gifts on a real API');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
