import type { RefObject } from 'react';
import type { RedeemRefusalReason } from '@giftkit/core';
import { useT } from '../i18n/useT';
import { Button } from '../primitives/Button/Button';
import { refusalAction } from './refusals';
import { Actions, Link, Panel, PanelTitle, Text } from './styles';

interface RedeemRefusalProps {
  reason: RedeemRefusalReason;
  manageSubscriptionUrl?: string;
  supportUrl?: string;
  onRetry: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** Why this code cannot be redeemed, and what to do next (rule 8). */
export function RedeemRefusal({ reason, manageSubscriptionUrl, supportUrl, onRetry, headingRef }: RedeemRefusalProps) {
  const { t } = useT();
  const action = refusalAction(reason);
  const link = action === 'manage' ? (manageSubscriptionUrl ?? supportUrl) : action === 'support' ? supportUrl : undefined;
  const linkLabel = action === 'manage' && manageSubscriptionUrl ? t('redeem.refusal.manage') : t('redeem.refusal.support');
  return (
    <Panel className="gk-redeemPanel" data-step="refused" data-reason={reason}>
      <PanelTitle ref={headingRef} tabIndex={-1} className="gk-redeemPanelTitle">
        {t('redeem.refusal.title')}
      </PanelTitle>
      <Text>{t(`redeem.refusal.${reason}.message`)}</Text>
      <Text>{t(`redeem.refusal.${reason}.next`)}</Text>
      {link || action === 'retry' ? (
        <Actions>
          {action === 'retry' ? (
            <Button variant="secondary" onClick={onRetry}>
              {t('redeem.refusal.retry')}
            </Button>
          ) : null}
          {link ? (
            <Link className="gk-redeemLink" href={link}>
              {linkLabel}
            </Link>
          ) : null}
        </Actions>
      ) : null}
    </Panel>
  );
}
