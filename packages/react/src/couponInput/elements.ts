/** Element keys of this flow (`gk-<key>` classes, `appearance.elements.<key>`). */
export const COUPON_INPUT_ELEMENT_KEYS = ['couponInput', 'couponApplied'] as const;
