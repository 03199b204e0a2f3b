import { useEffect, useId, useRef } from 'react';
import type { OfferId, UnixSeconds } from '@giftkit/core';
import type { Appearance } from '../appearance/types';
import { CouponInput } from '../couponInput/CouponInput';
import { GiftDeliveryFields } from '../giftDeliveryForm/GiftDeliveryFields';
import { useT } from '../i18n/useT';
import { Alert } from '../primitives/Alert/Alert';
import { Skeleton } from '../primitives/Skeleton/Skeleton';
import { GiftKitRoot } from '../provider/GiftKitRoot';
import { Confirmation } from './parts/Confirmation';
import { OfferSummary } from './parts/OfferSummary';
import { PaymentStep } from './parts/PaymentStep';
import { PriceSummary } from './parts/PriceSummary';
import { PurchaseModeChoice } from './parts/PurchaseModeChoice';
import type { PaymentAdapter } from './payment/PaymentAdapter';
import { testCardAdapter } from './payment/testCardAdapter';
import { AttemptLocked, ChallengeSection, Heading, Layout, Section, SubHeading, Text } from './styles';
import { useCheckout, type CheckoutStatus } from './useCheckout';

export interface CheckoutProps {
  /**
   * The offer to buy.
   * @example offerId="S123456789_FR"
   */
  offerId: OfferId;
  /**
   * Preselect *as a gift* (when the offer is giftable). `?purchaseAsGift=true` in the page
   * URL does the same.
   * @default false
   */
  purchaseAsGift?: boolean;
  /**
   * A promotion code to apply automatically. `?couponCode=` in the page URL does the same.
   * @example couponCode="SPRING20"
   */
  couponCode?: string;
  /**
   * How card details are collected and challenges passed.
   * @default testCardAdapter (the simulated platform's test cards)
   */
  paymentAdapter?: PaymentAdapter;
  /**
   * Where the confirmation's "See my gifts" link goes.
   * @example myGiftsUrl="/account/gifts"
   */
  myGiftsUrl?: string;
  /** "Now" in Unix seconds, for delivery-date checks (tests, previews). @default the current time */
  now?: UnixSeconds;
  /** This component's appearance, merged over the provider's. */
  appearance?: Appearance;
}

/**
 * Buy an offer for yourself or as a gift: offer summary, purchase mode, delivery details,
 * promotion code, price summary from the order, payment through a `PaymentAdapter`, and a
 * confirmation. Fires `requireAuth`, `couponApplied`, `couponRemoved`, `giftPurchased`, `error`.
 * @example
 * <GiftKitProvider api={api} session={session} onRequireAuth={openLogin} onGiftPurchased={track}>
 *   <Checkout offerId="S123456789_FR" myGiftsUrl="/account/gifts" />
 * </GiftKitProvider>
 */
export function Checkout(props: CheckoutProps) {
  const { t } = useT('<Checkout>');
  return (
    <GiftKitRoot name="checkout" appearance={props.appearance} aria-label={t('checkout.title')}>
      <CheckoutFlow {...props} />
    </GiftKitRoot>
  );
}

