import { forwardRef, useId, useState, type InputHTMLAttributes } from 'react';
import styled from 'styled-components';
import { space, v } from '../../appearance/resolve';
import { overrides } from '../../appearance/styled';
import { useT } from '../../i18n/useT';
import { FieldErrorMessage, FieldWrapper, Hint, Label, LabelText, useFieldError } from '../field/FieldFrame';
import { Input } from '../field/controls';
import type { FieldBaseProps } from '../field/types';
import { useField } from '../field/useField';
import { cx } from '../shared/dom';
import { VisuallyHidden } from '../shared/VisuallyHidden';
import { formatOffset, utcOffsetMinutes } from './timeZones';
import { useTimeZoneCombobox } from './useTimeZoneCombobox';

/** The search box: an input (its `input` overrides apply) that is also the combobox. */
const ComboboxInput = styled(Input)`
  ${overrides('combobox')}
`;

const Anchor = styled.div`
  position: relative;
`;

const Popup = styled.div`
  position: absolute;
  inset-inline: 0;
  inset-block-start: calc(100% + 4px);
  z-index: 10;
  display: grid;
  color: ${v('colorText')};
  background: ${v('colorBackground')};
  border: 1px solid ${v('colorBorder')};
  border-radius: ${v('borderRadius')};
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.2);
  overflow: hidden;
  &[hidden] {
    display: none;
  }
`;

const Listbox = styled.ul`
  max-block-size: 18rem;
  overflow-y: auto;
  margin: 0;
  padding: ${space(0.5)} 0;
  list-style: none;
  &[hidden] {
    display: none;
  }
  ${overrides('listbox')}
`;

const Option = styled.li`
  display: grid;
  grid-template-columns: 1fr auto;
  align-items: center;
  column-gap: ${space(1)};
  min-block-size: 44px;
  padding: ${space(0.5)} ${space(1.5)};
  cursor: pointer;
  &:hover {
    background: ${v('colorSurface')};
  }
  &[data-active='true'] {
    background: ${v('colorSurface')};
    outline: 2px solid ${v('colorFocus')};
    outline-offset: -2px;
  }
  ${overrides('option')}
`;

const City = styled.span`
  font-weight: 600;
`;

const Detail = styled.span`
  grid-column: 1;
  font-size: 0.875em;
  color: ${v('colorTextSecondary')};
  ${overrides('optionDetail')}
`;

const Check = styled.span`
  grid-column: 2;
  grid-row: 1 / span 2;
  color: ${v('colorPrimary')};
  font-weight: 700;
`;

const StatusLine = styled.p`
  margin: 0;
  padding: ${space(1)} ${space(1.5)};
  font-size: 0.875em;
  color: ${v('colorTextSecondary')};
  border-block-start: 1px solid ${v('colorBorder')};
  &:first-child {
    border-block-start: 0;
  }
  ${overrides('comboboxStatus')}
`;

export interface TimeZoneFieldProps
  extends Omit<FieldBaseProps, 'label'>,
    Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'disabled' | 'required' | 'value' | 'defaultValue' | 'onChange' | 'role'> {
  /** @default t('timeZone.label') — “Time zone” */
  label?: FieldBaseProps['label'];
  /**
   * The chosen IANA zone (controlled).
   * @example value="Europe/Paris"
   */
  value?: string;
  /**
   * The initial zone when uncontrolled. When rendering on a server, pass `value` or this:
   * the default is the runtime's own zone, which differs between server and browser.
   * @default the viewer's zone
   */
  defaultValue?: string;
  /** Called with the IANA id of the picked zone. */
  onValueChange?: (zone: string) => void;
  /** The zones to offer. @default `Intl.supportedValuesOf('timeZone')`, or a built-in list */
  zones?: readonly string[];
  /** How many options are rendered at once; more results ask to keep typing. @default 50 */
  maxRendered?: number;
  /** The instant the shown UTC offsets are computed for, in ms (tests, previews). @default now */
  now?: number;
}

