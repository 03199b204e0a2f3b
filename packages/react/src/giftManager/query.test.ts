import { describe, expect, it } from 'vitest';
import { redeemLink } from './GiftDetails';
import { DEFAULT_FILTERS, dayStart, filtersFromSearch, filtersToSearch, searchText, toAnalyticsQuery, toSearchQuery } from './query';
import { csvRecordCount } from './useGiftReport';

describe('the search box', () => {
  it('normalises a gift code like the redeem field, and leaves other text alone', () => {
    expect(searchText(' abcd 2345 ')).toBe('ABCD-2345');
    expect(searchText('abcd–2345')).toBe('ABCD-2345');
    expect(searchText('alice.gifter@example.com')).toBe('alice.gifter@example.com');
    expect(searchText('Football')).toBe('Football');
    expect(searchText('2026-01-31')).toBe('2026-01-31');
  });
});

describe('queries', () => {
  it('turns filters into a search, a report and an analytics query', () => {
    const filters = { ...DEFAULT_FILTERS, q: 'abcd2345', status: 'expired' as const, offerId: 'S1', period: 12 as const, createdFrom: '2026-01-01', createdTo: '2026-01-31', page: 2 };
    expect(toSearchQuery(filters, 25)).toEqual({
      q: 'ABCD-2345',
      status: ['expired'],
      offerId: ['S1'],
      period: [12],
      createdFrom: Date.UTC(2026, 0, 1) / 1000,
      createdTo: Date.UTC(2026, 0, 31) / 1000 + 86_399,
      sort: '-createdAt',
      limit: 25,
      offset: 50,
    });
    expect(toAnalyticsQuery(filters)).toEqual({ offerId: ['S1'], createdFrom: Date.UTC(2026, 0, 1) / 1000, createdTo: Date.UTC(2026, 0, 31) / 1000 + 86_399 });
    expect(toSearchQuery(DEFAULT_FILTERS, 10)).toEqual({ sort: '-createdAt', limit: 10, offset: 0 });
  });

  it('refuses days that do not exist', () => {
    expect(dayStart('2026-02-30')).toBeUndefined();
    expect(dayStart('soon')).toBeUndefined();
  });
});

describe('the shareable URL', () => {
  it('round-trips filters and keeps the host’s own parameters', () => {
    const filters = { ...DEFAULT_FILTERS, q: 'bob@example.com', status: 'standby' as const, period: 3 as const, createdFrom: '2026-03-01', sort: 'code' as const, descending: false, page: 4 };
    const search = filtersToSearch(filters, '?tab=gifts');
    expect(search).toContain('tab=gifts');
    expect(filtersFromSearch(search)).toEqual(filters);
    expect(filtersToSearch(DEFAULT_FILTERS, '?tab=gifts&gk-q=x')).toBe('?tab=gifts');
  });

  it('ignores anything malformed', () => {
    expect(filtersFromSearch('?gk-status=lost&gk-period=7&gk-sort=-price&gk-page=-3&gk-from=2026-13-01')).toEqual(DEFAULT_FILTERS);
  });
});

describe('helpers', () => {
  it('builds the redeem link a viewer can open', () => {
    expect(redeemLink('https://tv.example/gift/activate', 'ABCD-2345')).toBe('https://tv.example/gift/activate?giftCode=ABCD-2345');
    expect(redeemLink('https://tv.example/a?lang=fr#top', 'ABCD-2345')).toBe('https://tv.example/a?lang=fr&giftCode=ABCD-2345#top');
  });

  it('counts CSV records, not lines', () => {
    expect(csvRecordCount('a,b\r\n1,"x\r\ny"\r\n2,z\r\n')).toBe(2);
    expect(csvRecordCount('a,b\r\n')).toBe(0);
  });
});
