// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GIFTS_API_METHODS, GiftsApiError, type GiftsApi } from '@giftkit/core';

const offline = (): GiftsApi =>
  Object.fromEntries(GIFTS_API_METHODS.map((name) => [name, () => Promise.reject(new GiftsApiError({ code: 'NETWORK', message: 'offline' }))])) as unknown as GiftsApi;

describe('RedeemGift on a server', () => {
  it('renders without a window, the code from its prop, and sends nothing', async () => {
    expect(typeof globalThis.window).toBe('undefined');
    const { GiftKitProvider, RedeemGift } = await import('../index');
    const html = renderToString(
      <GiftKitProvider api={offline()} session={{ customerId: 'cus_bob' }}>
        <RedeemGift code="seed new2" />
      </GiftKitProvider>,
    );
    expect(html).toContain('gk-redeemGift');
    expect(html).toContain('value="SEED-NEW2"');
  });
});
