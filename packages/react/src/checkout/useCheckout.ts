import { useCallback, useEffect, useRef, useState } from 'react';
import {
  hasAccessToOffer,
  isGiftsApiErrorCode,
  toGiftsApiError,
  parsePurchaseAsGift,
  purchaseModes,
  type DeliveryDetails,
  type Offer,
  type OfferId,
  type Order,
  type Payment,
  type PaymentMethodInput,
  type PurchaseMode,
  type PurchaseModes,
  type ResolvedDeliveryTime,
  type UnixSeconds,
} from '@giftkit/core';
import { useUpdateOrderMutation } from '../couponInput/orderApi';
import { nowSeconds, useGiftDeliveryForm, type GiftDeliveryFormState } from '../giftDeliveryForm/useGiftDeliveryForm';
import { useGiftKit } from '../provider/context';
import { useEmit } from '../provider/useEmit';
import { useGetOfferQuery, useListSubscriptionsQuery, type StoredError } from '../store/giftsApi';
import { useCreateOrderMutation, usePayOrderMutation } from './api';
import { newIdempotencyKey } from './payment/idempotencyKey';
import type { PaymentAdapter, PaymentChallenge, PaymentCollectResult, PaymentFieldValues } from './payment/PaymentAdapter';

/**
 * Where the checkout is:
 * - `loading`: the offer (and the customer's subscriptions) are on their way;
 * - `loadFailed`: the offer could not be read (retry);
 * - `unavailable`: the offer cannot be bought at all (the reason is shown);
 * - `editing`: choosing mode, delivery, code and payment details;
 * - `paying`: a payment attempt is running;
 * - `challenge`: the bank asks for a confirmation step;
 * - `done`: paid; the confirmation is shown.
 */
export type CheckoutStatus = 'loading' | 'loadFailed' | 'unavailable' | 'editing' | 'paying' | 'challenge' | 'done';

/** What the confirmation shows. */
export interface CheckoutReceipt {
  payment: Payment;
  order: Order;
  offer: Offer;
  mode: PurchaseMode;
  details: DeliveryDetails | null;
  schedule: ResolvedDeliveryTime | null;
  recipientTimeZone: string | null;
  /** When the payment succeeded (the confirmation tells whether the gift can still be edited). */
  paidAt: UnixSeconds;
}

export interface UseCheckoutOptions {
  offerId: OfferId;
  /** Preselect gift mode (also `?purchaseAsGift=true`). */
  purchaseAsGift?: boolean;
  /** A code to apply automatically (also `?couponCode=`). */
  couponCode?: string | null;
  paymentAdapter: PaymentAdapter;
  now?: UnixSeconds;
}

export interface CheckoutState {
  status: CheckoutStatus;
  offer: Offer | null;
  modes: PurchaseModes | null;
  mode: PurchaseMode | null;
  setMode: (mode: PurchaseMode) => void;
  signedIn: boolean;
  /** Ask the host to sign the viewer in (`requireAuth`). */
  requestAuth: () => void;
  order: Order | null;
  setOrder: (order: Order) => void;
  orderError: StoredError | null;
  retryOrder: () => void;
  loadError: StoredError | null;
  retryLoad: () => void;
  form: GiftDeliveryFormState;
  couponCode: string | null;
  /**
   * The coupon field's text that is not applied to the order (`CouponInput`'s
   * `onDraftChange`). While there is one, `pay` does not pay: it sets `couponUnapplied` and
   * focuses the field, so a total the viewer did not see is never charged.
   */
  couponDraft: string;
  setCouponDraft: (draft: string) => void;
  /** `pay` was refused because a code is typed but not applied: the field says so (`CouponInput`'s `unappliedError`). */
  couponUnapplied: boolean;
  /** Registers the coupon's text input so `pay` can focus it. */
  registerCouponInput: (element: HTMLInputElement | null) => void;
  paymentValues: PaymentFieldValues;
  setPaymentValues: (values: PaymentFieldValues) => void;
  paymentFieldError: 'REQUIRED' | 'INVALID' | null;
  registerPaymentInput: (element: HTMLElement | null) => void;
  payError: StoredError | null;
  /**
   * A payment attempt got no definite answer (a dropped response, a timeout): it may have
   * gone through. Until it is retried (with the same idempotency key), the mode, delivery
   * details, code and card are locked, and `pay` retries exactly that attempt, so the gift
   * and the confirmation always match what the viewer sees.
   */
  attemptUnresolved: boolean;
  cancelled: boolean;
  pay: () => Promise<void>;
  challenge: PaymentChallenge | null;
  completeChallenge: (response: string) => Promise<void>;
  cancelChallenge: () => void;
  receipt: CheckoutReceipt | null;
}

