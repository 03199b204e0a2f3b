import type { Offer } from '@giftkit/core';
import { useT } from '../../i18n/useT';
import { Muted, OfferCard, Text } from '../styles';
import { billingPeriodText } from './billingPeriod';

/**
 * Title, price and billing period of the offer. The title and description come from the
 * platform, in any language: `dir="auto"` gives them their own direction (an English title
 * in an Arabic page keeps its full stop at its end).
 */
export function OfferSummary({ offer }: { offer: Offer }) {
  const { t, format } = useT();
  return (
    <OfferCard className="gk-offerSummary">
      <Text>
        <strong dir="auto">{offer.title}</strong>
      </Text>
      {offer.description ? <Muted dir="auto">{offer.description}</Muted> : null}
      <Text>{t('checkout.offer.price', { price: format.money(offer.price.amount, offer.price.currency), period: billingPeriodText(offer, t) })}</Text>
    </OfferCard>
  );
}
