import { CHALLENGE_RESPONSES } from '../engine/testCards';

/** Test card numbers (Stripe's), typed as a customer would. */
export const SEED_CARDS = {
  /** Pays. */
  success: '4242 4242 4242 4242',
  /** Pays (another brand). */
  successMastercard: '5555 5555 5555 4444',
  /** Declined: `PAYMENT_DECLINED`. */
  decline: '4000 0000 0000 0002',
  /** Declined for insufficient funds. */
  insufficientFunds: '4000 0000 0000 9995',
  /** Answers `requires_action`; confirm with `challengeResponse` (`complete` passes, `fail` fails). */
  challenge: '4000 0000 0000 3220',
} as const;

export const SEED_CHALLENGE_RESPONSES = CHALLENGE_RESPONSES;
