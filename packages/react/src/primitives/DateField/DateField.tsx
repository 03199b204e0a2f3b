import { forwardRef, type ChangeEvent, type InputHTMLAttributes } from 'react';
import { useT } from '../../i18n/useT';
import { FieldFrame, useFieldError } from '../field/FieldFrame';
import { Input } from '../field/controls';
import type { FieldBaseProps } from '../field/types';
import { useField } from '../field/useField';

export interface DateFieldProps
  extends Omit<FieldBaseProps, 'label'>,
    Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id' | 'className' | 'disabled' | 'required' | 'min' | 'max' | 'value' | 'defaultValue'> {
  /** @default t('date.label') — “Date” */
  label?: FieldBaseProps['label'];
  /** The chosen day as `YYYY-MM-DD`, or `''` for none. */
  value?: string;
  defaultValue?: string;
  /**
   * The first day that may be picked, `YYYY-MM-DD`.
   * @example min={sendNowSlot(now, zone).date}
   */
  min?: string;
  /**
   * The last day that may be picked, `YYYY-MM-DD`.
   * @example max={latestDeliveryDay(now, zone)}
   */
  max?: string;
  /** Called with the new `YYYY-MM-DD` value (`''` when cleared). */
  onValueChange?: (value: string) => void;
}

/**
 * A labelled native date picker (`<input type="date">`): the browser's own accessible
 * calendar and keyboard entry, in the viewer's locale, bounded by `min` and `max`.
 * @example <DateField value={date} min={today} max={lastDay} onValueChange={setDate} required />
 */
export const DateField = forwardRef<HTMLInputElement, DateFieldProps>(function DateField(
  { label, description, error, issue, required, showOptional, disabled, id, className, onChange, onValueChange, ...rest },
  ref,
) {
  const { t } = useT();
  const message = useFieldError(error, issue);
  const field = useField({ id, hasDescription: Boolean(description), hasError: Boolean(message), required, disabled });
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    onChange?.(event);
    onValueChange?.(event.target.value);
  };
  return (
    <FieldFrame
      field={field}
      label={label ?? t('date.label')}
      description={description}
      required={required}
      showOptional={showOptional}
      error={message}
      className={className}
    >
      <Input ref={ref} type="date" className="gk-input" data-type="date" {...rest} {...field.controlProps} onChange={handleChange} />
    </FieldFrame>
  );
});
