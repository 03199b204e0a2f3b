import { skipToken } from '@reduxjs/toolkit/query/react';
import type { RefObject } from 'react';
import { accessAfterGift, type GiftVerification } from '@giftkit/core';
import { useT } from '../i18n/useT';
import { Alert } from '../primitives/Alert/Alert';
import { Button } from '../primitives/Button/Button';
import { Skeleton } from '../primitives/Skeleton/Skeleton';
import { useGetOfferQuery, useListSubscriptionsQuery, type StoredError } from '../store/giftsApi';
import { Dates, Panel, PanelTitle, Text } from './styles';

interface RedeemPreviewProps {
  verification: GiftVerification;
  redeeming: boolean;
  onRedeem: () => Promise<void>;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** What redeeming will do: a NEW subscription, or which subscription moves to which date. */
export function RedeemPreview({ verification, redeeming, onRedeem, headingRef }: RedeemPreviewProps) {
  const { t, format } = useT();
  const extend = verification.redeemMode === 'EXTEND';
  const subscriptions = useListSubscriptionsQuery(extend ? undefined : skipToken);
  const subscription = extend ? subscriptions.data?.find((s) => s.subscriptionId === verification.extendedSubscriptionId) : undefined;
  const offerId = extend ? (subscription?.offerId ?? null) : verification.offerId;
  const offer = useGetOfferQuery(offerId ?? skipToken);
  const loading = offer.isLoading || subscriptions.isLoading;
  const error = (offer.error ?? subscriptions.error) as StoredError | undefined;
  const retry = () => {
    if (subscriptions.error) void subscriptions.refetch();
    if (offer.error) void offer.refetch();
  };

  const title = offer.data?.title ?? t('redeem.preview.someSubscription');
  const newDate = verification.newExpiresAt ?? null;
  const currentDate = verification.currentExpiresAt ?? subscription?.expiresAt ?? null;
  // A subscription that lapses (no payment method, or not active) ends rather than renews: its
  // dates are when access ends, not renewal dates (rule 10).
  const ends = subscription !== undefined && accessAfterGift(subscription) === 'lapses';

  return (
    <Panel className="gk-redeemPanel" data-step="preview" data-mode={verification.redeemMode ?? undefined} aria-busy={loading || undefined}>
      <PanelTitle ref={headingRef} tabIndex={-1} className="gk-redeemPanelTitle">
        {extend ? t('redeem.preview.extendTitle') : t('redeem.preview.newTitle')}
      </PanelTitle>
      {loading ? (
        <Skeleton lines={2} label={t('redeem.preview.details')} />
      ) : extend ? (
        <>
          <Text>{t('redeem.preview.extendBody', { offer: title })}</Text>
          <Dates className="gk-redeemDates">
            {currentDate !== null ? (
              <>
                <dt>{t(ends ? 'redeem.preview.currentEnd' : 'redeem.preview.currentDate')}</dt>
                <dd>{format.date(currentDate)}</dd>
              </>
            ) : null}
            {newDate !== null ? (
              <>
                <dt>{t(ends ? 'redeem.preview.newEnd' : 'redeem.preview.newDate')}</dt>
                <dd>{format.date(newDate)}</dd>
              </>
            ) : null}
          </Dates>
          <Text>{t(ends ? 'redeem.preview.extendKeepsEnding' : 'redeem.preview.extendKeeps')}</Text>
        </>
      ) : (
        <Text>{t('redeem.preview.newBody', { offer: title, date: newDate === null ? '' : format.date(newDate) })}</Text>
      )}
      {error ? (
        <Alert variant="warning" onAction={retry}>
          {t(`errors.${error.code}`)}
        </Alert>
      ) : null}
      <Button loading={redeeming} onClick={onRedeem}>
        {t('redeem.preview.redeem')}
      </Button>
    </Panel>
  );
}
