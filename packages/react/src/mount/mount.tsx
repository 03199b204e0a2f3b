import { lazy, StrictMode, Suspense, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { missingGiftsApiMethods } from '@giftkit/core';
import type { CheckoutProps } from '../checkout/Checkout';
import type { GiftManagerProps } from '../giftManager/GiftManager';
import type { MyGiftsProps } from '../myGifts/MyGifts';
import { GiftKitProvider, type GiftKitProviderProps } from '../provider/GiftKitProvider';
import type { RedeemGiftProps } from '../redeem/RedeemGift';

/** The flows a page without React can mount, with their props. */
export interface MountableComponents {
  Checkout: CheckoutProps;
  RedeemGift: RedeemGiftProps;
  MyGifts: MyGiftsProps;
  GiftManager: GiftManagerProps;
}
export type MountableComponentName = keyof MountableComponents;

/**
 * Everything `GiftKitProvider` takes (api, session, locale, appearance, callbacks…) plus the
 * component's own `props` (required when the component has required props, e.g. Checkout's
 * `offerId`).
 */
export type MountOptions<C extends MountableComponentName> = Omit<GiftKitProviderProps, 'children'> &
  (object extends MountableComponents[C] ? { props?: MountableComponents[C] } : { props: MountableComponents[C] });

/** What `mount` returns: change any option later (e.g. `session` after sign-in), or remove it. */
export interface MountedComponent<C extends MountableComponentName> {
  /** Merges into the current options and re-renders: `update({ session: { customerId } })`. */
  update(changes: Partial<MountOptions<C>>): void;
  /** Unmounts and empties the element. */
  unmount(): void;
}

// Each flow loads when first mounted, so a page with only the redeem form downloads only it.
const COMPONENTS: { [C in MountableComponentName]: ComponentType<MountableComponents[C]> } = {
  Checkout: lazy(() => import('../checkout/Checkout').then((module) => ({ default: module.Checkout }))),
  RedeemGift: lazy(() => import('../redeem/RedeemGift').then((module) => ({ default: module.RedeemGift }))),
  MyGifts: lazy(() => import('../myGifts/MyGifts').then((module) => ({ default: module.MyGifts }))),
  GiftManager: lazy(() => import('../giftManager/GiftManager').then((module) => ({ default: module.GiftManager }))),
};

/**
 * Renders a GiftKit flow into an element of any page, with no React code on the host's side.
 * Events reach the page as bubbling DOM events (`giftkit:giftRedeemed`, `giftkit:requireAuth`…)
 * as well as through the callbacks in `options`.
 *
 * @example
 * const redeem = mount(document.querySelector('#redeem'), 'RedeemGift', { api, session: null, locale: 'fr' });
 * document.addEventListener('giftkit:requireAuth', async () => redeem.update({ session: await signIn() }));
 */
export function mount<C extends MountableComponentName>(element: Element, component: C, options: MountOptions<C>): MountedComponent<C> {
  if (!(COMPONENTS as Record<string, unknown>)[component]) {
    throw new TypeError(`mount(): unknown component "${String(component)}"; use one of ${Object.keys(COMPONENTS).join(', ')}.`);
  }
  // Said here, synchronously, rather than as a render error a page without React never sees.
  const missing = options?.api ? missingGiftsApiMethods(options.api) : ['api'];
  if (missing.length > 0) throw new TypeError(`mount(): options.api must implement GiftsApi (from @giftkit/core); missing: ${missing.join(', ')}.`);
  const Component: ComponentType<MountableComponents[C]> = COMPONENTS[component];
  const root = createRoot(element);
  let current = options;
  const render = () => {
    const { props, ...provider } = current as MountOptions<C> & { props?: MountableComponents[C] };
    root.render(
      <StrictMode>
        <GiftKitProvider {...provider}>
          <Suspense fallback={null}>
            <Component {...(props ?? ({} as MountableComponents[C]))} />
          </Suspense>
        </GiftKitProvider>
      </StrictMode>,
    );
  };
  render();
  return {
    update(changes) {
      current = { ...current, ...changes };
      render();
    },
    unmount() {
      root.unmount();
    },
  };
}
