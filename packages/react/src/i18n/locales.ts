import type { GiftKitLocalization } from './types';

/** Locales shipped with complete strings; any other language shows English (plus the host's overrides). */
export const SUPPORTED_LOCALES = ['en', 'fr', 'de', 'es', 'pl', 'ar'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Non-English strings load on demand, so a page only downloads the language it shows. */
export const LOCALE_LOADERS: Record<Exclude<SupportedLocale, 'en'>, () => Promise<{ default: GiftKitLocalization }>> = {
  fr: () => import('./locales/fr'),
  de: () => import('./locales/de'),
  es: () => import('./locales/es'),
  pl: () => import('./locales/pl'),
  ar: () => import('./locales/ar'),
};

/** `fr-CA` → `fr`; unknown languages → `en`. */
export function baseLanguage(locale: string): SupportedLocale {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as SupportedLocale) : 'en';
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Text direction of a locale, from `Intl.Locale` where the runtime knows it. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // an invalid tag: fall through to the list
  }
  return RTL_LANGUAGES.has(locale.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}
