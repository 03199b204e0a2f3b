import type { ReactNode } from 'react';
import type { FieldIssue } from '@giftkit/core';

/** Props every labelled field shares. */
export interface FieldBaseProps {
  /**
   * The visible label, always shown (placeholders are no substitute).
   * @example label={t('delivery.recipientEmail')}
   */
  label: ReactNode;
  /**
   * A hint under the label, read with the control.
   * @example description="We send the gift to this address."
   */
  description?: ReactNode;
  /**
   * An error message, already localised. Marks the field invalid and is read with it.
   * Takes precedence over `issue`.
   */
  error?: ReactNode;
  /**
   * A field problem from `@giftkit/core` validation, shown as its localised text
   * (`field.issues.<ISSUE>`).
   * @example issue={validateEmail(email)}
   */
  issue?: FieldIssue | null;
  /** Shows the required marker and sets `aria-required`. @default false */
  required?: boolean;
  /** Shows “(optional)” after the label of a field that is not required. @default false */
  showOptional?: boolean;
  /** @default false */
  disabled?: boolean;
  /** The control's id; generated when absent. */
  id?: string;
  /** Extra class on the field's wrapper (it always has `gk-field`). */
  className?: string;
}
