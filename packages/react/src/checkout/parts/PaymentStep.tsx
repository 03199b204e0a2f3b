import { paymentDeclineReason, type Offer, type Order, type PurchaseMode } from '@giftkit/core';
import { useT } from '../../i18n/useT';
import { Alert } from '../../primitives/Alert/Alert';
import { Button } from '../../primitives/Button/Button';
import type { PaymentAdapter } from '../payment/PaymentAdapter';
import type { CheckoutState } from '../useCheckout';
import { Legal, Muted, PaymentSection, SubHeading } from '../styles';

export interface PaymentStepProps {
  checkout: CheckoutState;
  adapter: PaymentAdapter;
  order: Order | null;
  offer: Offer;
  mode: PurchaseMode;
  headingId: string;
}

/** The legal copy, the adapter's fields (or "nothing to pay"), the payment error with retry, and Pay. */
export function PaymentStep({ checkout, adapter, order, offer, mode, headingId }: PaymentStepProps) {
  const { t, format } = useT();
  const busy = checkout.status === 'paying';
  const free = order ? !order.requiredPaymentDetails : false;
  const Fields = adapter.Fields;
  const total = format.money(order?.totalPrice ?? offer.price.amount, order?.currency ?? offer.price.currency);
  const error = checkout.payError;
  // The bank's precise reason when the platform sent one; otherwise the general decline text.
  const declineReason = error ? paymentDeclineReason(error) : null;
  return (
    <PaymentSection className="gk-paymentStep" aria-labelledby={headingId} data-adapter={adapter.name}>
      <SubHeading id={headingId}>{t('checkout.payment.heading')}</SubHeading>
      <Legal className="gk-legalCopy">{mode === 'gift' ? t('checkout.legal.gift') : t('checkout.legal.myself')}</Legal>
      {!checkout.signedIn ? (
        <Alert variant="info" onAction={checkout.requestAuth} actionLabel={t('checkout.auth.signIn')}>
          {t('checkout.auth.required')}
        </Alert>
      ) : null}
      {free ? (
        <Muted>{t('checkout.payment.free')}</Muted>
      ) : Fields ? (
        <Fields
          values={checkout.paymentValues}
          onChange={checkout.setPaymentValues}
          error={checkout.paymentFieldError ? t(`checkout.card.${checkout.paymentFieldError}`) : null}
          disabled={busy || checkout.attemptUnresolved}
          inputRef={checkout.registerPaymentInput}
        />
      ) : null}
      {error ? (
        <Alert variant="danger" title={t('checkout.payment.failed')} onAction={error.code === 'PAYMENT_DECLINED' ? undefined : checkout.pay} actionLabel={t('checkout.payment.retry')}>
          {declineReason ? t(`checkout.payment.declined.${declineReason}`) : t(`errors.${error.code}`)} {error.code === 'PAYMENT_DECLINED' ? null : t('checkout.payment.retrySafe')}
        </Alert>
      ) : null}
      {checkout.cancelled ? <Alert variant="info">{t('checkout.payment.cancelled')}</Alert> : null}
      <div>
        <Button onClick={checkout.pay} loading={busy} disabled={checkout.signedIn && !order} fullWidth>
          {free ? t('checkout.payment.confirmFree') : t('checkout.payment.pay', { total })}
        </Button>
      </div>
    </PaymentSection>
  );
}
