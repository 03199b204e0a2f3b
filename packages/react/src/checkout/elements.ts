/** Element keys of this flow (`gk-<key>` classes, `appearance.elements.<key>`). */
export const CHECKOUT_ELEMENT_KEYS = [
  'checkout',
  'checkoutSection',
  'checkoutHeading',
  'offerSummary',
  'purchaseMode',
  'priceSummary',
  'legalCopy',
  'paymentStep',
  'attemptLocked',
  'challengeStep',
  'confirmation',
] as const;
