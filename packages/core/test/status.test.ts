import { describe, expect, it } from 'vitest';
import { GIFT_CODE_VALIDITY_DAYS, giftExpiresAt, giftPhase, giftStatus, giftTimeline } from '@giftkit/core';

const DAY = 86_400;
const base = {
  createdAt: 1_000,
  deliveryDetails: { recipientEmail: 'a@b.co', deliveryDate: 10_000, personalNote: '' },
  sentAt: null as number | null,
  redeemedAt: null as number | null,
  expiresAt: null as number | null,
  accessEndsAt: null as number | null,
};

describe('giftStatus (rule 13, okast)', () => {
  it('standby: bought and not sent yet', () => {
    expect(giftStatus(base, 5_000)).toBe('standby');
    expect(giftPhase(base, 5_000)).toBe('scheduled');
  });
  it('standby: sent and not activated', () => {
    const sent = { ...base, sentAt: 10_100 };
    expect(giftStatus(sent, 20_000)).toBe('standby');
    expect(giftPhase(sent, 20_000)).toBe('sent');
  });
  it('expired: sent and not used before the code expired (365 days by default)', () => {
    const sent = { ...base, sentAt: 10_100 };
    expect(giftExpiresAt(sent)).toBe(10_100 + GIFT_CODE_VALIDITY_DAYS * DAY);
    expect(giftStatus(sent, 10_100 + 365 * DAY - 1)).toBe('standby');
    expect(giftStatus(sent, 10_100 + 365 * DAY)).toBe('expired');
    expect(giftStatus({ ...sent, expiresAt: 50_000 }, 50_000)).toBe('expired');
    expect(giftExpiresAt(base)).toBeNull();
  });
  it('activated while access runs, completed once it is over', () => {
    const redeemed = { ...base, sentAt: 10_100, redeemedAt: 11_000, accessEndsAt: 90_000 };
    expect(giftStatus(redeemed, 89_999)).toBe('activated');
    expect(giftStatus(redeemed, 90_000)).toBe('completed');
    expect(giftStatus({ ...redeemed, accessEndsAt: null }, 1e12)).toBe('activated');
    expect(giftPhase(redeemed, 90_000)).toBe('ended');
  });
  it('a redeemed gift never counts as expired', () => {
    expect(giftStatus({ ...base, sentAt: 1, redeemedAt: 2, expiresAt: 3 }, 10)).toBe('activated');
  });
});

describe('giftTimeline (the gifter’s view)', () => {
  it('scheduled → sent → redeemed → ended, expected dates included', () => {
    expect(giftTimeline(base, 5_000)).toEqual({
      phase: 'scheduled',
      steps: [
        { phase: 'scheduled', at: 1_000, state: 'current' },
        { phase: 'sent', at: 10_000, state: 'upcoming' },
        { phase: 'redeemed', at: null, state: 'upcoming' },
        { phase: 'ended', at: null, state: 'upcoming' },
      ],
    });
    const redeemed = { ...base, sentAt: 10_100, redeemedAt: 11_000, accessEndsAt: 90_000 };
    expect(giftTimeline(redeemed, 20_000).steps.map((s) => s.state)).toEqual(['done', 'done', 'current', 'upcoming']);
    expect(giftTimeline(redeemed, 90_000).steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'current']);
  });
  it('ends in expired instead when the code was never used', () => {
    const expired = { ...base, sentAt: 10_100, expiresAt: 20_000 };
    expect(giftTimeline(expired, 20_000)).toEqual({
      phase: 'expired',
      steps: [
        { phase: 'scheduled', at: 1_000, state: 'done' },
        { phase: 'sent', at: 10_100, state: 'done' },
        { phase: 'expired', at: 20_000, state: 'current' },
      ],
    });
  });
  it('copes with a gift that has no creation date', () => {
    const { createdAt: _ignored, ...noCreated } = base;
    expect(giftTimeline(noCreated, 0).steps[0]).toEqual({ phase: 'scheduled', at: null, state: 'current' });
  });
});
