import type { RedeemRefusalReason } from '@giftkit/core';

/** Every refusal reason of rule 8, in the order the platform checks them. */
export const REDEEM_REFUSAL_REASONS = [
  'NOT_FOUND',
  'REDEEMED',
  'NOT_YET_DELIVERED',
  'EXPIRED',
  'INACTIVE_OFFER',
  'PUBLISHER_GEO_RESTRICTED',
  'OFFER_GEO_RESTRICTED',
  'MORE_THAN_ONE_MATCHING_SUBSCRIPTION',
  'EXTERNALLY_MANAGED_SUBSCRIPTION',
  'RECURRING_PROCESS_ALREADY_STARTED',
] as const satisfies readonly RedeemRefusalReason[];

const REASONS: ReadonlySet<string> = new Set(REDEEM_REFUSAL_REASONS);

export function isRedeemRefusalReason(value: unknown): value is RedeemRefusalReason {
  return typeof value === 'string' && REASONS.has(value);
}

/**
 * A refusal carried by an error: the platform answers a refused redemption with 409
 * `CONFLICT` + `reason`, and an unknown code with 404 `NOT_FOUND` (`reason: 'NOT_FOUND'`).
 */
export function refusalOfError(error: { code: string; reason?: string } | null | undefined): RedeemRefusalReason | null {
  if (!error) return null;
  if ((error.code === 'CONFLICT' || error.code === 'NOT_FOUND') && isRedeemRefusalReason(error.reason)) return error.reason;
  return null;
}

/** Which next step a refusal offers besides its text. */
export function refusalAction(reason: RedeemRefusalReason): 'manage' | 'retry' | 'support' | 'none' {
  switch (reason) {
    case 'EXTERNALLY_MANAGED_SUBSCRIPTION':
      return 'manage';
    case 'RECURRING_PROCESS_ALREADY_STARTED':
      return 'retry';
    case 'EXPIRED':
    case 'INACTIVE_OFFER':
    case 'OFFER_GEO_RESTRICTED':
    case 'MORE_THAN_ONE_MATCHING_SUBSCRIPTION':
      return 'support';
    default:
      return 'none';
  }
}
