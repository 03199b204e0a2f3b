import { useCallback } from 'react';
import { useGiftKit } from './context';
import { callbackName, domEventName, type GiftKitEventMap, type GiftKitEventName } from './events';
import { useRootElement } from './GiftKitRoot';

/** Fires a host callback and the matching `giftkit:<name>` DOM event on the component root. */
export function useEmit() {
  const { callbacks } = useGiftKit();
  const root = useRootElement();
  return useCallback(
    <K extends GiftKitEventName>(name: K, detail: GiftKitEventMap[K]) => {
      const callback = callbacks.current?.[callbackName(name)] as ((d: GiftKitEventMap[K]) => void) | undefined;
      try {
        callback?.(detail);
      } finally {
        root?.current?.dispatchEvent(new CustomEvent(domEventName(name), { detail, bubbles: true, composed: true }));
      }
    },
    [callbacks, root],
  );
}
