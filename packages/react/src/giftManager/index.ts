// Public exports of this flow; re-exported from the package entry.
export { GiftManager, type GiftManagerProps } from './GiftManager';
export { useGiftManager, type GiftManagerState, type GiftManagerStatus, type UseGiftManagerOptions } from './useGiftManager';
export type { GiftManagerFilters } from './query';
