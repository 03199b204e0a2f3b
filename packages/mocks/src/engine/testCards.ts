import type { PaymentDeclineReason } from '@giftkit/core';

/** What a test card does when charged (Stripe's test numbers). */
export type TestCardOutcome =
  | { outcome: 'succeeded'; brand: string }
  | { outcome: 'declined'; message: string; reason: PaymentDeclineReason | null }
  | { outcome: 'challenge'; brand: string };

export const TEST_CARDS: Readonly<Record<string, TestCardOutcome>> = {
  '4242424242424242': { outcome: 'succeeded', brand: 'visa' },
  '5555555555554444': { outcome: 'succeeded', brand: 'mastercard' },
  '4000000000000002': { outcome: 'declined', message: 'Your card was declined.', reason: 'CARD_DECLINED' },
  '4000000000009995': { outcome: 'declined', message: 'Your card has insufficient funds.', reason: 'INSUFFICIENT_FUNDS' },
  '4000000000003220': { outcome: 'challenge', brand: 'visa' },
};

/** The challenge answers: `fail` fails authentication, any other non-empty answer passes. */
export const CHALLENGE_RESPONSES = { pass: 'complete', fail: 'fail' } as const;

/** The card number in a token (`4242 4242 4242 4242`, `4242-4242-…`, `tok_4242424242424242`). */
export function cardNumberOf(token: string): string {
  return token.replace(/^tok_/, '').replace(/[\s-]/g, '');
}

export function testCard(token: string): TestCardOutcome {
  return TEST_CARDS[cardNumberOf(token)] ?? { outcome: 'declined', message: 'Unknown test card: use one of the documented test numbers.', reason: null };
}
