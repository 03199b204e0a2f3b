import type { Offer, Order } from '@giftkit/core';
import { tIsolated } from '../../i18n/isolate';
import { useT } from '../../i18n/useT';
import { Muted, Section, SubHeading, Summary } from '../styles';

/**
 * The discount's duration in words: "for 3 months", "on every payment". A gift is one
 * payment: "on the first payment" / "on every payment" would suggest others, so a gift's
 * once or forever discount is just "Discount (CODE)".
 */
function durationText(order: Order, t: ReturnType<typeof useT>['t']): string {
  const duration = order.discount.duration;
  if (!duration) return '';
  if (order.buyAsAGift && duration.kind !== 'repeating') return '';
  if (duration.kind === 'once') return t('checkout.summary.discountOnce');
  if (duration.kind === 'forever') return t('checkout.summary.discountForever');
  return t('checkout.summary.discountMonths', { count: duration.months });
}

/** Offer price, discount with its duration, tax and total today: always from the Order the API returned. */
export function PriceSummary({ order, offer, headingId }: { order: Order | null; offer: Offer; headingId: string }) {
  const { t, format } = useT();
  const money = (amount: number) => format.money(amount, order?.currency ?? offer.price.currency);
  const duration = order ? durationText(order, t) : '';
  return (
    <Section aria-labelledby={headingId}>
      <SubHeading id={headingId}>{t('checkout.summary.heading')}</SubHeading>
      {order ? (
        <Summary className="gk-priceSummary" aria-live="polite">
          <dt>{t('checkout.summary.offerPrice')}</dt>
          <dd>{money(order.priceBreakdown.offerPrice)}</dd>
          {order.discount.applied && order.priceBreakdown.discountAmount > 0 ? (
            <>
              <dt>
                {tIsolated(t, 'checkout.summary.discount', 'code', order.couponCode ?? '')}
                {duration ? (
                  <>
                    {' '}
                    <small>{duration}</small>
                  </>
                ) : null}
              </dt>
              {/* Intl places the sign as the locale writes it (`-5,00 €`, `-€5.00`, RTL marks in Arabic). */}
              <dd>{money(-order.priceBreakdown.discountAmount)}</dd>
            </>
          ) : null}
          <dt>{t('checkout.summary.tax')}</dt>
          <dd>{money(order.priceBreakdown.taxValue)}</dd>
          <dt data-total="true">{t('checkout.summary.total')}</dt>
          <dd data-total="true">{money(order.totalPrice)}</dd>
        </Summary>
      ) : (
        <Muted>{t('checkout.summary.pending')}</Muted>
      )}
    </Section>
  );
}
