import { forwardRef, type ChangeEvent, type InputHTMLAttributes } from 'react';
import { FieldFrame, useFieldError } from '../field/FieldFrame';
import { Input } from '../field/controls';
import type { FieldBaseProps } from '../field/types';
import { useField } from '../field/useField';

export interface TextFieldProps extends FieldBaseProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id' | 'className' | 'disabled' | 'required'> {
  /**
   * The kind of text. `email` brings the right mobile keyboard; validation stays with
   * `@giftkit/core` (`validateEmail`) so messages are localised.
   * @default 'text'
   */
  type?: 'text' | 'email' | 'tel' | 'url' | 'search' | 'password';
  /**
   * Called with the new text on every change (beside the native `onChange`).
   * @example <TextField label="Email" type="email" value={email} onValueChange={setEmail} />
   */
  onValueChange?: (value: string) => void;
}

/**
 * A labelled text input with an optional hint and error, wired for assistive technology.
 * @example
 * <TextField label={t('delivery.email')} type="email" required value={email}
 *   onValueChange={setEmail} issue={issues.recipientEmail} autoComplete="email" />
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, description, error, issue, required, showOptional, disabled, id, className, type = 'text', onChange, onValueChange, ...rest },
  ref,
) {
  const message = useFieldError(error, issue);
  const field = useField({ id, hasDescription: Boolean(description), hasError: Boolean(message), required, disabled });
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    onChange?.(event);
    onValueChange?.(event.target.value);
  };
  return (
    <FieldFrame field={field} label={label} description={description} required={required} showOptional={showOptional} error={message} className={className}>
      <Input ref={ref} type={type} className="gk-input" {...rest} {...field.controlProps} onChange={handleChange} />
    </FieldFrame>
  );
});
