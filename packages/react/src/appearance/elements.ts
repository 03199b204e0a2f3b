import { CHECKOUT_ELEMENT_KEYS } from '../checkout/elements';
import { DELIVERY_FORM_ELEMENT_KEYS } from '../giftDeliveryForm/elements';
import { COUPON_INPUT_ELEMENT_KEYS } from '../couponInput/elements';
import { REDEEM_ELEMENT_KEYS } from '../redeem/elements';
import { MY_GIFTS_ELEMENT_KEYS } from '../myGifts/elements';
import { GIFT_MANAGER_ELEMENT_KEYS } from '../giftManager/elements';

/**
 * Every customisable node, by key. Each renders with the class `gk-<key>` and can be
 * restyled through `appearance.elements[key]`. Each flow lists its own keys in its folder.
 */
export const ELEMENT_KEYS = [
  'root',
  'card',
  'heading',
  'text',
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
  // primitives
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
  // flows: each lists its own keys beside it
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
