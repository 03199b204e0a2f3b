/** The operator's gift manager (rule 16) over a few thousand synthetic gifts. */
import { giftStatus, type Gift, type GiftSearchQuery } from '@giftkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { scenarios, seed, type Actor, type Platform } from '../src';
import { csvCell } from '../src/engine/operator/report';
import { thrown } from './helpers';

let platform: Platform;
let operator: Actor;
const all = (query: GiftSearchQuery = {}): Gift[] => operator.searchGifts({ ...query, limit: 1000, offset: 0 }).items.concat(
  operator.searchGifts({ ...query, limit: 1000, offset: 1000 }).items,
  operator.searchGifts({ ...query, limit: 1000, offset: 2000 }).items,
);

beforeAll(() => {
  const s = scenarios.manyGifts(2500);
  platform = s.platform;
  operator = platform.as(s.customerId ?? '');
});

describe('operator search', () => {
  it('pages the whole set, newest first by default, never capped', () => {
    const first = operator.searchGifts({ limit: 50 });
    expect(first.totalCount).toBe(2500);
    expect(first.items).toHaveLength(50);
    const everything = all();
    expect(new Set(everything.map((g) => g.id)).size).toBe(2500);
    expect(everything.map((g) => g.createdAt)).toEqual([...everything.map((g) => g.createdAt ?? 0)].sort((a, b) => b - a));
    expect(operator.searchGifts({ limit: 50, offset: 2490 }).items).toHaveLength(10);
  });

  it('finds by sender email, gift code (whole or part), offer name, creation day', () => {
    const sample = platform.store.gifts[1234]!;
    const sender = platform.store.customers.get(sample.gifterId)!.email;
    const bySender = all({ q: sender.toUpperCase() });
    expect(bySender.length).toBeGreaterThan(0);
    expect(bySender.every((g) => g.gifterEmail === sender)).toBe(true);
    expect(all({ q: sample.code }).map((g) => g.id)).toEqual([sample.id]);
    expect(all({ q: sample.code.toLowerCase().replace('-', ' ') }).map((g) => g.id)).toEqual([sample.id]);
    expect(all({ q: sample.code.slice(0, 6) }).map((g) => g.id)).toContain(sample.id);
    const byOffer = all({ q: 'cinema club' });
    expect(byOffer.length).toBeGreaterThan(0);
    expect(byOffer.every((g) => g.offerTitle?.startsWith('Cinema Club'))).toBe(true);
    const day = new Date((sample.createdAt) * 1000).toISOString().slice(0, 10);
    const byDay = all({ q: day });
    expect(byDay.map((g) => g.id)).toContain(sample.id);
    expect(byDay.every((g) => new Date((g.createdAt ?? 0) * 1000).toISOString().startsWith(day))).toBe(true);
    expect(all({ q: sample.details.recipientEmail })).toContainEqual(expect.objectContaining({ id: sample.id }));
    expect(operator.searchGifts({ q: 'no-such-thing@nowhere' }).totalCount).toBe(0);
  });

  it('filters by status (core’s giftStatus), offer, period and creation range', () => {
    const now = platform.now();
    for (const status of ['standby', 'expired', 'activated', 'completed'] as const) {
      const found = all({ status: [status] });
      expect(found.length).toBe(platform.store.gifts.filter((g) => giftStatus(g, now) === status).length);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((g) => g.status === status)).toBe(true);
    }
    const annual = all({ period: [12] });
    expect(annual.every((g) => [seed.offers.footballAnnual, seed.offers.volleyballAnnual, seed.offers.rugbyAnnual].includes(g.offerId as never))).toBe(true);
    const from = now - 90 * 86_400;
    const recent = all({ offerId: [seed.offers.footballMonthly], createdFrom: from, createdTo: now });
    expect(recent.every((g) => g.offerId === seed.offers.footballMonthly && (g.createdAt ?? 0) >= from)).toBe(true);
    expect(recent.length).toBe(platform.store.gifts.filter((g) => g.offerId === seed.offers.footballMonthly && g.createdAt >= from && g.createdAt <= now).length);
  });

  it('follows the clock: a code that expires moves from standby to expired', () => {
    const standbySent = all({ status: ['standby'] }).find((g) => g.sentAt != null)!;
    const before = operator.searchGifts({ status: ['expired'] }).totalCount;
    platform.advanceTo(standbySent.expiresAt!);
    expect(operator.searchGifts({ q: standbySent.code!, status: ['expired'] }).totalCount).toBe(1);
    expect(operator.searchGifts({ status: ['expired'] }).totalCount).toBeGreaterThan(before);
    // A state change (a redemption) shows at once, without a clock move.
    const waiting = all({ status: ['standby'] }).find((g) => g.sentAt != null)!;
    const activated = operator.searchGifts({ status: ['activated'] }).totalCount;
    platform.as(seed.customers.newRecipient.id).redeemGift(waiting.code!, { idempotencyKey: 'operator-view' });
    expect(operator.searchGifts({ status: ['activated'] }).totalCount).toBe(activated + 1);
    expect(operator.searchGifts({ q: waiting.code!, status: ['activated'] }).totalCount).toBe(1);
  });

  it('sorts by every column, both ways', () => {
    const key: Record<string, (g: Gift) => string | number> = {
      recipientEmail: (g) => g.deliveryDetails.recipientEmail.toLowerCase(),
      offer: (g) => (g.offerTitle ?? '').toLowerCase(),
      code: (g) => g.code ?? '',
      deliveryDate: (g) => g.deliveryDetails.deliveryDate,
      createdAt: (g) => g.createdAt ?? 0,
      status: (g) => ['standby', 'expired', 'activated', 'completed'].indexOf(g.status ?? ''),
    };
    for (const [field, of] of Object.entries(key)) {
      for (const sort of [field, `-${field}`] as Array<GiftSearchQuery['sort']>) {
        const values = operator.searchGifts({ sort, limit: 300, offset: 100 }).items.map(of);
        const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(values).toEqual(sort?.startsWith('-') ? sorted.reverse() : sorted);
      }
    }
  });

  it('checks its query and is for operators only', () => {
    expect(thrown(() => operator.searchGifts({ sort: 'price' as never }))).toMatchObject({ code: 'VALIDATION', field: 'sort' });
    expect(thrown(() => operator.searchGifts({ status: ['lost' as never] }))).toMatchObject({ field: 'status' });
    expect(thrown(() => operator.searchGifts({ period: [2 as never] }))).toMatchObject({ field: 'period' });
    expect(thrown(() => operator.searchGifts({ limit: 0 }))).toMatchObject({ field: 'limit' });
    expect(thrown(() => platform.as(seed.customers.gifter.id).searchGifts({}))).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(thrown(() => platform.as(seed.customers.gifter.id).giftReport({}))).toMatchObject({ code: 'FORBIDDEN' });
    expect(thrown(() => platform.as(seed.customers.gifter.id).giftAnalytics({}))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('sees a purchase made after the index was built', () => {
    const customer = seed.customers.gifter.id;
    const alice = platform.as(customer);
    const order = alice.createOrder({ offerId: seed.offers.rugbyAnnual, buyAsAGift: true });
    alice.updateOrder(order.id, { deliveryDetails: { recipientEmail: 'late.arrival@example.com', deliveryDate: platform.now() + 86_400, personalNote: '' } });
    const payment = alice.payOrder({ orderId: order.id, paymentMethod: { type: 'card', token: seed.cards.success }, idempotencyKey: 'late' });
    expect(operator.searchGifts({ q: 'late.arrival' }).items.map((g) => g.id)).toEqual([payment.giftId]);
    alice.updateGift(payment.giftId ?? '', { recipientEmail: 'renamed@example.com', deliveryDate: platform.now() + 86_400, personalNote: '' });
    expect(operator.searchGifts({ q: 'late.arrival' }).totalCount).toBe(0);
    expect(operator.searchGifts({ q: 'renamed@' }).totalCount).toBe(1);
  });
});

describe('CSV report', () => {
  it('holds the filtered set in table order, one line per gift', () => {
    const csv = operator.giftReport({ status: ['completed'], sort: 'code' });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(operator.searchGifts({ status: ['completed'] }).totalCount + 1);
    const codes = lines.slice(1).map((line) => line.split(',')[3] ?? '');
    expect(codes).toEqual([...codes].sort());
    expect(lines.slice(1).every((line) => line.startsWith('completed,'))).toBe(true);
  });

  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell(12)).toBe('12');
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('  =1+1')).toBe("'  =1+1");
    expect(csvCell('\uFF1D1+1')).toBe("'\uFF1D1+1");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('carries names and notes, quoted, in the last columns', () => {
    const csv = operator.giftReport({});
    expect(csv.split('\r\n')[0]?.endsWith(',recipient_name,personal_note')).toBe(true);
  });
});

