import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenarios, seed, type Scenario } from '@giftkit/mocks';
import { renderWithScenario } from '../../test/renderWithScenario';
import { GiftManager } from './GiftManager';
import { middleEllipsis } from './BarChart';
import { formatMonth, monthAxisLines } from './months';

const DAY = 86_400;

/**
 * An operator's platform with four known gifts (clock at 2 March 2026):
 * - January 2026, Football Monthly, sent and redeemed, paid €10.00;
 * - January 2026, Football Annual, sent, waiting, paid €20.00;
 * - February 2026, Football Monthly, not sent yet, paid €10.00;
 * - January 2025, Football Annual, sent, code expired, paid €20.00.
 */
function knownGifts(): Scenario {
  const s = scenarios.manyGifts(0);
  const now = s.platform.now();
  const at = (iso: string) => Date.parse(iso) / 1000;
  const base = { gifterId: seed.customers.gifter.id, recipientEmail: 'friend@example.com' };
  s.platform.dev.insertGift({
    ...base, offerId: seed.offers.footballMonthly, paidMinor: 1000, createdAt: at('2026-01-10T10:00:00Z'), deliveryDate: at('2026-01-11T10:00:00Z'),
    sentAt: at('2026-01-11T10:00:00Z'), redeemedAt: at('2026-01-12T10:00:00Z'), redeemedBy: seed.customers.newRecipient.id, redeemMode: 'NEW', accessEndsAt: at('2026-02-12T10:00:00Z'),
  });
  s.platform.dev.insertGift({
    ...base, offerId: seed.offers.footballAnnual, paidMinor: 2000, createdAt: at('2026-01-20T10:00:00Z'), deliveryDate: at('2026-01-21T10:00:00Z'), sentAt: at('2026-01-21T10:00:00Z'),
  });
  s.platform.dev.insertGift({
    ...base, offerId: seed.offers.footballMonthly, paidMinor: 1000, createdAt: at('2026-02-15T10:00:00Z'), deliveryDate: now + 10 * DAY,
  });
  s.platform.dev.insertGift({
    ...base, offerId: seed.offers.footballAnnual, paidMinor: 2000, createdAt: at('2025-01-05T10:00:00Z'), deliveryDate: at('2025-01-06T10:00:00Z'),
    sentAt: at('2025-01-06T10:00:00Z'), expiresAt: at('2025-04-06T10:00:00Z'),
  });
  return s;
}

/** The totals as the operator reads them: each term with its value. */
function totals(): Record<string, string> {
  const list = document.querySelector('.gk-giftManagerAnalytics dl');
  if (!(list instanceof HTMLElement)) throw new Error('no totals');
  const terms = within(list).getAllByRole('term');
  const values = within(list).getAllByRole('definition');
  return Object.fromEntries(terms.map((term, i) => [term.textContent ?? '', values[i]?.textContent ?? '']));
}

async function openAnalytics(locale = 'en') {
  const s = knownGifts();
  const user = userEvent.setup({ delay: null });
  renderWithScenario(<GiftManager syncUrl={false} now={() => s.platform.now()} />, 'operator', { scenario: s, locale });
  await screen.findByRole('table');
  // Locales other than English load on demand: wait for the button in the right language.
  await user.click(await screen.findByRole('button', { name: locale === 'fr' ? 'Afficher les statistiques' : 'Show analytics' }));
  return { s, user };
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent, ...within(row).getAllByRole('cell').map((cell) => cell.textContent)]);

describe('GiftManager analytics against the simulated platform', () => {
  it('shows the totals, the redemption rate (redeemed ÷ sent) and the revenue', async () => {
    await openAnalytics();
    await screen.findByRole('img', { name: 'Gifts per month' });
    expect(totals()).toEqual({ Bought: '4', Sent: '3', Redeemed: '1', Expired: '1', 'Redemption rate': '33.3%', Revenue: '€60.00' });
  });

  it('labels months in the viewer’s language, in order, with their figures; offers by full name', async () => {
    await openAnalytics();
    const perMonth = await screen.findByRole('table', { name: 'Gifts per month' });
    expect(rowsOf(perMonth)).toEqual([
      ['January 2025', '1', '1', '0', '1', '0%', '€20.00'],
      ['January 2026', '2', '2', '1', '0', '50%', '€30.00'],
      ['February 2026', '1', '0', '0', '0', '0%', '€10.00'],
    ]);
    const perOffer = screen.getByRole('table', { name: 'Gifts per offer' });
    expect(rowsOf(perOffer).map(([label, bought, , redeemed, , rate, revenue]) => [label, bought, redeemed, rate, revenue]).sort()).toEqual([
      ['Football Annual', '2', '0', '0%', '€40.00'],
      ['Football Monthly', '2', '1', '100%', '€20.00'],
    ]);
    // The chart names each offer in full (no 7-character cut), and each month by name.
    const offersChart = screen.getByRole('img', { name: 'Gifts per offer' });
    expect(offersChart).toHaveTextContent('Football Annual');
    expect(offersChart).toHaveTextContent('Football Monthly');
    const monthsChart = screen.getByRole('img', { name: 'Gifts per month' });
    expect(monthsChart).toHaveTextContent(/Jan.*2025.*Jan.*2026.*Feb/);
    expect(monthsChart).not.toHaveTextContent(/\d{4}-\d{2}/);
  });

  it('formats months in French too', async () => {
    await openAnalytics('fr');
    const perMonth = await screen.findByRole('table', { name: 'Cadeaux par mois' });
    await waitFor(() => expect(rowsOf(perMonth).map(([label]) => label)).toEqual(['janvier 2025', 'janvier 2026', 'février 2026']));
  });
});

describe('analytics labels', () => {
  it('formats a platform month with Intl, and leaves anything else as it came', () => {
    expect(formatMonth('2026-03', 'en')).toBe('March 2026');
    expect(formatMonth('2026-03', 'de')).toBe('März 2026');
    expect(formatMonth('2026-13', 'en')).toBe('2026-13');
    expect(formatMonth('soon', 'en')).toBe('soon');
    expect(monthAxisLines('2026-03', 'en')).toEqual(['Mar', '2026']);
  });

  it('shortens only very long labels, keeping both ends', () => {
    expect(middleEllipsis('Football Monthly')).toBe('Football Monthly');
    const long = 'Premium Sports and Cinema Bundle — Twelve Months Annual';
    const short = middleEllipsis(long, 20);
    expect([...short]).toHaveLength(20);
    expect(short.startsWith('Premium Sp')).toBe(true);
    expect(short.endsWith('s Annual')).toBe(true);
  });
});
