import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useGiftKit } from '../provider/context';
import { NAMESPACE } from './createI18n';
import { createFormatters, type Formatters } from './format';
import { localeDirection } from './locales';
import type { TranslationKey } from './types';

export type TranslateOptions = Record<string, string | number>;
export type Translate = (key: TranslationKey, options?: TranslateOptions) => string;

/**
 * Strings from the provider's private i18next instance, plus `Intl` formatters.
 * @param component How to name the caller if there is no provider (`'<Checkout>'`), so the
 *   error says which component to wrap. @default 'This GiftKit component'
 */
export function useT(component?: string): { t: Translate; format: Formatters; locale: string; dir: 'ltr' | 'rtl' } {
  const { i18n, locale } = useGiftKit(component);
  const { t } = useTranslation(NAMESPACE, { i18n });
  const format = useMemo(() => createFormatters(locale), [locale]);
  return {
    t: t,
    format,
    locale,
    dir: localeDirection(locale),
  };
}
