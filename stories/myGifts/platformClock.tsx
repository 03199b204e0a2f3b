import { useCallback, useSyncExternalStore } from 'react';
import type { Platform, Scenario } from '@giftkit/mocks';
import { MyGifts, type MyGiftsProps } from '@giftkit/react';

const listeners = new WeakMap<Platform, Set<() => void>>();

/** Moves the simulated platform's clock and re-renders every `MyGifts` pinned to it. */
export function advancePlatformTo(platform: Platform, instant: number): void {
  platform.advanceBy(instant - platform.now());
  listeners.get(platform)?.forEach((listener) => listener());
}

/** `MyGifts` with `now` pinned to the scenario's clock (frozen unless a play function moves it). */
export function MyGiftsOnPlatformClock({ platform, ...props }: MyGiftsProps & { platform: Platform | undefined }) {
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!platform) return () => undefined;
      const set = listeners.get(platform) ?? new Set();
      listeners.set(platform, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    [platform],
  );
  const now = useSyncExternalStore(subscribe, () => platform?.now());
  return <MyGifts {...props} now={now} />;
}

export const scenarioOf = (loaded: Record<string, unknown>): Scenario | undefined => (loaded as { scenario?: Scenario }).scenario;