/**
 * A searchable time-zone picker (ARIA 1.2 combobox). Search by zone or city (“new york”,
 * “sao paulo”); each option shows its current UTC offset.
 * @example <TimeZoneField value={zone} onValueChange={setZone} issue={issues.timeZone} />
 */
export const TimeZoneField = forwardRef<HTMLInputElement, TimeZoneFieldProps>(function TimeZoneField(
  { label, description, error, issue, required, showOptional, disabled, id, className, value, defaultValue, onValueChange, zones, maxRendered, now, ...rest },
  ref,
) {
  const { t } = useT();
  const [uncontrolled, setUncontrolled] = useState(() => defaultValue ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [mountedAt] = useState(() => Date.now());
  const at = now ?? mountedAt;
  const zone = value ?? uncontrolled;
  const message = useFieldError(error, issue);
  const generatedId = useId();
  const controlId = id ?? `gk${generatedId}`;
  const combo = useTimeZoneCombobox({
    value: zone,
    onValueChange: (next) => {
      if (value === undefined) setUncontrolled(next);
      onValueChange?.(next);
    },
    zones,
    maxRendered,
    labelId: `${controlId}-label`,
  });
  const field = useField({
    id: controlId,
    hasDescription: Boolean(description),
    hasError: Boolean(message),
    required,
    disabled,
    describedBy: [combo.truncated && combo.hintId],
  });

  return (
    <FieldWrapper className={cx('gk-field', className)} {...field.fieldProps} data-state={combo.expanded ? 'open' : 'closed'}>
      <Label className="gk-label" {...field.labelProps}>
        <LabelText label={label ?? t('timeZone.label')} required={required} showOptional={showOptional} />
      </Label>
      {description ? (
        <Hint className="gk-fieldHint" {...field.descriptionProps}>
          {description}
        </Hint>
      ) : null}
      <Anchor>
        <ComboboxInput
          ref={ref}
          type="text"
          className="gk-input gk-combobox"
          placeholder={t('timeZone.search')}
          {...rest}
          {...field.controlProps}
          {...combo.inputProps}
          data-state={combo.expanded ? 'open' : 'closed'}
        />
        <Popup
          hidden={!combo.state.open || (!combo.expanded && !combo.noMatch)}
          data-state="open"
          // Scrolling the list with its scrollbar must not blur (and so close) the combobox.
          onMouseDown={(event) => event.preventDefault()}
        >
          <Listbox className="gk-listbox" {...combo.listboxProps}>
            {combo.rendered.map(({ entry, chosen, optionProps }) => {
              const minutes = utcOffsetMinutes(entry.id, at);
              const offset = minutes === null ? null : t('timeZone.offset', { offset: formatOffset(minutes) });
              return (
                <Option key={entry.id} className="gk-option" {...optionProps}>
                  <City>{entry.city}</City>
                  <Detail className="gk-optionDetail">
                    {entry.id === entry.city ? null : entry.id}
                    {entry.id !== entry.city && offset ? ' · ' : null}
                    {offset ? <span dir="ltr">{offset}</span> : null}
                  </Detail>
                  {chosen ? <Check aria-hidden="true">✓</Check> : null}
                </Option>
              );
            })}
          </Listbox>
          {combo.truncated ? (
            <StatusLine id={combo.hintId} className="gk-comboboxStatus">
              {t('timeZone.moreResults', { shown: combo.rendered.length, count: combo.total })}
            </StatusLine>
          ) : null}
          {combo.noMatch ? <StatusLine className="gk-comboboxStatus">{combo.statusText}</StatusLine> : null}
        </Popup>
      </Anchor>
      <VisuallyHidden role="status">{combo.announced}</VisuallyHidden>
      {message ? <FieldErrorMessage id={field.ids.error}>{message}</FieldErrorMessage> : null}
    </FieldWrapper>
  );
});
