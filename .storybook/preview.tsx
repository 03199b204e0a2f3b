import type { Decorator, Preview } from '@storybook/react-vite';
import { GiftKitProvider, GiftKitRoot, type GiftKitProviderProps } from '@giftkit/react';
import { useMemo, type ReactNode } from 'react';
import { appearanceFor } from '../stories/support/appearances';
import { createOfflineApi } from '../stories/support/storyApi';

/** What a story may set in `parameters.giftkit`. */
export interface GiftKitStoryParameters {
  /** Render the story inside `GiftKitRoot` (primitives need one; flows render their own). @default true */
  root?: boolean;
  provider?: Partial<GiftKitProviderProps>;
}

function StoryFrame({ params, locale, theme, children }: { params: GiftKitStoryParameters; locale: string; theme: unknown; children: ReactNode }) {
  const api = useMemo(() => params.provider?.api ?? createOfflineApi(), [params.provider?.api]);
  return (
    <GiftKitProvider locale={locale} appearance={appearanceFor(theme)} {...params.provider} api={api}>
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

const withGiftKit: Decorator = (Story, context) => (
  <StoryFrame params={(context.parameters.giftkit ?? {}) as GiftKitStoryParameters} locale={String(context.globals.locale ?? 'en')} theme={context.globals.theme as unknown}>
    <Story />
  </StoryFrame>
);

const preview: Preview = {
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
          { value: 'ar', title: 'العربية (RTL, partial)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    // Every story must pass axe: a violation fails the story's test.
    a11y: { test: 'error' },
    layout: 'padded',
  },
};

export default preview;
