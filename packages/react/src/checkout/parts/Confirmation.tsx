import { forwardRef } from 'react';
import { giftEditability, type GiftEditability } from '@giftkit/core';
import { tIsolated } from '../../i18n/isolate';
import { useT } from '../../i18n/useT';
import type { CheckoutReceipt } from '../useCheckout';
import { ConfirmationSection, Heading, Link, Note, Summary, Text } from '../styles';

export interface ConfirmationProps {
  receipt: CheckoutReceipt;
  myGiftsUrl?: string;
}

/**
 * Recipient, offer, delivery time (gifter's zone, recipient's when given), edit deadline, link to My gifts.
 * Text from the platform or the viewer (names, addresses, the offer's title, the note) is
 * isolated (`<bdi>`, `dir="auto"`) so it keeps its own direction in any locale.
 */
export const Confirmation = forwardRef<HTMLHeadingElement, ConfirmationProps>(function Confirmation({ receipt, myGiftsUrl }, ref) {
  const { t, format } = useT();
  const { offer, details, order } = receipt;
  if (receipt.mode === 'myself' || !details) {
    return (
      <ConfirmationSection className="gk-confirmation" data-mode="myself">
        <Heading ref={ref} tabIndex={-1} className="gk-checkoutHeading">
          {t('checkout.done.myselfHeading')}
        </Heading>
        <Text>{tIsolated(t, 'checkout.done.myselfText', 'offer', offer.title)}</Text>
      </ConfirmationSection>
    );
  }
  const zone = details.timeZone ?? 'UTC';
  const when = (instant: number, timeZone: string) => format.dateTime(instant, { timeZone, withZone: true });
  // Rule 6 as of payment: a gift delivered today was never editable.
  let editWindow: GiftEditability | null = null;
  try {
    editWindow = giftEditability({ sentAt: null, redeemedAt: null, deliveryDetails: details, timeZone: zone }, receipt.paidAt);
  } catch {
    editWindow = null;
  }
  return (
    <ConfirmationSection className="gk-confirmation" data-mode="gift">
      <Heading ref={ref} tabIndex={-1} className="gk-checkoutHeading">
        {t('checkout.done.giftHeading')}
      </Heading>
      <Summary>
        <dt>{t('checkout.done.recipient')}</dt>
        <dd>
          {details.recipientName ? (
            <>
              <bdi>{details.recipientName}</bdi> &lt;<bdi>{details.recipientEmail}</bdi>&gt;
            </>
          ) : (
            <bdi>{details.recipientEmail}</bdi>
          )}
        </dd>
        <dt>{t('checkout.done.offer')}</dt>
        <dd>
          <bdi>{offer.title}</bdi>
        </dd>
        <dt>{t('checkout.done.delivery')}</dt>
        <dd>{when(details.deliveryDate, zone)}</dd>
        {receipt.recipientTimeZone && receipt.recipientTimeZone !== zone ? (
          <>
            <dt>{t('checkout.done.deliveryRecipient')}</dt>
            <dd>{when(details.deliveryDate, receipt.recipientTimeZone)}</dd>
          </>
        ) : null}
        {editWindow !== null ? (
          <>
            <dt>{t('checkout.done.editUntil')}</dt>
            <dd>{editWindow.editable ? when(editWindow.closesAt, zone) : t('checkout.done.editClosed')}</dd>
          </>
        ) : null}
        <dt>{t('checkout.done.total')}</dt>
        <dd>{format.money(order.totalPrice, order.currency)}</dd>
      </Summary>
      {details.personalNote ? (
        <>
          <Text>
            <strong>{t('checkout.done.note')}</strong>
          </Text>
          <Note dir="auto">{details.personalNote}</Note>
        </>
      ) : null}
      {myGiftsUrl ? <Link href={myGiftsUrl}>{t('checkout.done.myGifts')}</Link> : null}
    </ConfirmationSection>
  );
});
