/** Element keys of this flow (`gk-<key>` classes, `appearance.elements.<key>`). */
export const MY_GIFTS_ELEMENT_KEYS = [] as const;
