import { render } from '@testing-library/react';
import { StrictMode, type ReactElement } from 'react';
import { vi } from 'vitest';
import { buildScenario, createInMemoryGiftsApi, type ScenarioName } from '@giftkit/mocks';
import type { CallOptions, GiftsApi, IdempotentCallOptions } from '@giftkit/core';
import { GiftKitProvider, type GiftKitEventMap, type GiftKitProviderProps, type GiftKitSession } from '../../index';

/** Test-only: a scenario's in-memory API wrapped in spies, inside a StrictMode provider. */
export function renderRedeem(ui: ReactElement, name: ScenarioName, props: Partial<Omit<GiftKitProviderProps, 'api' | 'children'>> = {}) {
  const scenario = buildScenario(name);
  let customerId = scenario.customerId;
  const inner = createInMemoryGiftsApi(scenario.platform, { customerId: () => customerId });
  const verifyGift = vi.fn((code: string, options?: CallOptions) => inner.verifyGift(code, options));
  const redeemGift = vi.fn((code: string, options: IdempotentCallOptions) => inner.redeemGift(code, options));
  const api: GiftsApi = { ...inner, verifyGift, redeemGift };
  const onRequireAuth = vi.fn<(detail: GiftKitEventMap['requireAuth']) => void>();
  const onGiftRedeemed = vi.fn<(detail: GiftKitEventMap['giftRedeemed']) => void>();
  const onError = vi.fn();
  const tree = (session: GiftKitSession | null) => (
    <StrictMode>
      <GiftKitProvider api={api} session={session} onRequireAuth={onRequireAuth} onGiftRedeemed={onGiftRedeemed} onError={onError} {...props}>
        {ui}
      </GiftKitProvider>
    </StrictMode>
  );
  const result = render(tree(customerId === null ? null : { customerId }));
  return {
    ...result,
    scenario,
    api,
    verifyGift,
    redeemGift,
    onRequireAuth,
    onGiftRedeemed,
    onError,
    signIn(id: string) {
      customerId = id;
      result.rerender(tree({ customerId: id }));
    },
  };
}
