import type { GiftsApi } from '@giftkit/core';
import { createHttpGiftsClient } from '@giftkit/http';
import type { Simulation } from './platform/simulation';
import { currentSession } from './session';

/** What the site talks to: the simulated platform in this page, or a real one. */
export interface Backend {
  api: GiftsApi;
  /** Null on a real platform: no clock, no outbox, no seeded people. */
  simulation: Simulation | null;
  baseURL: string;
}

/**
 * `VITE_GIFTKIT_API_URL` set: the HTTP client against that platform. Otherwise the simulated
 * platform starts in this page (loaded on demand, so a real deployment never downloads it)
 * and the same HTTP client talks to it through the service worker.
 */
export async function startBackend(): Promise<Backend> {
  const remote = import.meta.env.VITE_GIFTKIT_API_URL as string | undefined;
  let simulation: Simulation | null = null;
  let baseURL = remote ?? '';
  if (!remote) {
    const { Simulation, API_PATH } = await import('./platform/simulation');
    simulation = await Simulation.start();
    baseURL = `${window.location.origin}${API_PATH}`;
  }
  const api = createHttpGiftsClient({
    baseURL,
    getToken: () => currentSession()?.token ?? null,
  });
  return { api, simulation, baseURL };
}
