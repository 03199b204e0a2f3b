import { forwardRef, useState, type ChangeEvent, type TextareaHTMLAttributes } from 'react';
import styled from 'styled-components';
import { v } from '../../appearance/resolve';
import { overrides } from '../../appearance/styled';
import { FieldFrame, useFieldError } from '../field/FieldFrame';
import { TextAreaControl } from '../field/controls';
import type { FieldBaseProps } from '../field/types';
import { useField } from '../field/useField';
import { flag } from '../shared/dom';
import { VisuallyHidden } from '../shared/VisuallyHidden';
import { useCharacterCounter } from './useCharacterCounter';

const Counter = styled.p`
  margin: 0;
  font-size: 0.875em;
  color: ${v('colorTextSecondary')};
  text-align: end;
  &[data-state='over'] {
    color: ${v('colorDanger')};
    font-weight: 600;
  }
  ${overrides('counter')}
`;

export interface TextAreaProps
  extends FieldBaseProps,
    Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'disabled' | 'required' | 'maxLength' | 'value' | 'defaultValue'> {
  value?: string;
  defaultValue?: string;
  /**
   * The most characters allowed, counted as people count them (code points, like
   * `textLength` in `@giftkit/core`). Shows a live counter; going over is allowed while
   * typing or pasting (nothing is cut silently) and marks the field invalid.
   * @example maxLength={PERSONAL_NOTE_MAX_LENGTH} // 255
   */
  maxLength?: number;
  /**
   * From how many characters left the count is announced to screen readers.
   * @default Math.max(10, Math.round(maxLength * 0.1))
   */
  announceFrom?: number;
  /** Called with the new text on every change. */
  onValueChange?: (value: string) => void;
}

/**
 * A labelled multi-line text input with an optional character counter.
 * @example
 * <TextArea label={t('delivery.note')} showOptional maxLength={255} value={note} onValueChange={setNote} />
 */
export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea(
  { label, description, error, issue, required, showOptional, disabled, id, className, maxLength, announceFrom, value, defaultValue, onChange, onValueChange, ...rest },
  ref,
) {
  const [uncontrolled, setUncontrolled] = useState(defaultValue ?? '');
  const text = value ?? uncontrolled;
  const counter = useCharacterCounter({ value: text, max: maxLength ?? Number.POSITIVE_INFINITY, announceFrom });
  const hasCounter = maxLength !== undefined;
  const over = hasCounter && counter.over;
  const message = useFieldError(error, issue);
  const field = useField({
    id,
    hasDescription: Boolean(description),
    hasError: Boolean(message),
    invalid: over,
    required,
    disabled,
    describedBy: [hasCounter && counter.counterProps.id],
  });
  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    if (value === undefined) setUncontrolled(event.target.value);
    onChange?.(event);
    onValueChange?.(event.target.value);
  };
  const after = hasCounter ? (
    <>
      <Counter className="gk-counter" {...counter.counterProps} data-over={flag(over)}>
        {counter.text}
      </Counter>
      <VisuallyHidden {...counter.liveProps}>{counter.liveText}</VisuallyHidden>
    </>
  ) : null;
  return (
    <FieldFrame field={field} label={label} description={description} required={required} showOptional={showOptional} error={message} after={after} className={className}>
      <TextAreaControl
        ref={ref}
        className="gk-textarea"
        value={value}
        defaultValue={value === undefined ? defaultValue : undefined}
        {...rest}
        {...field.controlProps}
        onChange={handleChange}
      />
    </FieldFrame>
  );
});