/** Errors from RTK Query are stored data already; an adapter may throw anything else. */
function toStoredError(error: unknown): StoredError {
  if (typeof error === 'object' && error !== null && isGiftsApiErrorCode((error as { code?: unknown }).code)) return error as StoredError;
  const converted = toGiftsApiError(error);
  return { code: converted.code, message: converted.message };
}

function readUrlParams(): { gift: boolean; coupon: string | null } {
  if (typeof window === 'undefined') return { gift: false, coupon: null };
  const params = new URLSearchParams(window.location.search);
  return { gift: parsePurchaseAsGift(params.get('purchaseAsGift')), coupon: params.get('couponCode') };
}

/** The checkout's behaviour: a status union, the order from the API, one idempotent payment per attempt. */
export function useCheckout(options: UseCheckoutOptions): CheckoutState {
  const { offerId, paymentAdapter: adapter } = options;
  const { session } = useGiftKit('<Checkout>');
  const emit = useEmit();
  const [mountedAt] = useState(nowSeconds);
  const now = options.now ?? mountedAt;

  const [url, setUrl] = useState<{ gift: boolean; coupon: string | null }>({ gift: false, coupon: null });
  useEffect(() => setUrl(readUrlParams()), []);

  const offerQuery = useGetOfferQuery(offerId);
  const subsQuery = useListSubscriptionsQuery(undefined, { skip: !session });
  const offer = offerQuery.data ?? null;
  const subsReady = !session || !subsQuery.isLoading;
  const hasAccess = session && subsQuery.data ? hasAccessToOffer(subsQuery.data, offerId, now) : false;
  const modes = offer ? purchaseModes({ offer, hasAccess, preferGift: Boolean(options.purchaseAsGift) || url.gift }) : null;
  const [chosen, setChosen] = useState<PurchaseMode | null>(null);
  const mode: PurchaseMode | null = modes ? (chosen && modes[chosen].available ? chosen : modes.initial) : null;

  const [createOrder] = useCreateOrderMutation();
  const [updateOrder] = useUpdateOrderMutation();
  const [payOrder] = usePayOrderMutation();

  const [order, setOrder] = useState<Order | null>(null);
  const [orderError, setOrderError] = useState<StoredError | null>(null);
  const creating = useRef(false);
  const orderKey = useRef<string | null>(null);
  const [orderAttempt, setOrderAttempt] = useState(0);

  // One order per checkout: created once signed in and the mode is known. The ref keeps
  // StrictMode's second effect run from creating another.
  useEffect(() => {
    if (!session || !offer || !mode || !subsReady || order || creating.current || orderError) return;
    creating.current = true;
    orderKey.current ??= newIdempotencyKey();
    createOrder({ offerId, buyAsAGift: mode === 'gift', idempotencyKey: orderKey.current })
      .unwrap()
      .then(setOrder, (error: StoredError) => {
        setOrderError(error);
        emit('error', { code: error.code, message: error.message, flow: 'checkout' });
      })
      .finally(() => {
        creating.current = false;
      });
  }, [session, offer, mode, subsReady, order, orderError, offerId, createOrder, emit, orderAttempt]);

  const setMode = useCallback(
    (next: PurchaseMode) => {
      if (attemptKey.current) return; // locked while a payment attempt is unresolved
      setChosen(next);
      if (order && order.buyAsAGift !== (next === 'gift')) {
        updateOrder({ orderId: order.id, patch: { buyAsAGift: next === 'gift' } })
          .unwrap()
          .then(setOrder, (error: StoredError) => setOrderError(error));
      }
    },
    [order, updateOrder],
  );

  const form = useGiftDeliveryForm({ now });
  const [paymentValues, setPaymentValues] = useState<PaymentFieldValues>({});
  const [paymentFieldError, setPaymentFieldError] = useState<'REQUIRED' | 'INVALID' | null>(null);
  const paymentInput = useRef<HTMLElement | null>(null);
  const registerPaymentInput = useCallback((element: HTMLElement | null) => {
    paymentInput.current = element;
  }, []);

  const [couponDraft, setDraft] = useState('');
  const [couponUnapplied, setCouponUnapplied] = useState(false);
  const couponInput = useRef<HTMLInputElement | null>(null);
  const setCouponDraft = useCallback((draft: string) => {
    setDraft(draft);
    setCouponUnapplied(false); // edited, cleared or applied: the next Pay checks again
  }, []);
  const registerCouponInput = useCallback((element: HTMLInputElement | null) => {
    couponInput.current = element;
  }, []);

  const [phase, setPhase] = useState<'editing' | 'paying' | 'challenge' | 'done'>('editing');
  const [payError, setPayError] = useState<StoredError | null>(null);
  const [attemptUnresolved, setAttemptUnresolved] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const [challenge, setChallenge] = useState<PaymentChallenge | null>(null);
  const [receipt, setReceipt] = useState<CheckoutReceipt | null>(null);
  const inFlight = useRef(false);
  const attemptKey = useRef<string | null>(null);
  const attemptMethod = useRef<PaymentMethodInput | null>(null);
  const attemptDelivery = useRef<{ details: DeliveryDetails; schedule: ResolvedDeliveryTime; recipientTimeZone: string | null } | null>(null);
  const sentDetails = useRef<string | null>(null);
  const challengeAbort = useRef<AbortController | null>(null);

  const requestAuth = useCallback(() => emit('requireAuth', { flow: 'checkout' }), [emit]);

  const fail = useCallback(
    (error: StoredError) => {
      // A definite decline ends the attempt; anything else (timeout, 5xx) keeps its key for the retry.
      if (error.code === 'PAYMENT_DECLINED') attemptKey.current = null;
      // The key exists only once the payment request went out: then its outcome is unknown.
      setAttemptUnresolved(attemptKey.current !== null);
      setPayError(error);
      setPhase('editing');
      setChallenge(null);
      emit('error', { code: error.code, message: error.message, flow: 'checkout' });
      if (error.code === 'UNAUTHORIZED') requestAuth();
    },
    [emit, requestAuth],
  );

  const settle = useCallback(
    async (payment: Payment, paidOrder: Order): Promise<void> => {
      if (payment.status === 'succeeded') {
        attemptKey.current = null;
        setAttemptUnresolved(false);
        const delivery = attemptDelivery.current;
        const paidMode: PurchaseMode = paidOrder.buyAsAGift ? 'gift' : 'myself';
        if (offer) {
          setReceipt({ payment, order: paidOrder, offer, mode: paidMode, details: delivery?.details ?? null, schedule: delivery?.schedule ?? null, recipientTimeZone: delivery?.recipientTimeZone ?? null, paidAt: options.now ?? nowSeconds() });
        }
        setChallenge(null);
        setPhase('done');
        if (paidMode === 'gift') emit('giftPurchased', { giftId: payment.giftId ?? null, transactionId: payment.transactionId, orderId: paidOrder.id, offerId: paidOrder.offerId });
        return;
      }
      if (payment.status === 'declined') {
        fail({ code: 'PAYMENT_DECLINED', message: 'The payment was declined.' });
        return;
      }
      const action = payment.action;
      if (!action) {
        fail({ code: 'BAD_RESPONSE', message: 'A payment that requires action came without its action.' });
        return;
      }
      setChallenge(action);
      setPhase('challenge');
      if (!adapter.Challenge && adapter.confirm) {
        const controller = new AbortController();
        challengeAbort.current = controller;
        let response: string;
        try {
          response = await adapter.confirm(action, { signal: controller.signal });
        } catch (error) {
          if (controller.signal.aborted) return; // the viewer cancelled: cancelChallenge said so
          throw error;
        }
        if (controller.signal.aborted) return;
        challengeAbort.current = null;
        inFlight.current = false; // the confirmation is its own request on the same attempt
        await confirmRef.current(response);
      }
    },
    [adapter, emit, fail, offer],
  );

  const confirmChallenge = useCallback(
    async (response: string) => {
      const key = attemptKey.current;
      const method = attemptMethod.current;
      if (!order || !key || !method || inFlight.current) return;
      inFlight.current = true;
      setPhase('paying');
      try {
        const payment = await payOrder({ orderId: order.id, paymentMethod: { ...method, challengeResponse: response }, idempotencyKey: key }).unwrap();
        await settle(payment, order);
      } catch (error) {
        fail(toStoredError(error));
      } finally {
        inFlight.current = false;
      }
    },
    [order, payOrder, settle, fail],
  );
  const confirmRef = useRef(confirmChallenge);
  confirmRef.current = confirmChallenge;

  const cancelChallenge = useCallback(() => {
    const controller = challengeAbort.current;
    challengeAbort.current = null;
    controller?.abort();
    attemptKey.current = null; // the pending attempt is abandoned; a new one gets a new key
    setAttemptUnresolved(false);
    setChallenge(null);
    setCancelled(true);
    setPhase('editing');
  }, []);

  /** The adapter's payment method, or `null` after showing the card field's error. */
  const collectMethod = useCallback(async (current: Order): Promise<PaymentMethodInput | null> => {
    if (!current.requiredPaymentDetails) return { type: 'free' };
    let collected: PaymentCollectResult;
    try {
      collected = await adapter.collect(paymentValues);
    } catch {
      collected = { ok: false, error: 'INVALID' };
    }
    if (collected.ok) return collected.method;
    setPaymentFieldError(collected.error);
    paymentInput.current?.focus();
    return null;
  }, [adapter, paymentValues]);

  const pay = useCallback(async () => {
    if (inFlight.current || phase === 'done') return;
    if (!session) {
      requestAuth();
      return;
    }
    if (!order || !mode) return;
    // An unresolved attempt is retried as it was sent: same key, method, order and details.
    const retry = attemptKey.current && attemptMethod.current ? { key: attemptKey.current, method: attemptMethod.current } : null;
    const delivery = !retry && mode === 'gift' ? form.validate() : null;
    // A code typed but not applied is not on the order: paying would charge a total without it
    // that the viewer did not expect. Say so on the field (with the delivery errors, if any).
    const draftPending = !retry && couponDraft.trim() !== '';
    if (draftPending) setCouponUnapplied(true);
    if (delivery && !delivery.ok) return;
    if (draftPending) {
      couponInput.current?.focus();
      return;
    }
    // Claim the attempt before any await: double clicks stop here.
    inFlight.current = true;
    setCancelled(false);
    try {
      const method = retry?.method ?? (await collectMethod(order));
      if (!method) return;
      setPaymentFieldError(null);
      setPayError(null);
      setPhase('paying');
      let current = order;
      let key: string;
      if (retry) key = retry.key;
      else {
        if (delivery?.ok) {
          attemptDelivery.current = { details: delivery.details, schedule: delivery.schedule, recipientTimeZone: delivery.recipientTimeZone };
          const fingerprint = JSON.stringify(delivery.details);
          if (sentDetails.current !== fingerprint) {
            current = await updateOrder({ orderId: order.id, patch: { deliveryDetails: delivery.details } }).unwrap();
            sentDetails.current = fingerprint;
            setOrder(current);
          }
        } else attemptDelivery.current = null;
        key = newIdempotencyKey();
        attemptMethod.current = method;
        attemptKey.current = key;
      }
      const payment = await payOrder({ orderId: current.id, paymentMethod: method, idempotencyKey: key }).unwrap();
      await settle(payment, current);
    } catch (error) {
      fail(toStoredError(error));
    } finally {
      inFlight.current = false;
    }
  }, [phase, session, requestAuth, order, mode, form, couponDraft, collectMethod, updateOrder, payOrder, settle, fail]);

  let status: CheckoutStatus;
  if (phase === 'done' && receipt) status = 'done';
  else if (offerQuery.isLoading || (session && subsQuery.isLoading && !order)) status = 'loading';
  else if (!offer) status = offerQuery.error ? 'loadFailed' : 'loading';
  else if (!modes?.initial) status = 'unavailable';
  else status = phase === 'done' ? 'editing' : phase;

  return {
    status,
    offer,
    modes,
    mode,
    setMode,
    signedIn: Boolean(session),
    requestAuth,
    order,
    setOrder,
    orderError,
    retryOrder: () => {
      setOrderError(null);
      setOrderAttempt((n) => n + 1);
    },
    loadError: (offerQuery.error as StoredError | undefined) ?? null,
    retryLoad: () => void offerQuery.refetch(),
    form,
    couponCode: options.couponCode ?? url.coupon,
    couponDraft,
    setCouponDraft,
    couponUnapplied,
    registerCouponInput,
    paymentValues,
    setPaymentValues,
    paymentFieldError,
    registerPaymentInput,
    payError,
    attemptUnresolved,
    cancelled,
    pay,
    challenge,
    completeChallenge: confirmChallenge,
    cancelChallenge,
    receipt,
  };
}
