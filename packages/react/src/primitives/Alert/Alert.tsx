import type { ReactNode } from 'react';
import styled from 'styled-components';
import { space, v } from '../../appearance/resolve';
import { overrides } from '../../appearance/styled';
import type { AppearanceVariables } from '../../appearance/types';
import { useT } from '../../i18n/useT';
import { Button } from '../Button/Button';
import { cx } from '../shared/dom';
import { VisuallyHidden } from '../shared/VisuallyHidden';

export type AlertVariant = 'info' | 'success' | 'warning' | 'danger';

const ACCENT: Record<AlertVariant, keyof AppearanceVariables> = {
  info: 'colorPrimary',
  success: 'colorSuccess',
  warning: 'colorWarning',
  danger: 'colorDanger',
};

// A different shape per variant, so the meaning never rests on colour alone.
const ICON: Record<AlertVariant, string> = { info: 'i', success: '✓', warning: '!', danger: '✕' };

const Box = styled.div`
  display: grid;
  grid-template-columns: auto 1fr;
  align-items: start;
  gap: ${space(1)} ${space(1.5)};
  padding: ${space(1.5)} ${space(2)};
  color: ${v('colorText')};
  background: ${v('colorBackground')};
  border: 1px solid ${v('colorBorder')};
  border-inline-start-width: 6px;
  border-radius: ${v('borderRadius')};
  ${(Object.keys(ACCENT) as AlertVariant[]).map((variant) => `&[data-variant='${variant}'] { border-inline-start-color: ${v(ACCENT[variant])}; }`).join('\n')}
  ${overrides('alert')}
`;

const Icon = styled.span`
  display: inline-grid;
  place-items: center;
  inline-size: 1.5em;
  block-size: 1.5em;
  border-radius: 50%;
  font-weight: 700;
  line-height: 1;
  color: ${v('colorBackground')};
  ${(Object.keys(ACCENT) as AlertVariant[]).map((variant) => `&[data-variant='${variant}'] { background: ${v(ACCENT[variant])}; }`).join('\n')}
`;

const Content = styled.div`
  display: grid;
  gap: ${space(1)};
  min-inline-size: 0;
`;

const Title = styled.p`
  margin: 0;
  font-weight: 700;
  ${overrides('alertTitle')}
`;

const Message = styled.div`
  margin: 0;
`;

const Action = styled.div`
  ${overrides('alertAction')}
`;

export interface AlertProps {
  /**
   * How serious: `danger` interrupts (`role="alert"`), the others are announced politely
   * (`role="status"`).
   * @default 'info'
   */
  variant?: AlertVariant;
  /** A short heading above the message. */
  title?: ReactNode;
  /** The message, already localised (e.g. `t(\`errors.${error.code}\`)`). */
  children: ReactNode;
  /**
   * Shows one action button (e.g. retry after a network error).
   * @example <Alert variant="danger" onAction={refetch}>{t('errors.NETWORK')}</Alert>
   */
  onAction?: () => void | Promise<unknown>;
  /** The action button's text. @default t('common.retry') — “Try again” */
  actionLabel?: string;
  className?: string;
}

/**
 * A message about the whole screen or step: the error that belongs to no field, a success,
 * a warning.
 * @example <Alert variant="success" title="Gift sent">We emailed the recipient.</Alert>
 */
export function Alert({ variant = 'info', title, children, onAction, actionLabel, className }: AlertProps) {
  const { t } = useT();
  return (
    <Box className={cx('gk-alert', className)} role={variant === 'danger' ? 'alert' : 'status'} data-variant={variant}>
      <Icon aria-hidden="true" data-variant={variant}>{ICON[variant]}</Icon>
      <Content>
        {title ? (
          <Title className="gk-alertTitle">
            <VisuallyHidden>{t(`alert.${variant}`)}</VisuallyHidden> {title}
          </Title>
        ) : null}
        <Message>
          {title ? null : (
            <>
              <VisuallyHidden>{t(`alert.${variant}`)}</VisuallyHidden>{' '}
            </>
          )}
          {children}
        </Message>
        {onAction ? (
          <Action className="gk-alertAction">
            <Button variant="secondary" onClick={onAction}>
              {actionLabel ?? t('common.retry')}
            </Button>
          </Action>
        ) : null}
      </Content>
    </Box>
  );
}
