import { useCallback, useEffect, useState } from 'react';
import { secondsUntil, verificationAllowedAt, type VerificationThrottlePolicy } from '@giftkit/core';

export interface VerificationThrottle {
  /** Seconds left before another verification may be sent (0: go ahead). Ticks every second. */
  secondsLeft: number;
  /** A verification failed (unknown code): may start a cool-down (core's policy). */
  recordFailure: () => void;
  /** A code was found: the count starts again. */
  recordSuccess: () => void;
  /** The server said RATE_LIMITED: wait at least `retryAfter` seconds. */
  recordServerLimit: (retryAfter: number | undefined) => void;
}

const nowSeconds = () => Date.now() / 1000;

/** Rule 7 on the client: counts failed verifications and counts the cool-down down. */
export function useVerificationThrottle(policy?: VerificationThrottlePolicy): VerificationThrottle {
  const [state, setState] = useState<{ failures: number; allowedAt: number | null }>({ failures: 0, allowedAt: null });
  const [now, setNow] = useState(nowSeconds);

  const { allowedAt } = state;
  useEffect(() => {
    if (allowedAt === null) return;
    setNow(nowSeconds());
    const timer = setInterval(() => {
      const current = nowSeconds();
      setNow(current);
      if (current >= allowedAt) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [allowedAt]);

  const later = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

  const recordFailure = useCallback(() => {
    const current = nowSeconds();
    setNow(current);
    setState((s) => ({ failures: s.failures + 1, allowedAt: later(s.allowedAt, verificationAllowedAt(current, s.failures + 1, null, policy)) }));
  }, [policy]);

  const recordSuccess = useCallback(() => setState((s) => ({ failures: 0, allowedAt: s.allowedAt })), []);

  const recordServerLimit = useCallback((retryAfter: number | undefined) => {
    const current = nowSeconds();
    setNow(current);
    // Without a hint, wait as long as our own policy's first cool-down would.
    setState((s) => ({ failures: s.failures, allowedAt: later(s.allowedAt, verificationAllowedAt(current, 0, retryAfter ?? 30, policy)) }));
  }, [policy]);

  return { secondsLeft: secondsUntil(state.allowedAt, now), recordFailure, recordSuccess, recordServerLimit };
}
