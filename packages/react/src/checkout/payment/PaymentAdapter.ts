import type { ComponentType } from 'react';
import type { PaymentMethodInput } from '@giftkit/core';

/** What an adapter's fields hold: plain strings, kept by `Checkout` so nothing typed is lost. */
export type PaymentFieldValues = Readonly<Record<string, string>>;

/** Props `Checkout` gives an adapter's `Fields`. */
export interface PaymentFieldsProps {
  values: PaymentFieldValues;
  onChange: (values: PaymentFieldValues) => void;
  /** A localised error for the fields, after `collect` refused them. */
  error: string | null;
  disabled: boolean;
  /** Register the first control, so `Checkout` can focus it on an error. */
  inputRef: (element: HTMLElement | null) => void;
}

/** What `collect` answers: a method to pay with, or why the fields are not usable. */
export type PaymentCollectResult = { ok: true; method: PaymentMethodInput } | { ok: false; error: 'REQUIRED' | 'INVALID' };

/** The challenge the platform asked for (3-D Secure and the like). */
export interface PaymentChallenge {
  type: 'challenge';
  challengeId: string;
}

/** Props `Checkout` gives an adapter's `Challenge` step. */
export interface PaymentChallengeProps {
  challenge: PaymentChallenge;
  /** Send the challenge answer; `Checkout` confirms the payment with the same idempotency key. */
  onComplete: (challengeResponse: string) => void;
  /** The viewer gives up: the attempt ends. */
  onCancel: () => void;
  busy: boolean;
}

/**
 * How `Checkout` collects a payment method and passes a challenge step. The default is
 * `testCardAdapter` (the simulated platform's test cards); write your own for a real PSP.
 * @example
 * const myAdapter: PaymentAdapter = {
 *   name: 'psp',
 *   Fields: MyCardFields,
 *   collect: async (values) => ({ ok: true, method: { type: 'card', token: await psp.tokenize(values) } }),
 *   confirm: async (challenge) => psp.handleChallenge(challenge.challengeId),
 * };
 */
export interface PaymentAdapter {
  /** A short name, shown on `data-adapter`. */
  name: string;
  /** The inputs (card number, …). Omit for adapters that need none (wallets, redirects). */
  Fields?: ComponentType<PaymentFieldsProps>;
  /** Turns what was entered into a `PaymentMethodInput` (a token, never a raw card in production). */
  collect: (values: PaymentFieldValues) => PaymentCollectResult | Promise<PaymentCollectResult>;
  /** A challenge step rendered inside `Checkout`. Takes precedence over `confirm`. */
  Challenge?: ComponentType<PaymentChallengeProps>;
  /** A headless challenge step (the PSP shows its own UI): resolves with the answer. */
  confirm?: (challenge: PaymentChallenge, options: { signal: AbortSignal }) => Promise<string>;
}
