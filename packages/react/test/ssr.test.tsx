// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fakeApi } from './offlineApi';

describe('server rendering', () => {
  it('imports without a window and renders every exported component to a string', async () => {
    expect(typeof globalThis.window).toBe('undefined');
    const react = await import('@giftkit/react');
    const html = renderToString(
      <react.GiftKitProvider api={fakeApi()} locale="fr">
        <react.GiftKitRoot name="checkout">ready</react.GiftKitRoot>
      </react.GiftKitProvider>,
    );
    expect(html).toContain('gk-root gk-checkout');
    expect(html).toContain('lang="fr"');
  });
});
