import { createInstance, type i18n as I18n } from 'i18next';
import en from './locales/en';
import { LOCALE_LOADERS, baseLanguage, type SupportedLocale } from './locales';
import type { GiftKitLocalization } from './types';

export const NAMESPACE = 'giftkit';

/** Languages whose shipped strings were loaded, per instance (overrides alone do not count). */
const loaded = new WeakMap<I18n, Set<string>>();

/** Strings fetched by `preloadLocale`: providers created afterwards start with them. */
const preloaded = new Map<SupportedLocale, GiftKitLocalization>();

/**
 * Downloads a language's shipped strings ahead of time, so every `GiftKitProvider` created
 * afterwards renders in it from its first render. Server rendering needs it: without it
 * the server's HTML is English until the strings arrive in the browser. Call it on the
 * server before rendering and in the browser before hydrating, so both render the same.
 * English is built in (resolves at once); an unknown language resolves and English shows.
 * Rejects when the strings cannot be loaded.
 * @example await preloadLocale('fr'); hydrateRoot(container, <App />);
 */
export async function preloadLocale(locale: string): Promise<void> {
  const language = baseLanguage(locale);
  if (language === 'en' || preloaded.has(language)) return;
  const { default: strings } = await LOCALE_LOADERS[language]();
  preloaded.set(language, strings);
}

/** Tests only: forget what `preloadLocale` fetched. */
export function forgetPreloadedLocales(): void {
  preloaded.clear();
}

/**
 * A private i18next instance per provider: the host's global i18next is never touched.
 * English is bundled and ready at once; other languages load on demand, and until they do
 * (or for a key they lack) English is shown.
 */
export function createGiftKitI18n(locale: string, localization?: GiftKitLocalization): I18n {
  const instance = createInstance();
  const language = baseLanguage(locale);
  const ready = language === 'en' ? undefined : preloaded.get(language);
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    // Copies: i18next merges later bundles (a host's overrides) into the objects it holds, and
    // the shipped strings are shared by every provider on the page.
    resources: { en: { [NAMESPACE]: structuredClone(en) }, ...(ready ? { [language]: { [NAMESPACE]: structuredClone(ready) } } : {}) },
    interpolation: { escapeValue: false }, // React escapes; strings are never HTML
    returnNull: false,
    initAsync: false,
    // Re-render consumers when a lazily loaded bundle arrives, not only on language change.
    react: { useSuspense: false, bindI18n: 'languageChanged', bindI18nStore: 'added' },
  });
  loaded.set(instance, new Set(ready ? ['en', language] : ['en']));
  applyLocalization(instance, locale, localization);
  return instance;
}

/** Loads a language's strings if not there yet, then re-applies the host's overrides on top. */
export async function loadLocale(instance: I18n, locale: string, localization?: GiftKitLocalization): Promise<void> {
  const language = baseLanguage(locale);
  const done = loaded.get(instance) ?? new Set<string>();
  if (language !== 'en' && !done.has(language)) {
    try {
      const strings = preloaded.get(language) ?? (await LOCALE_LOADERS[language]()).default;
      // Shipped strings go under any overrides already there (overwrite = false).
      instance.addResourceBundle(language, NAMESPACE, strings, true, false);
      done.add(language);
    } catch {
      // A chunk that fails to load leaves English showing rather than a broken screen.
    }
  }
  applyLocalization(instance, locale, localization);
  if (instance.language !== locale) await instance.changeLanguage(locale);
}

/** The host's overrides win over shipped strings, for the locale shown. */
export function applyLocalization(instance: I18n, locale: string, localization?: GiftKitLocalization): void {
  if (!localization) return;
  for (const lng of new Set([locale, baseLanguage(locale)])) instance.addResourceBundle(lng, NAMESPACE, localization, true, true);
}
