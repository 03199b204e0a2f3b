import { useEffect, useState } from 'react';
import type { UnixSeconds } from '@giftkit/core';

const currentSeconds = (): UnixSeconds => Math.floor(Date.now() / 1000);

/**
 * The viewer's "now": the pinned value when given (stories, tests), else the current time,
 * refreshed every minute so an edit window closes on screen when it closes for real.
 */
export function useNow(pinned: UnixSeconds | undefined): UnixSeconds {
  const [now, setNow] = useState(currentSeconds);
  useEffect(() => {
    if (pinned !== undefined) return undefined;
    setNow(currentSeconds());
    const timer = setInterval(() => setNow(currentSeconds()), 60_000);
    return () => clearInterval(timer);
  }, [pinned]);
  return pinned ?? now;
}
