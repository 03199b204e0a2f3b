/** Element keys of this flow (`gk-<key>` classes, `appearance.elements.<key>`). */
export const GIFT_MANAGER_ELEMENT_KEYS = [
  'giftManagerToolbar',
  'giftManagerFilters',
  'giftManagerTable',
  'giftManagerSortButton',
  'giftManagerStatusBadge',
  'giftManagerCode',
  'giftManagerCopyButton',
  'giftManagerPagination',
  'giftManagerTimeline',
  'giftManagerReport',
  'giftManagerAnalytics',
  'giftManagerChart',
] as const;
