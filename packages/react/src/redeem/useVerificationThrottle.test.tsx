import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useVerificationThrottle } from './useVerificationThrottle';

describe('useVerificationThrottle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-02T09:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('counts a cool-down down after the third failure, doubling after the next', () => {
    const { result } = renderHook(() => useVerificationThrottle());
    act(() => {
      result.current.recordFailure();
      result.current.recordFailure();
    });
    expect(result.current.secondsLeft).toBe(0);
    act(() => result.current.recordFailure());
    expect(result.current.secondsLeft).toBe(30);
    act(() => void vi.advanceTimersByTime(10_000));
    expect(result.current.secondsLeft).toBe(20);
    act(() => void vi.advanceTimersByTime(20_000));
    expect(result.current.secondsLeft).toBe(0);
    act(() => result.current.recordFailure());
    expect(result.current.secondsLeft).toBe(60);
  });

  it('a success resets the count; the server’s retryAfter wins when longer', () => {
    const { result } = renderHook(() => useVerificationThrottle({ freeAttempts: 1, baseSeconds: 5, maxSeconds: 60 }));
    act(() => result.current.recordFailure());
    expect(result.current.secondsLeft).toBe(5);
    act(() => void vi.advanceTimersByTime(5_000));
    act(() => result.current.recordSuccess());
    act(() => result.current.recordServerLimit(90));
    expect(result.current.secondsLeft).toBe(90);
    act(() => result.current.recordServerLimit(undefined));
    expect(result.current.secondsLeft).toBe(90);
  });
});
