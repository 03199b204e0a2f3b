import type { Offer } from '@giftkit/core';
import { useT } from '../../i18n/useT';
import { Muted, OfferCard, Text } from '../styles';
import { billingPeriodText } from './billingPeriod';

/** Title, price and billing period of the offer. */
export function OfferSummary({ offer }: { offer: Offer }) {
  const { t, format } = useT();
  return (
    <OfferCard className="gk-offerSummary">
      <Text>
        <strong>{offer.title}</strong>
      </Text>
      {offer.description ? <Muted>{offer.description}</Muted> : null}
      <Text>{t('checkout.offer.price', { price: format.money(offer.price.amount, offer.price.currency), period: billingPeriodText(offer, t) })}</Text>
    </OfferCard>
  );
}
