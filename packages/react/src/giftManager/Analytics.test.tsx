import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarios, seed, type Scenario } from '@giftkit/mocks';
import { renderWithScenario } from '../../test/renderWithScenario';
import { GiftManager } from './GiftManager';
import { middleEllipsis } from './BarChart';
import { formatMonth, monthAxisLines, withQuietMonths } from './months';

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
    const months = rowsOf(perMonth);
    expect(months.filter(([, bought]) => bought !== '0')).toEqual([
      ['January 2025', '1', '1', '0', '1', '0%', '€20.00'],
      ['January 2026', '2', '2', '1', '0', '50%', '€30.00'],
      ['February 2026', '1', '0', '0', '0', '0%', '€10.00'],
    ]);
    // The quiet months in between are there too, so the time axis does not jump.
    expect(months.map(([label]) => label)).toHaveLength(14);
    expect(months[5]).toEqual(['June 2025', '0', '0', '0', '0', '0%', 'None']);
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
    await waitFor(() => expect(rowsOf(perMonth).filter(([, bought]) => bought !== '0').map(([label]) => label)).toEqual(['janvier 2025', 'janvier 2026', 'février 2026']));
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

  it('fills the quiet months between the first and the last, in order, and keeps the rest', () => {
    const row = (month: string, bought = 1) => ({ month, bought });
    const empty = (month: string) => row(month, 0);
    expect(withQuietMonths([row('2026-02'), row('2025-11')], empty)).toEqual([row('2025-11'), row('2025-12', 0), row('2026-01', 0), row('2026-02')]);
    expect(withQuietMonths([row('soon'), row('2026-03')], empty)).toEqual([row('2026-03'), row('soon')]);
    expect(withQuietMonths([], empty)).toEqual([]);
    // Ten years of sparse data stay as they came instead of 120 bars.
    expect(withQuietMonths([row('2016-01'), row('2026-01')], empty)).toEqual([row('2016-01'), row('2026-01')]);
  });

  it('never loses or invents a gift month (property)', () => {
    const month = fc.tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.uniqueArray(month, { maxLength: 12 }), (months) => {
        const out = withQuietMonths(months.map((m) => ({ month: m, bought: 1 })), (m) => ({ month: m, bought: 0 }));
        expect(out.filter((r) => r.bought === 1).map((r) => r.month).sort()).toEqual([...months].sort());
        expect(out.length).toBeLessThanOrEqual(Math.max(months.length, 60));
        const labels = out.map((r) => r.month);
        expect(new Set(labels).size).toBe(labels.length);
      }),
      { numRuns: 1000 },
    );
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
