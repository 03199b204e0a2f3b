import { forwardRef, type InputHTMLAttributes } from 'react';
import styled from 'styled-components';
import { space, v } from '../../appearance/resolve';
import { overrides } from '../../appearance/styled';
import { FieldErrorMessage, FieldWrapper, Hint, Label, LabelText, useFieldError } from '../field/FieldFrame';
import type { FieldBaseProps } from '../field/types';
import { useCheckedState } from '../field/useCheckedState';
import { useField } from '../field/useField';
import { cx } from '../shared/dom';

const Row = styled.div`
  display: flex;
  align-items: center;
  gap: ${space(1.5)};
  min-block-size: 44px;
`;

const Box = styled.input`
  flex: none;
  inline-size: 24px;
  block-size: 24px;
  margin: 0;
  accent-color: ${v('colorPrimary')};
  cursor: pointer;
  &:disabled {
    cursor: not-allowed;
  }
  &[aria-invalid='true'] {
    outline: 2px solid ${v('colorDanger')};
    outline-offset: 1px;
  }
  &:focus-visible {
    outline: 3px solid ${v('colorFocus')};
    outline-offset: 2px;
  }
  ${overrides('checkbox')}
`;

const CheckLabel = styled(Label)`
  font-weight: 400;
  cursor: pointer;
  &[data-disabled='true'] {
    cursor: not-allowed;
  }
`;

const Indented = styled.div`
  display: grid;
  gap: ${space(0.5)};
  padding-inline-start: calc(24px + ${space(1.5)});
`;

export interface CheckboxProps extends FieldBaseProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id' | 'className' | 'disabled' | 'required'> {
  /**
   * Called with the new checked state.
   * @example <Checkbox label="Send me a copy" checked={copy} onCheckedChange={setCopy} />
   */
  onCheckedChange?: (checked: boolean) => void;
}

/**
 * A labelled native checkbox, with hint and error below, for an on/off choice in a form.
 * For a setting that applies at once, prefer `Toggle`.
 * @example <Checkbox label={t('checkout.terms')} required issue={termsIssue} checked={terms} onCheckedChange={setTerms} />
 */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(
  { label, description, error, issue, required, showOptional, disabled, id, className, checked, defaultChecked, onChange, onCheckedChange, ...rest },
  ref,
) {
  const { on, handleChange } = useCheckedState({ checked, defaultChecked, onChange, onCheckedChange });
  const message = useFieldError(error, issue);
  const field = useField({ id, hasDescription: Boolean(description), hasError: Boolean(message), required, disabled });
  return (
    <FieldWrapper className={cx('gk-field', className)} {...field.fieldProps} data-state={on ? 'checked' : 'unchecked'}>
      <Row>
        <Box
          ref={ref}
          type="checkbox"
          className="gk-checkbox"
          checked={checked}
          defaultChecked={checked === undefined ? defaultChecked : undefined}
          data-state={on ? 'checked' : 'unchecked'}
          {...rest}
          {...field.controlProps}
          onChange={handleChange}
        />
        <CheckLabel className="gk-label" {...field.labelProps} data-disabled={field.fieldProps['data-disabled']}>
          <LabelText label={label} required={required} showOptional={showOptional} />
        </CheckLabel>
      </Row>
      {description || message ? (
        <Indented>
          {description ? (
            <Hint className="gk-fieldHint" {...field.descriptionProps}>
              {description}
            </Hint>
          ) : null}
          {message ? <FieldErrorMessage id={field.ids.error}>{message}</FieldErrorMessage> : null}
        </Indented>
      ) : null}
    </FieldWrapper>
  );
});
