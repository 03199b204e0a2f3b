/** Promotion code: English strings, the canonical keys of `coupon.*`. */
const en = {
  title: 'Promotion code',
  label: 'Promotion code',
  apply: 'Apply',
  remove: 'Remove code',
  applied: 'Code {{code}} applied.',
  removed: 'The code was removed.',
  badFormat: 'A code has only letters, digits and dashes.',
  empty: 'Enter a promotion code first.',
  tooLong: 'A code has at most {{max}} characters.',
  oneCode: 'One code per order: remove this one to use another.',
  unapplied: 'Apply this code or clear the field before paying.',
  hints: {
    COUPON_NOT_FOUND: 'Codes are letters, digits and dashes; check it against your email.',
    COUPON_INACTIVE: 'Ask the sender for a current code.',
    COUPON_EXPIRED: 'Look for a newer offer, or buy at the normal price.',
    COUPON_LIMIT_REACHED: 'Everyone who could use it already has.',
    COUPON_CUSTOMER_MISMATCH: 'Sign in with the account the code was sent to.',
    COUPON_FIRST_TIME_ONLY: 'It works for customers who have never bought before.',
    COUPON_MINIMUM_NOT_MET: 'Choose a longer plan to reach the minimum.',
    COUPON_NOT_APPLICABLE: 'It works on other offers only.',
    COUPON_CURRENCY_MISMATCH: 'It is for prices in another currency.',
  },
};

export default en;
