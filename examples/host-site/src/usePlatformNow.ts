import { useCallback, useSyncExternalStore } from 'react';
import type { Simulation } from './platform/simulation';

/**
 * The simulated platform's "now" (Unix seconds, to the minute), re-rendering when its clock
 * moves; `undefined` on a real platform, where GiftKit uses the browser's clock.
 */
export function usePlatformNow(simulation: Simulation | null): number | undefined {
  const subscribe = useCallback((listener: () => void) => (simulation ? simulation.subscribe(listener) : () => undefined), [simulation]);
  const snapshot = useCallback(() => (simulation ? Math.floor(simulation.now() / 60) * 60 : undefined), [simulation]);
  return useSyncExternalStore(subscribe, snapshot, () => undefined);
}

/** Re-renders on every change of the simulated platform (purchases, emails, clock). */
export function usePlatformVersion(simulation: Simulation | null): number {
  const subscribe = useCallback((listener: () => void) => (simulation ? simulation.subscribe(listener) : () => undefined), [simulation]);
  const snapshot = useCallback(() => simulation?.getVersion() ?? 0, [simulation]);
  return useSyncExternalStore(subscribe, snapshot, () => 0);
}
