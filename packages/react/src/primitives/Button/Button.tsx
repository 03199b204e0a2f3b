import { forwardRef, useCallback, useRef, useState, type ButtonHTMLAttributes, type MouseEvent } from 'react';
import { useT } from '../../i18n/useT';
import { cx, flag } from '../shared/dom';
import { VisuallyHidden } from '../shared/VisuallyHidden';
import { Spinner } from '../Spinner/Spinner';
import { StyledButton, VARIANT_ELEMENT, type ButtonVariant } from './styles';

export type { ButtonVariant } from './styles';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick'> {
  /**
   * How much the button stands out: `primary` (one per screen), `secondary`, `danger`
   * (destructive), or `link` (looks like a link, behaves like a button).
   * @default 'primary'
   */
  variant?: ButtonVariant;
  /**
   * Work is in progress: shows a spinner, sets `aria-busy`, and ignores clicks and form
   * submissions (so a payment is never sent twice) while keeping focus on the button.
   * @default false
   */
  loading?: boolean;
  /** Stretch to the container's width. @default false */
  fullWidth?: boolean;
  /**
   * `button` by default, so a button inside a host's form never submits it by accident.
   * @default 'button'
   */
  type?: 'button' | 'submit' | 'reset';
  /**
   * Click handler. When it returns a promise, the button is busy until the promise settles
   * and ignores further clicks meanwhile.
   * @example <Button onClick={() => api.redeem(code)}>Redeem</Button>
   */
  onClick?: (event: MouseEvent<HTMLButtonElement>) => void | Promise<unknown>;
}

/**
 * A button with variants and a loading state.
 * @example
 * <Button type="submit" loading={status === 'paying'}>{t('checkout.pay')}</Button>
 * <Button variant="link" onClick={onEdit}>Edit</Button>
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'primary', loading = false, fullWidth = false, type = 'button', disabled, className, onClick, children, ...rest },
  ref,
) {
  const { t } = useT();
  const [pending, setPending] = useState(false);
  // A ref as well as state: two clicks in the same frame must not both get through.
  const pendingRef = useRef(false);
  const busy = loading || pending;

  const handleClick = useCallback(
    (event: MouseEvent<HTMLButtonElement>) => {
      if (busy || pendingRef.current) {
        // Also stops the form submission a submit button would trigger.
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      const result = onClick?.(event);
      if (result && typeof result.then === 'function') {
        pendingRef.current = true;
        setPending(true);
        const settle = () => {
          pendingRef.current = false;
          setPending(false);
        };
        result.then(settle, settle);
      }
    },
    [busy, onClick],
  );

  return (
    <StyledButton
      ref={ref}
      type={type}
      className={cx('gk-button', `gk-${VARIANT_ELEMENT[variant]}`, className)}
      $variant={variant}
      data-variant={variant}
      data-loading={flag(busy)}
      data-disabled={flag(disabled)}
      data-full-width={flag(fullWidth)}
      disabled={disabled}
      // Not `disabled` while busy: that would drop keyboard focus to the page.
      aria-disabled={busy && !disabled ? true : undefined}
      aria-busy={busy ? true : undefined}
      onClick={handleClick}
      {...rest}
    >
      {busy ? <Spinner decorative size="1em" /> : null}
      {children}
      {busy ? (
        <>
          {' '}
          <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
        </>
      ) : null}
    </StyledButton>
  );
});
