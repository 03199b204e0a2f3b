/** Redeem a gift: English strings, the canonical keys of `redeem.*`. */
const en = {
  title: 'Redeem a gift',
  intro: 'Enter the code from your gift email to see what it gives you.',
  codeLabel: 'Gift code',
  codeHint: '8 letters and digits, like {{example}}.',
  check: 'Check code',
  checking: 'Checking your code…',
  codeErrors: {
    EMPTY: 'Enter the gift code from your email, like {{example}}.',
    TOO_SHORT: 'This code is too short: gift codes have 8 characters, like {{example}}.',
    TOO_LONG: 'This code is too long: gift codes have 8 characters, like {{example}}.',
    INVALID_CHARACTERS: 'Gift codes use only letters and digits, without 0, 1, I, L, O or U, like {{example}}.',
  },
  signedOut: {
    title: 'Sign in to redeem your gift',
    withCode: 'Your gift {{code}} is waiting for you. Sign in or create an account and we will carry on right here, with your code kept.',
    withoutCode: 'Sign in or create an account to redeem your gift.',
    action: 'Sign in',
  },
  preview: {
    newTitle: 'Your gift: a new subscription',
    newBody: 'You will get {{offer}} from today until {{date}}.',
    extendTitle: 'Your gift extends your subscription',
    extendBody: 'This gift extends your {{offer}} subscription.',
    currentDate: 'Renewal date now',
    newDate: 'New renewal date',
    extendKeeps: 'Its own offer and billing stay the same: only the renewal date moves.',
    currentEnd: 'Current end of access',
    newEnd: 'New end of access',
    extendKeepsEnding: 'Its offer stays the same: only the date access ends moves.',
    details: 'Loading the gift details…',
    someSubscription: 'current',
    redeem: 'Redeem gift',
  },
  cooldown: {
    title: 'Too many attempts',
    body: 'To protect gift codes, please wait before checking another code.',
    timer_one: 'You can try again in {{count}} second.',
    timer_other: 'You can try again in {{count}} seconds.',
  },
  refusal: {
    title: 'This gift cannot be redeemed',
    REDEEMED: {
      message: 'This gift code has already been used.',
      next: 'Each code works once. If you redeemed it yourself, the subscription is already in your account; otherwise ask the person who gave it to you.',
    },
    EXPIRED: {
      message: 'This gift code has expired.',
      next: 'Gift codes must be redeemed within a year of arriving. Ask the person who gave it to you to contact support.',
    },
    NOT_FOUND: {
      message: 'We could not find a gift with this code.',
      next: 'Check the code in your email character by character, then try again.',
    },
    NOT_YET_DELIVERED: {
      message: 'This gift has not been delivered yet.',
      next: 'It will arrive by email at the time the gifter chose. Use the code from that email then.',
    },
    INACTIVE_OFFER: {
      message: 'The gifted subscription is no longer offered.',
      next: 'Please contact support, or the person who gave it to you.',
    },
    OFFER_GEO_RESTRICTED: {
      message: 'The gifted subscription is not available in your country.',
      next: 'It can only be redeemed where the offer is available. Contact support if you think this is wrong.',
    },
    PUBLISHER_GEO_RESTRICTED: {
      message: 'Our service is not available in your country.',
      next: 'Gifts can only be redeemed where the service operates.',
    },
    EXTERNALLY_MANAGED_SUBSCRIPTION: {
      message: 'Your matching subscription is billed by an app store or a partner, so we cannot extend it here.',
      next: 'Manage that subscription where you bought it, or contact support.',
    },
    RECURRING_PROCESS_ALREADY_STARTED: {
      message: 'A renewal payment for your subscription is being processed right now.',
      next: 'Try again in a few minutes, once the payment has completed.',
    },
    MORE_THAN_ONE_MATCHING_SUBSCRIPTION: {
      message: 'More than one of your subscriptions matches this gift, so we cannot tell which one to extend.',
      next: 'Contact support and they will apply it to the right one.',
    },
    manage: 'Manage that subscription',
    support: 'Contact support',
    retry: 'Check again',
  },
  failed: {
    verify: 'We could not check your code',
    redeem: 'We could not redeem your gift',
    redeemSafe: 'Trying again is safe: your gift will only be used once.',
  },
  done: {
    title: 'Thank you! Your gift is active',
    newBody: 'You now have {{offer}} until {{date}}.',
    extendBody: 'Your {{offer}} subscription now runs until {{date}}.',
    renews: 'After that, it renews at the normal price with the payment method on file.',
    lapses: 'After that, access ends, because no payment method is on file. Add one to keep watching without a break.',
    addPaymentMethod: 'Add a payment method',
    managePaymentMethod: 'Manage payment methods',
    another: 'Redeem another gift',
  },
};

export default en;
