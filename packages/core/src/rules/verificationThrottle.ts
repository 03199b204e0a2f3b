/**
 * Rule 7: repeated failed verifications are throttled, so codes cannot be guessed through
 * a component. After `freeAttempts` failures in a row, each further failure imposes a
 * cool-down that doubles, up to `maxSeconds`. A success resets the count (the caller's job).
 */
export interface VerificationThrottlePolicy {
  /** Failures allowed before the first cool-down. */
  freeAttempts: number;
  /** The first cool-down, in seconds. */
  baseSeconds: number;
  /** The longest cool-down, in seconds. */
  maxSeconds: number;
}

/** 3 failures, then 30 s, 60 s, 120 s, … at most 15 minutes. */
export const DEFAULT_VERIFICATION_THROTTLE: Readonly<VerificationThrottlePolicy> = Object.freeze({
  freeAttempts: 3,
  baseSeconds: 30,
  maxSeconds: 15 * 60,
});

/**
 * Seconds to wait after `failures` consecutive failed verifications (0: no wait).
 * @example verificationCooldownSeconds(3) // 30; (4) → 60; (2) → 0
 */
export function verificationCooldownSeconds(failures: number, policy: Readonly<VerificationThrottlePolicy> = DEFAULT_VERIFICATION_THROTTLE): number {
  const free = Math.max(0, Math.floor(policy.freeAttempts));
  const base = Math.max(0, policy.baseSeconds);
  const max = Math.max(base, policy.maxSeconds);
  if (!Number.isFinite(failures) || failures < Math.max(1, free)) return 0;
  const doublings = Math.floor(failures) - Math.max(1, free);
  // 2^doublings overflows to Infinity long after `max` is reached: clamp first.
  return doublings >= 31 ? max : Math.min(max, base * 2 ** doublings);
}

/**
 * When the next verification may be sent: the later of our own cool-down and the server's
 * `retryAfter` (both from `now`, in seconds), or `null` when nothing holds it back.
 */
export function verificationAllowedAt(now: number, failures: number, serverRetryAfter?: number | null, policy?: Readonly<VerificationThrottlePolicy>): number | null {
  const own = verificationCooldownSeconds(failures, policy);
  const server = typeof serverRetryAfter === 'number' && Number.isFinite(serverRetryAfter) && serverRetryAfter > 0 ? serverRetryAfter : 0;
  const wait = Math.max(own, server);
  return wait > 0 ? now + wait : null;
}

/** Whole seconds left until `allowedAt` (0 when it has passed or is `null`), for a countdown. */
export function secondsUntil(allowedAt: number | null, now: number): number {
  return allowedAt === null ? 0 : Math.max(0, Math.ceil(allowedAt - now));
}
