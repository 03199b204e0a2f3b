/** Element keys of this flow (`gk-<key>` classes, `appearance.elements.<key>`). */
export const MY_GIFTS_ELEMENT_KEYS = [
  'myGiftsTabs',
  'myGiftsTab',
  'myGiftsPanel',
  'myGiftsList',
  'myGiftsCard',
  'myGiftsTimeline',
  'myGiftsTimelineStep',
  'myGiftsLock',
  'myGiftsPagination',
  'myGiftsEmpty',
  'myGiftsNote',
] as const;
