import { render, type RenderOptions, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { GIFTS_API_METHODS, GiftsApiError, type GiftsApi } from '@giftkit/core';
import type { Appearance } from '../appearance/types';
import { GiftKitProvider } from '../provider/GiftKitProvider';
import { GiftKitRoot } from '../provider/GiftKitRoot';

/**
 * A `GiftsApi` with no platform behind it: every method rejects with a `NETWORK` error, so
 * a primitive that starts calling the platform by accident fails loudly. Test-only.
 */
export function offlineGiftsApi(): GiftsApi {
  const fail = () => Promise.reject(new GiftsApiError({ code: 'NETWORK', message: 'Primitives never call the platform.' }));
  return Object.fromEntries(GIFTS_API_METHODS.map((name) => [name, fail])) as unknown as GiftsApi;
}

export interface GiftKitFrameOptions {
  /** @default 'en' */
  locale?: string;
  appearance?: Appearance;
}

/** Renders `ui` the way every primitive is used: inside a provider and a `GiftKitRoot`. */
export function renderInGiftKit(ui: ReactElement, { locale = 'en', appearance, ...options }: GiftKitFrameOptions & Omit<RenderOptions, 'wrapper'> = {}): RenderResult {
  const api = offlineGiftsApi();
  function Frame({ children }: { children: ReactNode }) {
    return (
      <GiftKitProvider api={api} locale={locale} appearance={appearance}>
        <GiftKitRoot name="test">{children}</GiftKitRoot>
      </GiftKitProvider>
    );
  }
  return render(ui, { ...options, wrapper: Frame });
}
