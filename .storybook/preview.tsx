import type { Decorator, Preview } from '@storybook/react-vite';
import type { AnyHandler } from 'msw';
import { mswLoader } from 'msw-storybook-addon/csf3';
import type { SetupWorker } from 'msw/browser';
import { configure } from 'storybook/test';
import { useMemo, type ReactNode } from 'react';
import type { Scenario, ScenarioName } from '@giftkit/mocks';
import { GiftKitProvider, GiftKitRoot, type GiftKitProviderProps } from '@giftkit/react';
import { appearanceFor } from '../stories/support/appearances';
import { SCENARIO_TOOLBAR_ITEMS, loadScenario, pickScenario, scenarioApi, scenarioHandlers, scenarioSession } from '../stories/support/scenario';
import { createOfflineApi } from '../stories/support/storyApi';
import { GiftKitDocsPage } from './GiftKitDocsPage';

/** What a story may set in `parameters.giftkit`. */
export interface GiftKitStoryParameters {
  /** Render the story inside `GiftKitRoot` (primitives need one; flows render their own). @default true */
  root?: boolean;
  /** Render the story with no `GiftKitProvider` around it (the provider's own error states). @default false */
  noProvider?: boolean;
  /** The simulated platform's state for this story; the Scenario toolbar can switch it. */
  scenario?: ScenarioName;
  provider?: Partial<GiftKitProviderProps>;
}

// Testing Library waits 1 s by default for findBy*/waitFor; on a loaded two-core CI machine the
// first render of a flow (lazy locale, platform answer) can take longer. Only failures wait this long.
configure({ asyncUtilTimeout: 10_000 });

const paramsOf = (parameters: Record<string, unknown>) => (parameters.giftkit ?? {}) as GiftKitStoryParameters;

function StoryFrame({ params, scenario, locale, theme, children }: { params: GiftKitStoryParameters; scenario: Scenario | undefined; locale: string; theme: unknown; children: ReactNode }) {
  const api = useMemo(() => params.provider?.api ?? (scenario ? scenarioApi(scenario) : createOfflineApi()), [params.provider?.api, scenario]);
  const session = scenario ? scenarioSession(scenario) : null;
  return (
    <GiftKitProvider locale={locale} appearance={appearanceFor(theme)} session={session} {...params.provider} api={api}>
      {params.root === false ? (
        children
      ) : (
        <GiftKitRoot name="story">
          <div style={{ padding: 16 }}>{children}</div>
        </GiftKitRoot>
      )}
    </GiftKitProvider>
  );
}

const withGiftKit: Decorator = (Story, context) => {
  const params = paramsOf(context.parameters);
  if (params.noProvider) return <Story />;
  return (
    <StoryFrame
      params={params}
      scenario={(context.loaded as { scenario?: Scenario }).scenario}
      locale={String(context.globals.locale ?? 'en')}
      theme={context.globals.theme as unknown}
    >
      <Story />
    </StoryFrame>
  );
};

const preview: Preview = {
  // A docs page for every component, from its JSDoc and props (MDX pages are unaffected).
  tags: ['autodocs'],
  // A fresh platform per story render: stories never see each other's purchases.
  loaders: [
    mswLoader(),
    (context) => {
      const name = pickScenario(context.globals.scenario, paramsOf(context.parameters).scenario);
      return { scenario: name ? loadScenario(name) : undefined };
    },
  ],
  // After the loaders: the scenario's handlers, with the story's own (faults…) taking precedence.
  beforeEach: (context) => {
    const scenario = (context.loaded as { scenario?: Scenario }).scenario;
    const worker = (context as unknown as { msw?: SetupWorker }).msw;
    if (!scenario || !worker) return;
    const own = context.parameters.msw as AnyHandler[] | { handlers?: AnyHandler[] } | undefined;
    const storyHandlers = Array.isArray(own) ? own : (own?.handlers ?? []);
    worker.resetHandlers();
    worker.use(...storyHandlers, ...scenarioHandlers(scenario));
  },
  decorators: [withGiftKit],
  globalTypes: {
    theme: {
      description: 'GiftKit appearance',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['light', 'dark', 'custom'], dynamicTitle: true },
    },
    locale: {
      description: 'GiftKit locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
          { value: 'es', title: 'Español' },
          { value: 'pl', title: 'Polski' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
    scenario: {
      description: 'Simulated platform state',
      toolbar: { title: 'Scenario', icon: 'database', items: SCENARIO_TOOLBAR_ITEMS, dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', scenario: '' },
  parameters: {
    // Every story must pass axe: a violation fails the story's test.
    a11y: { test: 'error' },
    layout: 'padded',
    docs: { page: GiftKitDocsPage },
  },
};

export default preview;
