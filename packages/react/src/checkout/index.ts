// Public exports of this flow; re-exported from the package entry.
export { Checkout, type CheckoutProps } from './Checkout';
export { useCheckout, type CheckoutState, type CheckoutStatus, type CheckoutReceipt, type UseCheckoutOptions } from './useCheckout';
export { testCardAdapter } from './payment/testCardAdapter';
export type {
  PaymentAdapter,
  PaymentFieldsProps,
  PaymentFieldValues,
  PaymentCollectResult,
  PaymentChallenge,
  PaymentChallengeProps,
} from './payment/PaymentAdapter';
