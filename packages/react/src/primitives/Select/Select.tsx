import { forwardRef, type ChangeEvent, type ReactNode, type SelectHTMLAttributes } from 'react';
import { useT } from '../../i18n/useT';
import { FieldFrame, useFieldError } from '../field/FieldFrame';
import { NativeSelect } from '../field/controls';
import type { FieldBaseProps } from '../field/types';
import { useField } from '../field/useField';

/** One choice of a `Select`. */
export interface SelectOption {
  value: string;
  /** The visible, localised text. */
  label: string;
  /** @default false */
  disabled?: boolean;
}

export interface SelectProps extends FieldBaseProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'disabled' | 'required' | 'multiple'> {
  /**
   * The choices. Alternatively pass `<option>` children.
   * @example options={offers.map((o) => ({ value: o.id, label: o.title }))}
   */
  options?: readonly SelectOption[];
  /**
   * A first, empty choice that asks to pick one: `true` for the default text, or your own.
   * It cannot be chosen back once something is picked.
   * @default false
   * @example placeholder  // “Choose…”
   */
  placeholder?: boolean | string;
  /** Called with the chosen option's value. */
  onValueChange?: (value: string) => void;
  children?: ReactNode;
}

/**
 * A labelled native `<select>`: the most robust choice on every device and screen reader.
 * @example <Select label="Offer" options={options} value={offerId} onValueChange={setOfferId} />
 */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  { label, description, error, issue, required, showOptional, disabled, id, className, options, placeholder = false, onChange, onValueChange, children, ...rest },
  ref,
) {
  const { t } = useT();
  const message = useFieldError(error, issue);
  const field = useField({ id, hasDescription: Boolean(description), hasError: Boolean(message), required, disabled });
  const handleChange = (event: ChangeEvent<HTMLSelectElement>) => {
    onChange?.(event);
    onValueChange?.(event.target.value);
  };
  return (
    <FieldFrame field={field} label={label} description={description} required={required} showOptional={showOptional} error={message} className={className}>
      <NativeSelect ref={ref} className="gk-select" {...rest} {...field.controlProps} onChange={handleChange}>
        {placeholder ? (
          <option value="" disabled>
            {typeof placeholder === 'string' ? placeholder : t('field.choose')}
          </option>
        ) : null}
        {options?.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
        {children}
      </NativeSelect>
    </FieldFrame>
  );
});
