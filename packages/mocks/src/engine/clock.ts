import type { UnixSeconds } from '@giftkit/core';

export type ClockListener = (now: UnixSeconds) => void;

/**
 * The platform's time, in Unix seconds. Frozen by default so stories and tests are stable;
 * `realTime` lets it run along with the wall clock (demo site) while still being movable.
 * Time never goes backwards: the scheduler has already acted on the past.
 */
export class Clock {
  private offset: number;
  private readonly realTime: boolean;
  private readonly startedAtMs: number;
  private readonly listeners = new Set<ClockListener>();

  constructor(start: UnixSeconds, options: { realTime?: boolean } = {}) {
    if (!Number.isFinite(start)) throw new RangeError(`Clock start must be Unix seconds, got ${start}`);
    this.offset = Math.floor(start);
    this.realTime = options.realTime ?? false;
    this.startedAtMs = Date.now();
  }

  /** The current time in Unix seconds. */
  now(): UnixSeconds {
    if (!this.realTime) return this.offset;
    return this.offset + Math.floor((Date.now() - this.startedAtMs) / 1000);
  }

  /** Moves time forward by `seconds` and lets the scheduler catch up. */
  advanceBy(seconds: number): UnixSeconds {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`advanceBy needs seconds ≥ 0, got ${seconds}`);
    this.offset += Math.floor(seconds);
    return this.notify();
  }

  /** Moves time forward to `instant` (Unix seconds); moving backwards is refused. */
  advanceTo(instant: UnixSeconds): UnixSeconds {
    const now = this.now();
    if (!Number.isFinite(instant) || instant < now) throw new RangeError(`advanceTo cannot go back in time (${instant} < ${now})`);
    this.offset += Math.floor(instant) - now;
    return this.notify();
  }

  /** Called after every move; returns an unsubscribe function. */
  onChange(listener: ClockListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): UnixSeconds {
    const now = this.now();
    for (const listener of this.listeners) listener(now);
    return now;
  }
}
