/** The redeem page's route: the platform's invitation emails link here with `?giftCode=`. */
export const REDEEM_PATH = '/subscribe/gift/activate';
