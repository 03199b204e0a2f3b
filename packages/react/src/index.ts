/**
 * @giftkit/react: the components. The provider and flows land with their own issues.
 */
export type { GiftsApi } from '@giftkit/core';
export const GIFTKIT_CLASS_PREFIX = 'gk-';
