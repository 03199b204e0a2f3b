import type { UnixSeconds } from '../model/ids';

export const SECONDS_PER_HOUR = 3600;
export const SECONDS_PER_DAY = 86_400;

/** `Date.now()` in Unix seconds; rules take `now` as an argument so they stay pure. */
export function toUnixSeconds(ms: number): UnixSeconds {
  return Math.floor(ms / 1000);
}
