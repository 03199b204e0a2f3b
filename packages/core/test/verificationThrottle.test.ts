import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VERIFICATION_THROTTLE, secondsUntil, verificationAllowedAt, verificationCooldownSeconds } from '@giftkit/core';
import { RUNS } from './fc';

const policy = fc.record({
  freeAttempts: fc.integer({ min: 0, max: 10 }),
  baseSeconds: fc.integer({ min: 1, max: 600 }),
  maxSeconds: fc.integer({ min: 1, max: 86_400 }),
});

describe('verification throttle (rule 7)', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 30],
    [4, 60],
    [5, 120],
    [8, 900],
    [50, 900],
    [1e9, 900],
  ])('after %d failures waits %d s by default', (failures, seconds) => {
    expect(verificationCooldownSeconds(failures)).toBe(seconds);
  });

  it('treats nonsense counts as no failure', () => {
    expect(verificationCooldownSeconds(Number.NaN)).toBe(0);
    expect(verificationCooldownSeconds(-3)).toBe(0);
    expect(verificationCooldownSeconds(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('starts after the first failure when no attempt is free', () => {
    expect(verificationCooldownSeconds(1, { freeAttempts: 0, baseSeconds: 10, maxSeconds: 100 })).toBe(10);
    expect(verificationCooldownSeconds(0, { freeAttempts: 0, baseSeconds: 10, maxSeconds: 100 })).toBe(0);
  });

  it('combines its own cool-down with the server’s retryAfter', () => {
    expect(verificationAllowedAt(1000, 0)).toBeNull();
    expect(verificationAllowedAt(1000, 3)).toBe(1030);
    expect(verificationAllowedAt(1000, 3, 120)).toBe(1120);
    expect(verificationAllowedAt(1000, 4, 5)).toBe(1060);
    expect(verificationAllowedAt(1000, 0, 0)).toBeNull();
    expect(verificationAllowedAt(1000, 0, Number.NaN)).toBeNull();
    expect(verificationAllowedAt(1000, 0, null)).toBeNull();
    expect(verificationAllowedAt(1000, 0, 7, DEFAULT_VERIFICATION_THROTTLE)).toBe(1007);
  });

  it('counts down in whole seconds', () => {
    expect(secondsUntil(null, 5)).toBe(0);
    expect(secondsUntil(10, 5)).toBe(5);
    expect(secondsUntil(10, 9.2)).toBe(1);
    expect(secondsUntil(10, 12)).toBe(0);
  });

  it('never decreases as failures add up, and stays within [0, max]', () => {
    fc.assert(
      fc.property(policy, fc.integer({ min: 0, max: 10_000 }), (p, failures) => {
        const now = verificationCooldownSeconds(failures, p);
        const next = verificationCooldownSeconds(failures + 1, p);
        expect(next).toBeGreaterThanOrEqual(now);
        expect(now).toBeGreaterThanOrEqual(0);
        expect(now).toBeLessThanOrEqual(Math.max(p.baseSeconds, p.maxSeconds));
      }),
      RUNS,
    );
  });

  it('doubles each time until the cap', () => {
    fc.assert(
      fc.property(policy, fc.integer({ min: 0, max: 40 }), (p, extra) => {
        const first = Math.max(1, p.freeAttempts);
        const cap = Math.max(p.baseSeconds, p.maxSeconds);
        expect(verificationCooldownSeconds(first - 1, p)).toBe(0);
        expect(verificationCooldownSeconds(first, p)).toBe(Math.min(cap, p.baseSeconds));
        const a = verificationCooldownSeconds(first + extra, p);
        const b = verificationCooldownSeconds(first + extra + 1, p);
        expect(b).toBe(Math.min(cap, a * 2));
      }),
      RUNS,
    );
  });

  it('never allows a request before the server said so', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2e9 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 86_400 }), (now, failures, retryAfter) => {
        const at = verificationAllowedAt(now, failures, retryAfter);
        expect(at).not.toBeNull();
        expect(at ?? 0).toBeGreaterThanOrEqual(now + retryAfter);
        expect(secondsUntil(at, now)).toBeGreaterThanOrEqual(retryAfter);
      }),
      RUNS,
    );
  });
});
