/** Element keys of this flow (`gk-<key>` classes, `appearance.elements.<key>`). */
export const REDEEM_ELEMENT_KEYS = [
  'redeemCard',
  'redeemTitle',
  'redeemForm',
  'redeemPanel',
  'redeemPanelTitle',
  'redeemDates',
  'redeemCooldown',
  'redeemLink',
  'redeemThankYou',
] as const;
