import { createContext } from 'react';
import { createDispatchHook, createSelectorHook, createStoreHook, type ReactReduxContextValue } from 'react-redux';

/**
 * GiftKit's own react-redux context: our hooks read this one only, so a host's Redux store
 * (on the default context) is never read or written, and each provider stays private.
 */
export const GiftKitReduxContext = createContext<ReactReduxContextValue | null>(null);
GiftKitReduxContext.displayName = 'GiftKitReduxContext';

export const useGiftKitDispatch = createDispatchHook(GiftKitReduxContext);
export const useGiftKitSelector = createSelectorHook(GiftKitReduxContext);
export const useGiftKitStore = createStoreHook(GiftKitReduxContext);
