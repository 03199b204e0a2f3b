import { render, type RenderResult } from '@testing-library/react';
import { setupServer } from 'msw/node';
import type { ReactElement } from 'react';
import { createHttpGiftsClient } from '@giftkit/http';
import { DEFAULT_BASE_URL, buildScenario, createHandlers, createInMemoryGiftsApi, type Scenario, type ScenarioName } from '@giftkit/mocks';
import type { GiftsApi } from '@giftkit/core';
import { GiftKitProvider, type GiftKitProviderProps, type GiftKitSession } from '@giftkit/react';

export interface ScenarioRenderOptions extends Partial<Omit<GiftKitProviderProps, 'api' | 'children'>> {
  /** `memory`: the in-memory GiftsApi (fast). `http`: the HTTP client against MSW handlers (the wire). @default 'memory' */
  via?: 'memory' | 'http';
  /** Or a scenario already built (to change its platform first). */
  scenario?: Scenario;
}

export interface ScenarioRender extends RenderResult {
  scenario: Scenario;
  api: GiftsApi;
  /** Re-render with another session (e.g. after `onRequireAuth`). */
  signIn(session: GiftKitSession | null): void;
}

type Server = ReturnType<typeof setupServer>;
let server: Server | null = null;

/** MSW in Node for `via: 'http'`; unhandled requests fail the test. Call `stopServer` in afterAll. */
function serverFor(scenario: Scenario): Server {
  const current = server ?? setupServer();
  if (!server) current.listen({ onUnhandledRequest: 'error' });
  server = current;
  current.resetHandlers(...createHandlers(scenario.platform));
  return current;
}

export function stopScenarioServer(): void {
  server?.close();
  server = null;
}

/**
 * Renders `ui` inside a `GiftKitProvider` wired to a named scenario of the simulated platform,
 * signed in as the scenario's customer. The session can change later, as a host's would.
 */
export function renderWithScenario(ui: ReactElement, name: ScenarioName, options: ScenarioRenderOptions = {}): ScenarioRender {
  const { via = 'memory', scenario: given, ...providerProps } = options;
  const scenario = given ?? buildScenario(name);
  let customerId = scenario.customerId;
  let token = scenario.token;
  const api =
    via === 'http'
      ? (serverFor(scenario), createHttpGiftsClient({ baseURL: DEFAULT_BASE_URL, getToken: () => token, retry: { retries: 0 } }))
      : createInMemoryGiftsApi(scenario.platform, { customerId: () => customerId });
  const tree = (session: GiftKitSession | null) => (
    <GiftKitProvider api={api} session={session} {...providerProps}>
      {ui}
    </GiftKitProvider>
  );
  const result = render(tree(customerId === null ? null : { customerId }));
  return {
    ...result,
    scenario,
    api,
    signIn(session) {
      customerId = session?.customerId ?? null;
      token = customerId === null ? null : scenario.platform.sessionToken(customerId);
      result.rerender(tree(session));
    },
  };
}
