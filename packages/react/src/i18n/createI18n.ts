import { createInstance, type i18n as I18n } from 'i18next';
import en from './locales/en';
import { LOCALE_LOADERS, baseLanguage } from './locales';
import type { GiftKitLocalization } from './types';

export const NAMESPACE = 'giftkit';

/** Languages whose shipped strings were loaded, per instance (overrides alone do not count). */
const loaded = new WeakMap<I18n, Set<string>>();

/**
 * A private i18next instance per provider: the host's global i18next is never touched.
 * English is bundled and ready at once; other languages load on demand, and until they do
 * (or for a key they lack) English is shown.
 */
export function createGiftKitI18n(locale: string, localization?: GiftKitLocalization): I18n {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    resources: { en: { [NAMESPACE]: en } },
    interpolation: { escapeValue: false }, // React escapes; strings are never HTML
    returnNull: false,
    initAsync: false,
    // Re-render consumers when a lazily loaded bundle arrives, not only on language change.
    react: { useSuspense: false, bindI18n: 'languageChanged', bindI18nStore: 'added' },
  });
  loaded.set(instance, new Set(['en']));
  applyLocalization(instance, locale, localization);
  return instance;
}

/** Loads a language's strings if not there yet, then re-applies the host's overrides on top. */
export async function loadLocale(instance: I18n, locale: string, localization?: GiftKitLocalization): Promise<void> {
  const language = baseLanguage(locale);
  const done = loaded.get(instance) ?? new Set<string>();
  if (language !== 'en' && !done.has(language)) {
    try {
      const { default: strings } = await LOCALE_LOADERS[language]();
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
