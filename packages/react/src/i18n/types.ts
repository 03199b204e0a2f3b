import type en from './locales/en';

/** The shape of a full set of strings. */
export type GiftKitStrings = typeof en;

/** Plural forms English lacks but other languages need (Polish `_few`, `_many`, …). */
type PluralExtras = { [key: `${string}_${'zero' | 'two' | 'few' | 'many'}`]: string };
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> & PluralExtras };
/** A locale's strings: the same keys as English, any text. */
export type GiftKitLocaleStrings = Widen<GiftKitStrings>;

/** Overrides: any subset of the keys. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };
export type GiftKitLocalization = DeepPartial<GiftKitLocaleStrings>;

type PluralSuffix = '_one' | '_other' | '_few' | '_many' | '_two' | '_zero';
type StripPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** Every translation key as a dot path (`errors.NETWORK`); plural keys by their base. */
export type TranslationKey<T = GiftKitStrings, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${StripPlural<K>}` : TranslationKey<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A flow's strings in another language: the same keys as its English file. */
export type FlowStrings<T> = Widen<T>;
