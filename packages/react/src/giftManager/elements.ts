/** Element keys of this flow (`gk-<key>` classes, `appearance.elements.<key>`). */
export const GIFT_MANAGER_ELEMENT_KEYS = [] as const;
