// Public exports of this flow; re-exported from the package entry.
export { MyGifts, type MyGiftsProps, type MyGiftsTab } from './MyGifts';
export { useSentGifts, type SentGiftsState, type SentGiftsStatus } from './useSentGifts';
export { useEditGift, type EditGiftState, type EditGiftStatus } from './useEditGift';
export type { SentGiftRow, SentGiftsPage } from './api';
