import { CHECKOUT_ELEMENT_KEYS } from '../checkout/elements';
import { DELIVERY_FORM_ELEMENT_KEYS } from '../giftDeliveryForm/elements';
import { COUPON_INPUT_ELEMENT_KEYS } from '../couponInput/elements';
import { REDEEM_ELEMENT_KEYS } from '../redeem/elements';
import { MY_GIFTS_ELEMENT_KEYS } from '../myGifts/elements';
import { GIFT_MANAGER_ELEMENT_KEYS } from '../giftManager/elements';

/** Keys of the shared building blocks (primitives), used by every flow. */
export const COMMON_ELEMENT_KEYS = [
  'root',
  'heading',
  'button',
  'buttonPrimary',
  'buttonSecondary',
  'buttonDanger',
  'field',
  'label',
  'input',
  'textarea',
  'select',
  'fieldHint',
  'fieldError',
  'counter',
  'checkbox',
  'toggle',
  'combobox',
  'listbox',
  'option',
  'alert',
  'spinner',
  'skeleton',
  'dialogOverlay',
  'dialog',
  'dialogTitle',
  'stepper',
  'step',
  'buttonLink',
  'requiredMarker',
  'optionDetail',
  'comboboxStatus',
  'toggleTrack',
  'alertTitle',
  'alertAction',
  'dialogBody',
  'dialogActions',
  'dialogClose',
  'stepMarker',
] as const;

/**
 * Every element key, grouped by where it appears: the shared building blocks, then each
 * flow's own (listed in its folder). `docs/theming.md` is generated from this map.
 */
export const ELEMENT_KEY_GROUPS = {
  common: COMMON_ELEMENT_KEYS,
  checkout: CHECKOUT_ELEMENT_KEYS,
  deliveryForm: DELIVERY_FORM_ELEMENT_KEYS,
  coupon: COUPON_INPUT_ELEMENT_KEYS,
  redeem: REDEEM_ELEMENT_KEYS,
  myGifts: MY_GIFTS_ELEMENT_KEYS,
  giftManager: GIFT_MANAGER_ELEMENT_KEYS,
} as const;

/**
 * Every customisable node, by key. Each renders with the class `gk-<key>` and can be
 * restyled through `appearance.elements[key]`. Each flow lists its own keys in its folder.
 */
export const ELEMENT_KEYS = [
  ...COMMON_ELEMENT_KEYS,
  ...CHECKOUT_ELEMENT_KEYS,
  ...DELIVERY_FORM_ELEMENT_KEYS,
  ...COUPON_INPUT_ELEMENT_KEYS,
  ...REDEEM_ELEMENT_KEYS,
  ...MY_GIFTS_ELEMENT_KEYS,
  ...GIFT_MANAGER_ELEMENT_KEYS,
] as const;

export type ElementKey = (typeof ELEMENT_KEYS)[number];

/** The stable class name of an element: `gk-buttonPrimary`, `gk-fieldError`, … */
export function elementClass(key: ElementKey): string {
  return `gk-${key}`;
}
