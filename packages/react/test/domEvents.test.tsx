import { waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GiftManager, MyGifts, RedeemGift, type GiftKitEventMap } from '@giftkit/react';
import { renderWithScenario } from './renderWithScenario';

/**
 * Every flow's events reach a page that is not React: as bubbling `giftkit:*` DOM events from
 * the component, as well as the provider's callbacks. A flow whose hook ran outside its own
 * root would call the callback and dispatch nothing.
 */
const flows: [string, ReactElement, GiftKitEventMap['requireAuth']['flow']][] = [
  ['RedeemGift', <RedeemGift key="r" code="SEED-NEW2" />, 'redeem'],
  ['MyGifts', <MyGifts key="m" />, 'myGifts'],
  ['GiftManager', <GiftManager key="g" />, 'giftManager'],
];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('DOM events', () => {
  it.each(flows)('%s, signed out, dispatches giftkit:requireAuth that bubbles to the page', async (_name, ui, flow) => {
    const onRequireAuth = vi.fn();
    const heard = vi.fn();
    const listener = (event: Event) => {
      heard((event as CustomEvent<GiftKitEventMap['requireAuth']>).detail);
    };
    document.addEventListener('giftkit:requireAuth', listener);
    try {
      renderWithScenario(ui, 'signedOut', { session: null, onRequireAuth });
      await waitFor(() => expect(heard).toHaveBeenCalled());
      expect(heard).toHaveBeenCalledWith(expect.objectContaining({ flow }));
      expect(onRequireAuth).toHaveBeenCalledWith(expect.objectContaining({ flow }));
    } finally {
      document.removeEventListener('giftkit:requireAuth', listener);
    }
  });
});
