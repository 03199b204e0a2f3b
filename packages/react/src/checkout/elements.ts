/** Element keys of this flow (`gk-<key>` classes, `appearance.elements.<key>`). */
export const CHECKOUT_ELEMENT_KEYS = [] as const;
