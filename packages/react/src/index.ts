/**
 * @giftkit/react: drop-in components for gift subscriptions. Import nothing from a file
 * path; everything public is here. Safe to import on a server: nothing touches `window`
 * until a component mounts.
 */
export { GiftKitProvider, type GiftKitProviderProps } from './provider/GiftKitProvider';
export { useGiftKit, type GiftKitSession, type GiftKitContextValue } from './provider/context';
export { GiftKitRoot, type GiftKitRootProps } from './provider/GiftKitRoot';
export { useEmit } from './provider/useEmit';
export { callbackName, domEventName, type GiftKitCallbacks, type GiftKitEventMap, type GiftKitEventName } from './provider/events';

export type { Appearance, AppearanceVariables, ResolvedAppearance, ThemeName } from './appearance/types';
export { ELEMENT_KEYS, elementClass, type ElementKey } from './appearance/elements';
export { THEMES } from './appearance/themes';
export { resolveAppearance, cssVariableName, cssVariables } from './appearance/resolve';
export { contrastRatio } from './appearance/contrast';

export { SUPPORTED_LOCALES, localeDirection, type SupportedLocale } from './i18n/locales';
export { preloadLocale } from './i18n/createI18n';
export { useT, type Translate } from './i18n/useT';
export { createFormatters, type Formatters } from './i18n/format';
export type { GiftKitStrings, GiftKitLocalization, GiftKitLocaleStrings, TranslationKey, DeepPartial } from './i18n/types';
export { default as englishStrings } from './i18n/locales/en';

export { giftKitApi, type StoredError } from './store/giftsApi';

// Accessible building blocks, for hosts composing their own screens around the flows.
export {
  Button, TextField, TextArea, Select, DateField, HourField, TimeZoneField, Checkbox, Toggle,
  Alert, Spinner, Skeleton, Dialog, Stepper, VisuallyHidden,
  useField, useCharacterCounter, useDialog, useTimeZoneCombobox,
  type ButtonProps, type ButtonVariant, type TextFieldProps, type TextAreaProps, type SelectProps, type SelectOption,
  type DateFieldProps, type HourFieldProps, type TimeZoneFieldProps, type CheckboxProps, type ToggleProps,
  type AlertProps, type AlertVariant, type SpinnerProps, type SkeletonProps, type DialogProps,
  type StepperProps, type StepperStep, type StepState, type FieldBaseProps, type FieldAria, type FieldStateAttributes,
  type UseFieldOptions, type CharacterCounter, type CharacterCounterOptions, type CounterState,
  type DialogAria, type UseDialogOptions, type TimeZoneComboboxOptions, type RenderedOption,
} from './primitives';

// The flows.
export * from './checkout';
export * from './giftDeliveryForm';
export * from './couponInput';
export * from './redeem';
export * from './myGifts';
export * from './giftManager';
