/**
 * "The floor": what `@giftkit/react` becomes in `vite build --mode floor`. Same names, empty
 * placeholders, so the floor build is Streamly without GiftKit and the difference between
 * the two builds is what GiftKit costs each page (scripts/measure-floor.mjs).
 */
import type { ReactNode } from 'react';

const placeholder = (name: string) =>
  function Placeholder() {
    return <p>{name} would render here.</p>;
  };

export function GiftKitProvider({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}
export const Checkout = placeholder('Checkout');
export const RedeemGift = placeholder('RedeemGift');
export const MyGifts = placeholder('MyGifts');
export const GiftManager = placeholder('GiftManager');
