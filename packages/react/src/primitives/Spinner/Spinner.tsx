import type { CSSProperties } from 'react';
import styled, { keyframes } from 'styled-components';
import { v } from '../../appearance/resolve';
import { overrides } from '../../appearance/styled';
import { useT } from '../../i18n/useT';
import { cx } from '../shared/dom';
import { VisuallyHidden } from '../shared/VisuallyHidden';

const spin = keyframes`
  to { transform: rotate(360deg); }
`;

const Wrapper = styled.span`
  display: inline-flex;
  align-items: center;
  gap: 0.5em;
  color: ${v('colorPrimary')};
  &[data-decorative='true'] {
    /* Inside a button: the button's own text colour, visible on any variant. */
    color: inherit;
  }
  ${overrides('spinner')}
`;

const Ring = styled.span`
  display: inline-block;
  flex: none;
  inline-size: var(--gk-spinner-size, 1.25em);
  block-size: var(--gk-spinner-size, 1.25em);
  border: 0.15em solid currentColor;
  border-inline-end-color: transparent;
  border-radius: 50%;
  animation: ${spin} 0.8s linear infinite;
  @media (prefers-reduced-motion: reduce) {
    /* Still shows that something is happening, without fast motion. */
    animation-duration: 3s;
  }
`;

export interface SpinnerProps {
  /**
   * What is loading, for assistive technology.
   * @default t('common.loading') — “Loading…”
   * @example <Spinner label="Checking your code…" />
   */
  label?: string;
  /** Also show the label next to the ring. @default false */
  showLabel?: boolean;
  /**
   * Only decoration (inside a busy button that already says what happens): hidden from
   * assistive technology and not a live region.
   * @default false
   */
  decorative?: boolean;
  /** CSS size of the ring. @default '1.25em' */
  size?: string;
  className?: string;
}

/**
 * An indeterminate progress indicator. Announced politely (`role="status"`) with its label;
 * spins slowly when the viewer prefers reduced motion.
 * @example <Spinner />
 */
export function Spinner({ label, showLabel = false, decorative = false, size, className }: SpinnerProps) {
  const { t } = useT();
  const text = label ?? t('common.loading');
  const style = size ? ({ '--gk-spinner-size': size } as CSSProperties) : undefined;
  if (decorative) {
    return (
      <Wrapper className={cx('gk-spinner', className)} aria-hidden="true" data-decorative="true" style={style}>
        <Ring />
      </Wrapper>
    );
  }
  return (
    <Wrapper className={cx('gk-spinner', className)} role="status" style={style}>
      <Ring aria-hidden="true" />
      {showLabel ? <span>{text}</span> : <VisuallyHidden>{text}</VisuallyHidden>}
    </Wrapper>
  );
}
