/**
 * The accessible building blocks every GiftKit flow is made of. Each renders inside a
 * `GiftKitRoot`, carries a stable `gk-<element>` class and its state as `data-*`, and takes
 * its text from the provider's strings.
 */
export { Button, type ButtonProps, type ButtonVariant } from './Button/Button';
export { TextField, type TextFieldProps } from './TextField/TextField';
export { TextArea, type TextAreaProps } from './TextArea/TextArea';
export { useCharacterCounter, type CharacterCounter, type CharacterCounterOptions, type CounterState } from './TextArea/useCharacterCounter';
export { Select, type SelectProps, type SelectOption } from './Select/Select';
export { DateField, type DateFieldProps } from './DateField/DateField';
export { HourField, type HourFieldProps } from './HourField/HourField';
export { TimeZoneField, type TimeZoneFieldProps } from './TimeZoneField/TimeZoneField';
export { useTimeZoneCombobox, type TimeZoneComboboxOptions, type RenderedOption } from './TimeZoneField/useTimeZoneCombobox';
export { availableTimeZones, currentZoneName, filterTimeZones, formatOffset, searchKey, toEntry, utcOffsetMinutes, FALLBACK_TIME_ZONES, type TimeZoneEntry } from './TimeZoneField/timeZones';
export { Checkbox, type CheckboxProps } from './Checkbox/Checkbox';
export { Toggle, type ToggleProps } from './Toggle/Toggle';
export { Alert, type AlertProps, type AlertVariant } from './Alert/Alert';
export { Spinner, type SpinnerProps } from './Spinner/Spinner';
export { Skeleton, type SkeletonProps } from './Skeleton/Skeleton';
export { Dialog, type DialogProps } from './Dialog/Dialog';
export { useDialog, type DialogAria, type UseDialogOptions } from './Dialog/useDialog';
export { Stepper, type StepperProps, type StepperStep, type StepState } from './Stepper/Stepper';
export { useField, type FieldAria, type FieldStateAttributes, type UseFieldOptions } from './field/useField';
export { FieldFrame, FieldErrorMessage, LabelText, useFieldError } from './field/FieldFrame';
export type { FieldBaseProps } from './field/types';
export { VisuallyHidden } from './shared/VisuallyHidden';
