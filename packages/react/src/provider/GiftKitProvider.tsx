import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider as ReduxProvider } from 'react-redux';
import { missingGiftsApiMethods, type GiftsApi } from '@giftkit/core';
import type { Appearance } from '../appearance/types';
import { createGiftKitI18n, loadLocale } from '../i18n/createI18n';
import type { GiftKitLocalization } from '../i18n/types';
import { GiftKitReduxContext } from '../store/reduxContext';
import { useProviderStore } from '../store/useProviderStore';
import { GiftKitContext, type GiftKitContextValue, type GiftKitSession } from './context';
import type { GiftKitCallbacks } from './events';

export interface GiftKitProviderProps extends GiftKitCallbacks {
  /**
   * The platform client: `createHttpGiftsClient(…)` from `@giftkit/http`, the simulated
   * platform's in-memory client, or your own `GiftsApi`.
   */
  api: GiftsApi;
  /** The signed-in viewer, or `null`. Flows that need one call `onRequireAuth`. @default null */
  session?: GiftKitSession | null;
  /** Theme, variables and per-element styles for every component inside. */
  appearance?: Appearance;
  /** BCP 47 locale for text, dates and money. @default 'en' */
  locale?: string;
  /** Your wording for any string, by key (e.g. `{ errors: { NETWORK: '…' } }`). */
  localization?: GiftKitLocalization;
  /** The page where recipients redeem (`…/subscribe/gift/activate`). */
  redeemUrl?: string;
  children?: ReactNode;
}

/**
 * One per embed. Owns a private Redux store and i18next instance, so nothing leaks into the
 * host's: two providers on one page stay independent.
 * @example
 * <GiftKitProvider api={api} session={{ customerId: '42' }} locale="fr" onGiftPurchased={track}>
 *   <Checkout offerId="S123" />
 * </GiftKitProvider>
 */
export function GiftKitProvider(props: GiftKitProviderProps) {
  const { api, session = null, appearance, locale = 'en', localization, redeemUrl, children, ...callbacks } = props;
  const missing = missingGiftsApiMethods(api);
  if (missing.length > 0) {
    throw new TypeError(
      `GiftKitProvider: the "api" prop must implement GiftsApi (from @giftkit/core); missing: ${missing.join(', ')}. Pass createHttpGiftsClient({ baseURL, getToken }) or your own implementation.`,
    );
  }

  const { store, generation } = useProviderStore(api, session?.customerId ?? null);
  const [i18n] = useState(() => createGiftKitI18n(locale, localization));
  const localizationKey = JSON.stringify(localization ?? null);
  useEffect(() => {
    void loadLocale(i18n, locale, localization);
    // `localization` is compared by content: hosts often pass a new object each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [i18n, locale, localizationKey]);

  const callbackRef = useRef<GiftKitCallbacks>(callbacks);
  useEffect(() => {
    callbackRef.current = callbacks;
  });

  const value = useMemo<GiftKitContextValue>(
    () => ({ api, session, appearance, locale, i18n, redeemUrl, store, callbacks: callbackRef }),
    [api, session, appearance, locale, i18n, redeemUrl, store],
  );

  return (
    <GiftKitContext.Provider value={value}>
      <ReduxProvider key={generation} store={store} context={GiftKitReduxContext}>
        {children}
      </ReduxProvider>
    </GiftKitContext.Provider>
  );
}
