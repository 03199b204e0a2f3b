import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/** Debian's Chromium (never a downloaded browser), headless, without background traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * One Chromium for the calling test file: launched before its tests, closed after them.
 * Call at the file's top level; the getter returns the running browser.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call useChromium() at the top level of the test file');
    return browser;
  };
}

/**
 * A fresh visitor (empty storage, so a fresh simulated platform) on `url`, once the heading
 * `ready` shows.
 */
export async function openPage(browser: Browser, url: string, ready: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB', timezoneId: 'Europe/Paris' });
  // Generous: the browser run shares two cores with the node run in CI; only failures wait this long.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  (page as Page & { problems?: string[] }).problems = problems;
  await page.goto(url);
  await page.getByRole('heading', { name: ready }).waitFor();
  return page;
}

/** Uncaught errors the page threw so far. */
export const pageErrors = (page: Page): string[] => (page as Page & { problems?: string[] }).problems ?? [];

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/** Runs axe-core on the whole page (GiftKit's components and the host around them). */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  // Settled pages only: a region being refreshed is dimmed on purpose while it is busy.
  await expect.poll(() => page.locator('[aria-busy="true"]:visible').count()).toBe(0);
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe.run(document));
  const violations = (result as AxeResult).violations.map((violation) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(violations, `axe on ${where}`).toEqual([]);
}
