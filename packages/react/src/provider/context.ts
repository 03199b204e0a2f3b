import { createContext, useContext, type RefObject } from 'react';
import type { i18n as I18n } from 'i18next';
import type { GiftsApi } from '@giftkit/core';
import type { Appearance } from '../appearance/types';
import type { GiftKitStore } from '../store/createStore';
import type { GiftKitCallbacks } from './events';

/** Who is signed in on the host site, if anyone. */
export interface GiftKitSession {
  customerId: string;
  email?: string;
  /** Operators may use `GiftManager`. @default 'customer' */
  role?: 'customer' | 'operator';
}

export interface GiftKitContextValue {
  api: GiftsApi;
  session: GiftKitSession | null;
  appearance: Appearance | undefined;
  locale: string;
  i18n: I18n;
  redeemUrl: string | undefined;
  store: GiftKitStore;
  /** Always the latest callbacks, without re-rendering consumers when they change. */
  callbacks: RefObject<GiftKitCallbacks>;
}

export const GiftKitContext = createContext<GiftKitContextValue | null>(null);
GiftKitContext.displayName = 'GiftKitContext';

/** The provider's value; throws a message that says what to do when there is none. */
export function useGiftKit(component = 'This GiftKit component'): GiftKitContextValue {
  const value = useContext(GiftKitContext);
  if (!value) {
    throw new Error(
      `${component} must be rendered inside <GiftKitProvider>. Wrap it: <GiftKitProvider api={yourGiftsApi}>…</GiftKitProvider> (see docs/quick-start.md).`,
    );
  }
  return value;
}
