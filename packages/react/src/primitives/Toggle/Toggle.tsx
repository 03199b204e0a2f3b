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
  justify-content: space-between;
  gap: ${space(2)};
  min-block-size: 44px;
`;

const SwitchLabel = styled(Label)`
  cursor: pointer;
`;

const Switch = styled.span`
  position: relative;
  flex: none;
  display: inline-block;
  inline-size: 48px;
  block-size: 28px;
  ${overrides('toggle')}
`;

// The real checkbox covers the drawn track, so a click anywhere on it toggles.
const Input = styled.input`
  position: absolute;
  inset: 0;
  inline-size: 100%;
  block-size: 100%;
  margin: 0;
  opacity: 0;
  cursor: pointer;
  z-index: 1;
  &:disabled {
    cursor: not-allowed;
  }
`;

const Track = styled.span`
  position: absolute;
  inset: 0;
  border: 2px solid ${v('colorBorder')};
  border-radius: 999px;
  background: ${v('colorSurface')};
  transition: background-color 0.15s;
  &::after {
    content: '';
    position: absolute;
    inset-block-start: 2px;
    inset-inline-start: 2px;
    inline-size: 20px;
    block-size: 20px;
    border-radius: 50%;
    background: ${v('colorTextSecondary')};
    transition: inset-inline-start 0.15s;
  }
  ${Input}:checked + & {
    background: ${v('colorPrimary')};
    border-color: ${v('colorPrimary')};
  }
  /* Position, not only colour, tells on from off. */
  ${Input}:checked + &::after {
    inset-inline-start: calc(100% - 22px);
    background: ${v('colorPrimaryText')};
  }
  ${Input}:focus-visible + & {
    outline: 3px solid ${v('colorFocus')};
    outline-offset: 2px;
  }
  ${Input}[aria-invalid='true'] + & {
    border-color: ${v('colorDanger')};
  }
  ${Input}:disabled + & {
    opacity: 0.55;
  }
  @media (prefers-reduced-motion: reduce) {
    transition: none;
    &::after {
      transition: none;
    }
  }
  ${overrides('toggleTrack')}
`;

export interface ToggleProps extends FieldBaseProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id' | 'className' | 'disabled' | 'required' | 'role'> {
  /**
   * Called with the new state.
   * @example <Toggle label="Buy as a gift" checked={asGift} onCheckedChange={setAsGift} />
   */
  onCheckedChange?: (checked: boolean) => void;
}

/**
 * An on/off switch (`role="switch"` on a native checkbox) that takes effect at once, like
 * the purchase-mode toggle.
 * @example <Toggle label={t('checkout.asGift')} description={reason} disabled={!canBuyForSelf} checked={asGift} onCheckedChange={setAsGift} />
 */
export const Toggle = forwardRef<HTMLInputElement, ToggleProps>(function Toggle(
  { label, description, error, issue, required, showOptional, disabled, id, className, checked, defaultChecked, onChange, onCheckedChange, ...rest },
  ref,
) {
  const { on, handleChange } = useCheckedState({ checked, defaultChecked, onChange, onCheckedChange });
  const message = useFieldError(error, issue);
  const field = useField({ id, hasDescription: Boolean(description), hasError: Boolean(message), required, disabled });
  const state = on ? 'checked' : 'unchecked';
  return (
    <FieldWrapper className={cx('gk-field', className)} {...field.fieldProps} data-state={state}>
      <Row>
        <SwitchLabel className="gk-label" {...field.labelProps}>
          <LabelText label={label} required={required} showOptional={showOptional} />
        </SwitchLabel>
        <Switch className="gk-toggle" data-state={state} data-disabled={field.fieldProps['data-disabled']}>
          <Input
            ref={ref}
            type="checkbox"
            role="switch"
            checked={checked}
            defaultChecked={checked === undefined ? defaultChecked : undefined}
            {...rest}
            {...field.controlProps}
            onChange={handleChange}
          />
          <Track className="gk-toggleTrack" aria-hidden="true" />
        </Switch>
      </Row>
      {description ? (
        <Hint className="gk-fieldHint" {...field.descriptionProps}>
          {description}
        </Hint>
      ) : null}
      {message ? <FieldErrorMessage id={field.ids.error}>{message}</FieldErrorMessage> : null}
    </FieldWrapper>
  );
});
