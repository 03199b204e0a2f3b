/** `listTransactions` answers newest first by transaction date, not by when a line was recorded. */
import { describe, expect, it } from 'vitest';
import { buildScenario } from '../src/scenarios';
import { seed } from '../src/seed';

const alice = seed.customers.gifter.id;
const DAY = 86_400;

describe('listTransactions', () => {
  it('lists the purchases newest first, whatever order the scenario recorded them in', () => {
    // myGiftsEveryStatus records its gifts 1, 2, 3, 3, 420 and 410 days back, after Alice's own lines.
    const { platform, giftIds } = buildScenario('myGiftsEveryStatus');
    const page = platform.as(alice).listTransactions({ limit: 50, offset: 0 });
    const dates = page.items.map((t) => t.transactionDate);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const gifts = page.items.filter((t) => t.targetType === 'giftId').map((t) => t.targetId);
    expect(gifts).toEqual([giftIds?.scheduled, giftIds?.sendingSoon, giftIds?.activated, giftIds?.sent, giftIds?.expired, giftIds?.completed]);
  });

  it('keeps pages consistent: the pages put together are the whole list, in order', () => {
    const { platform } = buildScenario('myGiftsEveryStatus');
    const actor = platform.as(alice);
    const all = actor.listTransactions({ limit: 100, offset: 0 });
    const paged = [0, 3, 6, 9].flatMap((offset) => actor.listTransactions({ limit: 3, offset }).items);
    expect(paged).toEqual(all.items);
    expect(all.totalCount).toBe(all.items.length);
  });

  it('places a backdated line by its date, and the latest recorded first among equal dates', () => {
    const { platform } = buildScenario('myGiftsEveryStatus');
    const now = platform.now();
    platform.dev.addTransaction(alice, seed.offers.footballMonthly, now - 200 * DAY, 'sub_backdated');
    platform.dev.addTransaction(alice, seed.offers.footballMonthly, now, 'sub_first_now');
    platform.dev.addTransaction(alice, seed.offers.footballMonthly, now, 'sub_second_now');
    const items = platform.as(alice).listTransactions({ limit: 100, offset: 0 }).items;
    expect(items.slice(0, 2).map((t) => t.targetId)).toEqual(['sub_second_now', 'sub_first_now']);
    const backdated = items.findIndex((t) => t.targetId === 'sub_backdated');
    expect(items[backdated - 1]?.transactionDate).toBeGreaterThan(now - 200 * DAY);
    expect(items[backdated + 1]?.transactionDate).toBeLessThan(now - 200 * DAY);
  });
});
