import checkoutStrings from '../../checkout/strings/en';
import deliveryFormStrings from '../../giftDeliveryForm/strings/en';
import couponStrings from '../../couponInput/strings/en';
import redeemStrings from '../../redeem/strings/en';
import myGiftsStrings from '../../myGifts/strings/en';
import giftManagerStrings from '../../giftManager/strings/en';

/**
 * The canonical English strings. Every other locale has exactly these keys (a test checks);
 * plural keys follow i18next's `_one`/`_other` (+ `_few`/`_many` where a language needs them).
 */
const en = {
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    close: 'Close',
    cancel: 'Cancel',
    save: 'Save',
    continue: 'Continue',
    back: 'Back',
    optional: 'optional',
    required: 'required',
    showMore: 'Show more',
  },
  field: {
    charactersLeft_one: '{{count}} character left',
    charactersLeft_other: '{{count}} characters left',
    charactersOver_one: '{{count}} character too many',
    charactersOver_other: '{{count}} characters too many',
    errorPrefix: 'Error:',
    choose: 'Choose…',
    issues: {
      REQUIRED: 'This field is required.',
      INVALID_EMAIL: 'Enter an email address like name@example.com.',
      EMAIL_MISMATCH: 'The two email addresses do not match.',
      TOO_LONG: 'This is too long.',
      INVALID_CHARACTERS: 'This contains characters that are not allowed.',
      INVALID_DATE: 'Choose a date that exists.',
      INVALID_HOUR: 'Choose an hour between 00:00 and 23:00.',
      INVALID_TIME_ZONE: 'Choose a time zone from the list.',
      IN_PAST: 'Choose a time that has not passed yet.',
      TOO_FAR_AHEAD: 'Choose a date at most 365 days from today.',
    },
  },
  date: {
    label: 'Date',
    hour: 'Hour',
    hourOption: '{{time}}',
  },
  timeZone: {
    label: 'Time zone',
    search: 'Search time zones',
    noMatch: 'No time zone matches “{{query}}”.',
    results_one: '{{count}} time zone',
    results_other: '{{count}} time zones',
    offset: 'UTC{{offset}}',
    moreResults_one: 'Showing {{shown}} of {{count}} time zone. Keep typing to narrow the list.',
    moreResults_other: 'Showing {{shown}} of {{count}} time zones. Keep typing to narrow the list.',
  },
  dialog: {
    close: 'Close dialog',
  },
  alert: { info: 'Information:', success: 'Success:', warning: 'Warning:', danger: 'Error:' },
  stepper: {
    label: 'Progress',
    step: 'Step {{current}} of {{total}}: {{name}}',
    completed: 'completed',
    current: 'current step',
  },
  errors: {
    UNAUTHORIZED: 'Your session has ended. Please sign in again.',
    FORBIDDEN: 'You do not have access to this.',
    NOT_FOUND: 'We could not find what you were looking for.',
    VALIDATION: 'Some details are not valid. Check the highlighted fields.',
    OFFER_NOT_GIFTABLE: 'This offer cannot be bought as a gift.',
    GIFT_NOT_EDITABLE: 'This gift can no longer be changed.',
    SUBSCRIPTION_SWITCH_BLOCKED: 'A subscription created or extended by a gift cannot be switched to another plan.',
    REFUND_NOT_ALLOWED: 'Gift purchases cannot be refunded.',
    ALREADY_HAS_ACCESS: 'You already have this subscription. You can still buy it as a gift.',
    COUPON_NOT_FOUND: 'This code does not exist. Check the spelling.',
    COUPON_INACTIVE: 'This code is no longer active.',
    COUPON_EXPIRED: 'This code has expired.',
    COUPON_LIMIT_REACHED: 'This code has been used the maximum number of times.',
    COUPON_CUSTOMER_MISMATCH: 'This code belongs to another account.',
    COUPON_FIRST_TIME_ONLY: 'This code is only for a first purchase.',
    COUPON_MINIMUM_NOT_MET: 'Your order does not reach this code’s minimum amount.',
    COUPON_NOT_APPLICABLE: 'This code does not apply to this offer.',
    COUPON_CURRENCY_MISMATCH: 'This code is for another currency.',
    PAYMENT_DECLINED: 'Your payment was declined. No money was taken. Try another card.',
    RATE_LIMITED: 'Too many attempts. Please wait a moment and try again.',
    CONFLICT: 'This changed in the meantime. Reload and try again.',
    NETWORK: 'We could not reach the service. Check your connection and try again.',
    TIMEOUT: 'The service took too long to answer. Please try again.',
    BAD_RESPONSE: 'The service sent an answer we did not understand. Please try again later.',
    UNKNOWN: 'Something went wrong. Please try again.',
  },
  checkout: checkoutStrings,
  deliveryForm: deliveryFormStrings,
  coupon: couponStrings,
  redeem: redeemStrings,
  myGifts: myGiftsStrings,
  giftManager: giftManagerStrings,
};

export default en;