describe('analytics', () => {
  it('adds up per offer and per month to the totals', () => {
    const analytics = operator.giftAnalytics({});
    const { totals } = analytics;
    expect(totals.bought).toBe(platform.store.gifts.length);
    expect(totals.redemptionRate).toBeCloseTo(totals.redeemed / totals.sent, 3);
    const sum = (rows: Array<{ bought: number; redeemed: number; expired: number }>, key: 'bought' | 'redeemed' | 'expired') => rows.reduce((n, row) => n + row[key], 0);
    for (const key of ['bought', 'redeemed', 'expired'] as const) {
      expect(sum(analytics.perOffer, key)).toBe(totals[key]);
      expect(sum(analytics.perMonth, key)).toBe(totals[key]);
    }
    expect(analytics.perMonth.map((m) => m.month)).toEqual([...analytics.perMonth.map((m) => m.month)].sort());
    expect(analytics.perMonth.every((m) => /^\d{4}-\d{2}$/.test(m.month))).toBe(true);
    const revenue = platform.store.gifts.reduce((n, g) => n + g.paidMinor, 0) / 100;
    expect(totals.revenue).toEqual([{ currency: 'EUR', amount: Number(revenue.toFixed(2)) }]);
    const one = operator.giftAnalytics({ offerId: [seed.offers.volleyballAnnual] });
    expect(one.perOffer.map((row) => row.offerId)).toEqual([seed.offers.volleyballAnnual]);
  });
});
