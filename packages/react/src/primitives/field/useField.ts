import { useId } from 'react';
import { flag, idList } from '../shared/dom';

export interface UseFieldOptions {
  /** An id for the control; one is generated when absent. */
  id?: string;
  /** Whether a description (hint) is shown, so the control points at it. @default false */
  hasDescription?: boolean;
  /** Whether an error is shown: the control is marked invalid and points at it. @default false */
  hasError?: boolean;
  /**
   * Invalid without an error message of its own (a counter over its limit explains it).
   * @default false
   */
  invalid?: boolean;
  /** Marks the control as required for assistive technology (`aria-required`). @default false */
  required?: boolean;
  /** @default false */
  disabled?: boolean;
  /** More ids describing the control (a character counter…), read after the description. */
  describedBy?: Array<string | false | null | undefined>;
}

/** State of a field as `data-*` attributes, for styling and `appearance.elements`. */
export interface FieldStateAttributes {
  'data-invalid'?: 'true';
  'data-disabled'?: 'true';
  'data-required'?: 'true';
}

export interface FieldAria {
  ids: { control: string; label: string; description: string; error: string };
  /** Spread on the wrapper. */
  fieldProps: FieldStateAttributes;
  /** Spread on the `<label>`. */
  labelProps: { id: string; htmlFor: string };
  /** Spread on the input, select or text area. */
  controlProps: FieldStateAttributes & {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: true;
    'aria-required'?: true;
    disabled?: boolean;
  };
  /** Spread on the description (hint). */
  descriptionProps: { id: string };
  /** Spread on the error message. */
  errorProps: { id: string };
}

/**
 * The wiring every field shares: ids, the label pointing at the control, the description and
 * error read with it (`aria-describedby`), `aria-invalid` while there is an error. Uses
 * `aria-required` rather than `required` so the browser's own (unlocalised) validation bubbles
 * never show; flows validate with `@giftkit/core` and pass the error in.
 * @example
 * const field = useField({ hasDescription: true, hasError: Boolean(error) });
 * <label {...field.labelProps}>Email</label>
 * <input {...field.controlProps} />
 * <p {...field.errorProps}>{error}</p>
 */
export function useField(options: UseFieldOptions = {}): FieldAria {
  const generated = useId();
  const control = options.id ?? `gk${generated}`;
  const ids = {
    control,
    label: `${control}-label`,
    description: `${control}-description`,
    error: `${control}-error`,
  };
  const invalid = Boolean(options.hasError || options.invalid);
  const state: FieldStateAttributes = {
    'data-invalid': flag(invalid),
    'data-disabled': flag(options.disabled),
    'data-required': flag(options.required),
  };
  return {
    ids,
    fieldProps: state,
    labelProps: { id: ids.label, htmlFor: control },
    controlProps: {
      ...state,
      id: control,
      'aria-describedby': idList(options.hasDescription && ids.description, ...(options.describedBy ?? []), options.hasError && ids.error),
      'aria-invalid': invalid ? true : undefined,
      'aria-required': options.required ? true : undefined,
      disabled: options.disabled || undefined,
    },
    descriptionProps: { id: ids.description },
    errorProps: { id: ids.error },
  };
}
