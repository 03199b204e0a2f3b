import type { RefObject } from 'react';
import { accessAfterGift, type GiftRedemption } from '@giftkit/core';
import { useT } from '../i18n/useT';
import { Button } from '../primitives/Button/Button';
import { useGetOfferQuery } from '../store/giftsApi';
import { Actions, Link, PanelTitle, Text, ThankYouPanel } from './styles';

interface RedeemThankYouProps {
  redemption: GiftRedemption;
  paymentMethodUrl?: string;
  onAnother: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** What the viewer now has, until when, and what happens after (rule 10). */
export function RedeemThankYou({ redemption, paymentMethodUrl, onAnother, headingRef }: RedeemThankYouProps) {
  const { t, format } = useT();
  const offer = useGetOfferQuery(redemption.offerId);
  const title = offer.data?.title ?? t('redeem.preview.someSubscription');
  const date = format.date(redemption.expiresAt);
  const after = accessAfterGift(redemption);
  return (
    <ThankYouPanel className="gk-redeemPanel gk-redeemThankYou" data-step="done" data-mode={redemption.redeemMode} data-after={after}>
      <PanelTitle ref={headingRef} tabIndex={-1} className="gk-redeemPanelTitle">
        {t('redeem.done.title')}
      </PanelTitle>
      <Text>{redemption.redeemMode === 'EXTEND' ? t('redeem.done.extendBody', { offer: title, date }) : t('redeem.done.newBody', { offer: title, date })}</Text>
      <Text>{after === 'renews' ? t('redeem.done.renews') : t('redeem.done.lapses')}</Text>
      <Actions>
        {paymentMethodUrl ? (
          <Link className="gk-redeemLink" href={paymentMethodUrl}>
            {after === 'renews' ? t('redeem.done.managePaymentMethod') : t('redeem.done.addPaymentMethod')}
          </Link>
        ) : null}
        <Button variant="secondary" onClick={onAnother}>
          {t('redeem.done.another')}
        </Button>
      </Actions>
    </ThankYouPanel>
  );
}
