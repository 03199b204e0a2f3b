import type { AnyHandler } from 'msw';
import { createHttpGiftsClient } from '@giftkit/http';
import { DEFAULT_BASE_URL, SCENARIO_NAMES, buildScenario, createHandlers, type Scenario, type ScenarioName } from '@giftkit/mocks';
import type { GiftsApi } from '@giftkit/core';
import type { GiftKitSession } from '@giftkit/react';

/** The toolbar's choices: the story's own scenario, or any named one. */
export const SCENARIO_TOOLBAR_ITEMS = [{ value: '', title: 'Story default' }, ...SCENARIO_NAMES.map((name) => ({ value: name, title: name }))];

/** Which scenario a story runs: the toolbar's pick, else the story's `parameters.giftkit.scenario`. */
export function pickScenario(toolbar: unknown, storyDefault: ScenarioName | undefined): ScenarioName | undefined {
  return typeof toolbar === 'string' && (SCENARIO_NAMES as readonly string[]).includes(toolbar) ? (toolbar as ScenarioName) : storyDefault;
}

export function loadScenario(name: ScenarioName): Scenario {
  return buildScenario(name);
}

/** The MSW handlers for a scenario: the simulated platform speaking the wire contract. */
export function scenarioHandlers(scenario: Scenario): AnyHandler[] {
  return createHandlers(scenario.platform);
}

/** What the components see: the HTTP client against the (mocked) wire, as a host would set it up. */
export function scenarioApi(scenario: Scenario): GiftsApi {
  return createHttpGiftsClient({ baseURL: DEFAULT_BASE_URL, getToken: () => scenario.token, retry: { retries: 0 } });
}

export function scenarioSession(scenario: Scenario): GiftKitSession | null {
  return scenario.customerId === null ? null : { customerId: scenario.customerId };
}