function CheckoutFlow({ offerId, purchaseAsGift, couponCode, paymentAdapter = testCardAdapter, myGiftsUrl, now }: CheckoutProps) {
  const { t } = useT();
  const checkout = useCheckout({ offerId, purchaseAsGift, couponCode, paymentAdapter, now });
  const { status, offer, modes, mode, order } = checkout;
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = `gk-checkout-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const previous = useRef<CheckoutStatus>(status);
  const wasEditing = useRef(false);

  // Focus the new step's heading when the step changes (not on the first render). Back at the
  // form after a step that took focus with it (a failed challenge, a sign-in that reloaded the
  // customer's data), focus would be left on the page: the heading takes it, unless a message
  // already did.
  useEffect(() => {
    const from = previous.current;
    previous.current = status;
    if (from === status) return;
    const active = document.activeElement; // effects run in the browser only
    const focusLost = active === null || active === document.body;
    const backAtForm = status === 'editing' && (from === 'challenge' || (wasEditing.current && focusLost));
    if (status === 'challenge' || status === 'done' || backAtForm) heading.current?.focus();
    if (status === 'editing') wasEditing.current = true;
  }, [status]);

  if (status === 'loading') {
    return (
      <Layout className="gk-checkout" data-status={status} aria-busy="true">
        <Heading className="gk-checkoutHeading">{t('checkout.title')}</Heading>
        <Skeleton lines={6} label={t('checkout.loading')} />
      </Layout>
    );
  }
  if (status === 'loadFailed') {
    const code = checkout.loadError?.code ?? 'UNKNOWN';
    return (
      <Layout className="gk-checkout" data-status={status}>
        <Heading className="gk-checkoutHeading">{t('checkout.title')}</Heading>
        <Alert variant="danger" title={t('checkout.loadFailed')} onAction={checkout.retryLoad}>
          {t(`errors.${code}`)}
        </Alert>
      </Layout>
    );
  }
  if (status === 'done' && checkout.receipt) {
    return (
      <Layout className="gk-checkout" data-status={status}>
        <Confirmation ref={heading} receipt={checkout.receipt} myGiftsUrl={myGiftsUrl} />
      </Layout>
    );
  }
  if (!offer || !modes) return null;
  if (status === 'unavailable' || !mode) {
    const reason = modes.myself.available ? null : modes.myself.reason;
    return (
      <Layout className="gk-checkout" data-status="unavailable">
        <Heading ref={heading} tabIndex={-1} className="gk-checkoutHeading">
          {t('checkout.unavailable.heading')}
        </Heading>
        <OfferSummary offer={offer} />
        <Alert variant="warning">{t(`checkout.reasons.${reason ?? 'INACTIVE'}`)}</Alert>
      </Layout>
    );
  }
  if (status === 'challenge' && checkout.challenge) {
    const Challenge = paymentAdapter.Challenge;
    return (
      <Layout className="gk-checkout" data-status={status}>
        <ChallengeSection className="gk-challengeStep" aria-labelledby={`${ids}-challenge`}>
          <Heading ref={heading} tabIndex={-1} id={`${ids}-challenge`} className="gk-checkoutHeading">
            {t('checkout.challenge.heading')}
          </Heading>
          {Challenge ? (
            <Challenge challenge={checkout.challenge} onComplete={(r) => void checkout.completeChallenge(r)} onCancel={checkout.cancelChallenge} busy={false} />
          ) : (
            <Skeleton lines={2} label={t('checkout.challenge.text')} />
          )}
        </ChallengeSection>
      </Layout>
    );
  }

  const busy = status === 'paying';
  // While a payment attempt is unresolved, what it pays for cannot change (see useCheckout).
  const locked = busy || checkout.attemptUnresolved;
  const giftable = modes.gift.available;
  return (
    <Layout className="gk-checkout" data-status={status} data-mode={mode}>
      <Heading ref={heading} tabIndex={-1} className="gk-checkoutHeading">
        {t('checkout.title')}
      </Heading>
      <Section aria-labelledby={`${ids}-offer`}>
        <SubHeading id={`${ids}-offer`}>{t('checkout.offer.heading')}</SubHeading>
        <OfferSummary offer={offer} />
        {giftable ? (
          <PurchaseModeChoice modes={modes} mode={mode} onChange={checkout.setMode} disabled={locked} />
        ) : !modes.gift.available ? (
          <Text className="gk-purchaseMode">{t(`checkout.reasons.${modes.gift.reason}`)}</Text>
        ) : null}
      </Section>
      {checkout.orderError ? (
        <Alert variant="danger" title={t('checkout.order.failed')} onAction={checkout.retryOrder}>
          {t(`errors.${checkout.orderError.code}`)}
        </Alert>
      ) : null}
      {checkout.attemptUnresolved ? (
        <AttemptLocked variant="info" className="gk-attemptLocked">
          {t('checkout.payment.locked')}
        </AttemptLocked>
      ) : null}
      {mode === 'gift' ? (
        <Section aria-labelledby={`${ids}-delivery`}>
          <SubHeading id={`${ids}-delivery`}>{t('deliveryForm.title')}</SubHeading>
          <GiftDeliveryFields form={checkout.form} disabled={locked} />
        </Section>
      ) : null}
      {order ? (
        <CouponInput
          root={false}
          order={order}
          onOrderChange={checkout.setOrder}
          couponCode={checkout.couponCode}
          disabled={locked}
          onDraftChange={checkout.setCouponDraft}
          unappliedError={checkout.couponUnapplied}
          inputRef={checkout.registerCouponInput}
        />
      ) : null}
      <PriceSummary order={order} offer={offer} headingId={`${ids}-summary`} />
      <PaymentStep headingId={`${ids}-payment`} checkout={checkout} adapter={paymentAdapter} order={order} offer={offer} mode={mode} />
    </Layout>
  );
}
