import type { CSSProperties } from 'react';
import styled, { keyframes } from 'styled-components';
import { space, v } from '../../appearance/resolve';
import { overrides } from '../../appearance/styled';
import { useT } from '../../i18n/useT';
import { cx } from '../shared/dom';
import { VisuallyHidden } from '../shared/VisuallyHidden';

const pulse = keyframes`
  50% { opacity: 0.45; }
`;

const Wrapper = styled.div`
  display: grid;
  gap: ${space(1)};
  ${overrides('skeleton')}
`;

const Bar = styled.div`
  display: block;
  block-size: var(--gk-skeleton-height, 1em);
  border-radius: ${v('borderRadius')};
  background: ${v('colorBorder')};
  opacity: 0.25;
  animation: ${pulse} 1.6s ease-in-out infinite;
  &:last-of-type:not(:first-of-type) {
    inline-size: 60%;
  }
  @media (prefers-reduced-motion: reduce) {
    animation: none;
  }
`;

export interface SkeletonProps {
  /** How many placeholder lines. @default 1 */
  lines?: number;
  /** CSS height of each line. @default '1em' */
  height?: string;
  /**
   * What is loading, announced politely (`role="status"`).
   * @default t('common.loading') — “Loading…”
   */
  label?: string;
  /**
   * Only decoration, when a surrounding region already announces loading (e.g. has
   * `aria-busy`): hidden from assistive technology.
   * @default false
   */
  decorative?: boolean;
  className?: string;
}

/**
 * Grey placeholder lines where content will appear. Pulses gently, and not at all when the
 * viewer prefers reduced motion.
 * @example <Skeleton lines={3} />
 */
export function Skeleton({ lines = 1, height, label, decorative = false, className }: SkeletonProps) {
  const { t } = useT();
  const bars = Array.from({ length: Math.max(1, Math.floor(lines)) }, (_, i) => <Bar key={i} aria-hidden="true" />);
  const style = height ? ({ '--gk-skeleton-height': height } as CSSProperties) : undefined;
  if (decorative) {
    return (
      <Wrapper className={cx('gk-skeleton', className)} aria-hidden="true" style={style}>
        {bars}
      </Wrapper>
    );
  }
  return (
    <Wrapper className={cx('gk-skeleton', className)} role="status" style={style}>
      {bars}
      <VisuallyHidden>{label ?? t('common.loading')}</VisuallyHidden>
    </Wrapper>
  );
}
