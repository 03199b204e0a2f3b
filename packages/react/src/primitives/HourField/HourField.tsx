import { forwardRef, useMemo } from 'react';
import { useT } from '../../i18n/useT';
import type { FieldBaseProps } from '../field/types';
import { Select, type SelectProps } from '../Select/Select';

export interface HourFieldProps extends Omit<FieldBaseProps, 'label'>, Omit<SelectProps, 'label' | 'options' | 'value' | 'defaultValue' | 'onValueChange' | 'children' | 'placeholder'> {
  /** @default t('date.hour') — “Hour” */
  label?: FieldBaseProps['label'];
  /** The chosen hour, 0–23, or `null` for none yet. */
  value?: number | null;
  defaultValue?: number;
  /**
   * Hours that may not be picked (e.g. hours already past today).
   * @example isHourDisabled={(h) => date === today && h < nowHour}
   */
  isHourDisabled?: (hour: number) => boolean;
  /** Called with the chosen hour, 0–23. */
  onValueChange?: (hour: number) => void;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/**
 * A labelled choice of a whole hour, 00:00 to 23:00, each written the viewer's way
 * (`18:00`, `6:00 PM`) through `Intl`.
 * @example <HourField value={hour} onValueChange={setHour} />
 */
export const HourField = forwardRef<HTMLSelectElement, HourFieldProps>(function HourField(
  { label, value, defaultValue, isHourDisabled, onValueChange, ...rest },
  ref,
) {
  const { t, format } = useT();
  const options = useMemo(
    () => HOURS.map((hour) => ({ value: String(hour), label: t('date.hourOption', { time: format.hour(hour) }), disabled: isHourDisabled?.(hour) ?? false })),
    [t, format, isHourDisabled],
  );
  return (
    <Select
      ref={ref}
      label={label ?? t('date.hour')}
      options={options}
      placeholder={value === null}
      value={value === undefined ? undefined : value === null ? '' : String(value)}
      defaultValue={defaultValue === undefined ? undefined : String(defaultValue)}
      onValueChange={(next) => {
        const hour = Number(next);
        if (next !== '' && Number.isInteger(hour)) onValueChange?.(hour);
      }}
      {...rest}
    />
  );
});
