// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { GiftKitProvider, MyGifts, preloadLocale } from '@giftkit/react';
import { forgetPreloadedLocales } from '../src/i18n/createI18n';
import { fakeApi } from './offlineApi';

const NOW = 1_767_225_600;
// The cache is the page's (or the server's): other files in this worker must not inherit it.
afterEach(forgetPreloadedLocales);

const html = (locale: string) =>
  renderToString(
    <GiftKitProvider api={fakeApi()} locale={locale} session={{ customerId: 'cus_ssr', role: 'customer' }}>
      <MyGifts now={NOW} />
    </GiftKitProvider>,
  );

describe('preloadLocale (server rendering in the viewer’s language)', () => {
  it('renders English until the language is preloaded, then the language from the first render', async () => {
    expect(html('fr')).toContain('Gifts I gave');
    await preloadLocale('fr-CA');
    const french = html('fr-CA');
    expect(french).toContain('Cadeaux offerts');
    expect(french).not.toContain('Gifts I gave');
    expect(french).toContain('lang="fr-CA"');
  });

  it('resolves at once for English and for a language it does not ship (English shows)', async () => {
    await expect(preloadLocale('en-GB')).resolves.toBeUndefined();
    await expect(preloadLocale('xx')).resolves.toBeUndefined();
    expect(html('xx')).toContain('Gifts I gave');
  });

  it('lets the host’s own strings win over preloaded ones', async () => {
    await preloadLocale('de');
    const out = renderToString(
      <GiftKitProvider api={fakeApi()} locale="de" localization={{ myGifts: { tabs: { sent: 'Meine Geschenke' } } }} session={{ customerId: 'cus_ssr', role: 'customer' }}>
        <MyGifts now={NOW} />
      </GiftKitProvider>,
    );
    expect(out).toContain('Meine Geschenke');
    expect(out).toContain('Verschenkte Geschenke');
  });
});
