import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GiftKitProvider, GiftKitRoot, SUPPORTED_LOCALES, createFormatters, englishStrings, localeDirection, useT, type TranslationKey } from '@giftkit/react';
import { createGiftKitI18n, forgetPreloadedLocales, loadLocale, preloadLocale } from '../src/i18n/createI18n';
import { LOCALE_LOADERS, baseLanguage } from '../src/i18n/locales';
import { fakeApi } from './offlineApi';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}
/** Plural keys count once, by their base: a language may need more or fewer forms. */
const bases = (tree: Tree) => new Set(keys(tree).map((k) => k.replace(PLURAL, '')));

describe('locales', () => {
  const english = bases(englishStrings);
  it.each(['fr', 'de', 'es', 'pl', 'ar'] as const)('%s has every key of English and no stray ones', async (locale) => {
    const { default: strings } = await LOCALE_LOADERS[locale]();
    const theirs = bases(strings as Tree);
    expect([...english].filter((k) => !theirs.has(k)), 'missing').toEqual([]);
    expect([...theirs].filter((k) => !english.has(k)), 'unknown').toEqual([]);
  });
  it('has every plural form each language needs', async () => {
    for (const locale of ['fr', 'de', 'es', 'pl', 'ar'] as const) {
      const { default: strings } = await LOCALE_LOADERS[locale]();
      const all = new Set(keys(strings as Tree));
      const pluralBases = new Set(keys(englishStrings as unknown as Tree).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      // The forms counts up to 10,000 need (French `many` only starts at a million).
      const rules = new Intl.PluralRules(locale);
      const forms = new Set(Array.from({ length: 10_001 }, (_, n) => rules.select(n)));
      for (const base of pluralBases) for (const form of forms) expect(all.has(`${base}_${form}`), `${locale} ${base}_${form}`).toBe(true);
    }
  });
  it('maps regional locales to their language and knows text direction', () => {
    expect(baseLanguage('fr-CA')).toBe('fr');
    expect(baseLanguage('pt-BR')).toBe('en');
    expect(localeDirection('ar')).toBe('rtl');
    expect(localeDirection('he-IL')).toBe('rtl');
    expect(localeDirection('pl')).toBe('ltr');
    expect(SUPPORTED_LOCALES).toContain('pl');
  });
});

describe('private i18next instance', () => {
  it('shows English at once, then the requested language once loaded', async () => {
    const i18n = createGiftKitI18n('de');
    expect(i18n.t('common.retry')).toBe('Try again');
    await loadLocale(i18n, 'de');
    expect(i18n.t('common.retry')).toBe('Erneut versuchen');
  });
  it('falls back to English key by key (a partial custom locale)', async () => {
    // A language GiftKit does not ship, translated by the host for only some keys.
    const portuguese = { common: { retry: 'Tentar novamente' } };
    const i18n = createGiftKitI18n('pt-BR', portuguese);
    await loadLocale(i18n, 'pt-BR', portuguese);
    expect(i18n.t('common.retry')).toBe('Tentar novamente');
    expect(i18n.t('errors.COUPON_EXPIRED')).toBe('This code has expired.');
  });
  it('lets the host override any key, over shipped strings, in the shown language', async () => {
    const i18n = createGiftKitI18n('fr', { errors: { NETWORK: 'Pas de réseau !' } });
    await loadLocale(i18n, 'fr', { errors: { NETWORK: 'Pas de réseau !' } });
    expect(i18n.t('errors.NETWORK')).toBe('Pas de réseau !');
    expect(i18n.t('errors.TIMEOUT')).toMatch(/trop de temps/);
  });
  it('uses Intl plural rules (Polish few/many)', async () => {
    const i18n = createGiftKitI18n('pl');
    await loadLocale(i18n, 'pl');
    expect(i18n.t('field.charactersLeft', { count: 1 })).toBe('Pozostał 1 znak');
    expect(i18n.t('field.charactersLeft', { count: 3 })).toBe('Pozostały 3 znaki');
    expect(i18n.t('field.charactersLeft', { count: 5 })).toBe('Pozostało 5 znaków');
  });
  it('uses Intl plural rules (Arabic zero/one/two/few/many/other)', async () => {
    const i18n = createGiftKitI18n('ar');
    await loadLocale(i18n, 'ar');
    expect(i18n.t('common.retry')).toBe('حاول مرة أخرى');
    expect(i18n.t('field.charactersLeft', { count: 0 })).toBe('لم يتبقَّ أي حرف');
    expect(i18n.t('field.charactersLeft', { count: 2 })).toBe('تبقّى حرفان');
    expect(i18n.t('field.charactersLeft', { count: 3 })).toBe('تبقّت 3 أحرف');
    expect(i18n.t('field.charactersLeft', { count: 11 })).toBe('تبقّى 11 حرفًا');
    expect(i18n.t('field.charactersLeft', { count: 100 })).toBe('تبقّى 100 حرف');
  });
  it('never touches another instance (two providers, two languages)', async () => {
    const a = createGiftKitI18n('fr');
    const b = createGiftKitI18n('es');
    await Promise.all([loadLocale(a, 'fr'), loadLocale(b, 'es')]);
    expect(a.t('common.back')).toBe('Retour');
    expect(b.t('common.back')).toBe('Atrás');
  });
  it("keeps one provider's overrides out of every other provider (shipped strings are never mutated)", async () => {
    // i18next deep-merges added bundles into the object it holds: handed the shared module
    // strings, one host's overrides would rewrite them for every provider after it.
    createGiftKitI18n('en', { common: { retry: 'Retry now' } });
    createGiftKitI18n('pt-BR', { common: { back: 'Voltar' } });
    const french = createGiftKitI18n('fr', { common: { retry: 'Encore !' } });
    await loadLocale(french, 'fr', { common: { retry: 'Encore !' } });
    await preloadLocale('de');
    createGiftKitI18n('de', { common: { retry: 'Nochmal!' } });
    const plain = createGiftKitI18n('en');
    expect(plain.t('common.retry')).toBe('Try again');
    expect(plain.t('common.back')).toBe('Back');
    expect(englishStrings.common.retry).toBe('Try again');
    const otherFrench = createGiftKitI18n('fr');
    await loadLocale(otherFrench, 'fr');
    expect(otherFrench.t('common.retry')).toBe('Réessayer');
    const otherGerman = createGiftKitI18n('de');
    expect(otherGerman.t('common.retry')).toBe('Erneut versuchen');
    forgetPreloadedLocales();
  });
});

function Label({ k }: { k: TranslationKey }) {
  const { t } = useT();
  return <p>{t(k)}</p>;
}

describe('useT in components', () => {
  it('re-renders when the lazy language arrives and follows locale changes', async () => {
    const { rerender } = render(
      <GiftKitProvider api={fakeApi()} locale="fr">
        <GiftKitRoot name="t">
          <Label k="common.retry" />
        </GiftKitRoot>
      </GiftKitProvider>,
    );
    expect(await screen.findByText('Réessayer')).toBeInTheDocument();
    rerender(
      <GiftKitProvider api={fakeApi()} locale="pl" localization={{ common: { retry: 'Jeszcze raz' } }}>
        <GiftKitRoot name="t">
          <Label k="common.retry" />
        </GiftKitRoot>
      </GiftKitProvider>,
    );
    await waitFor(() => expect(screen.getByText('Jeszcze raz')).toBeInTheDocument());
  });
});

describe('formatters', () => {
  it('format money, dates, hours and percentages through Intl in the locale', () => {
    const fr = createFormatters('fr');
    expect(fr.money(9.99, 'EUR')).toMatch(/9,99\s€/);
    expect(createFormatters('en').money(1200, 'JPY')).toBe('¥1,200');
    expect(createFormatters('de').hour(18)).toBe('18:00');
    expect(createFormatters('en-US').hour(18)).toBe('6:00 PM');
    expect(createFormatters('en').dateTime(1_798_123_456, { timeZone: 'Europe/Paris', withZone: true })).toMatch(/GMT\+1|CET/);
    expect(createFormatters('pl').date(1_798_123_456, { timeZone: 'UTC' })).toMatch(/2026/);
    expect(createFormatters('en').percent(0.125)).toBe('12.5%');
    expect(createFormatters('en').number(12345)).toBe('12,345');
  });
  it('formats a wall-clock date and hour (a DST gap has no instant) in the locale, never as YYYY-MM-DD', () => {
    expect(createFormatters('en').wallTime('2026-03-29', 2)).toMatch(/^March 29, 2026 at 2:00\sAM$/);
    expect(createFormatters('fr').wallTime('2026-03-29', 2)).toMatch(/^29 mars 2026 à 0?2:00$/);
    expect(createFormatters('de').wallTime('2026-10-25', 2)).toMatch(/^25\. Oktober 2026 um 0?2:00$/);
    expect(createFormatters('en').wallTime('not a day', 2)).toBe('not a day 2:00');
  });
  it('lets Intl place the sign of a negative amount (discounts)', () => {
    expect(createFormatters('en').money(-5, 'EUR')).toBe('-€5.00');
    expect(createFormatters('fr').money(-5, 'EUR')).toMatch(/^-5,00\s€$/);
  });
  it('never throws on a bad zone or currency', () => {
    const en = createFormatters('en');
    expect(en.money(5, 'NOT-A-CURRENCY')).toBe('5 NOT-A-CURRENCY');
    expect(en.dateTime(0, { timeZone: 'Nowhere/Else' })).toBe('1970-01-01T00:00:00.000Z');
    expect(en.date(0, { timeZone: 'Nowhere/Else' })).toBe('1970-01-01');
  });
});
