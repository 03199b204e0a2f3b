// Public exports of this flow; re-exported from the package entry.
export { RedeemGift, type RedeemGiftProps } from './RedeemGift';
export { useRedeemGift, type RedeemGiftState, type RedeemStatus, type RedeemFailure, type UseRedeemGiftOptions } from './useRedeemGift';
