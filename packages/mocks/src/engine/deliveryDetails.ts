import {
  checkDeliveryWindow,
  isCompleteDeliveryDetails,
  isValidTimeZone,
  normalizeEmail,
  normalizePersonalNote,
  validateEmail,
  validatePersonalNote,
  validateRecipientName,
  type DeliveryDetails,
  type UnixSeconds,
} from '@giftkit/core';
import { validation } from './errors';

const MESSAGES: Record<string, string> = {
  REQUIRED: 'is required',
  INVALID_EMAIL: 'is not a valid email address',
  TOO_LONG: 'is too long',
  INVALID_CHARACTERS: 'contains characters that are not allowed',
  INVALID_DATE: 'is not a valid Unix time in seconds',
  INVALID_TIME_ZONE: 'is not a known IANA time zone',
  IN_PAST: 'is in the past',
  TOO_FAR_AHEAD: 'is more than 365 days ahead',
};

const invalid = (field: string, issue: string) => validation(field, `${field} ${MESSAGES[issue] ?? 'is invalid'}.`, issue);

/**
 * Rule 4 on what a client sent (order update or gift edit): the complete details, each field
 * checked by core's validators, normalised (email trimmed, note's line breaks unified).
 * Throws `VALIDATION` with the `field` at fault and the issue as `reason`.
 */
export function validateDeliveryDetails(input: Partial<DeliveryDetails> | null | undefined, now: UnixSeconds): DeliveryDetails {
  if (!isCompleteDeliveryDetails(input)) {
    const missing = (['recipientEmail', 'deliveryDate', 'personalNote'] as const).find((field) => {
      const value: unknown = input?.[field];
      return field === 'deliveryDate' ? typeof value !== 'number' || !Number.isFinite(value) : typeof value !== 'string';
    });
    throw invalid(missing ?? 'deliveryDetails', 'REQUIRED');
  }
  const emailIssue = validateEmail(input.recipientEmail);
  if (emailIssue) throw invalid('recipientEmail', emailIssue);
  const noteIssue = validatePersonalNote(input.personalNote);
  if (noteIssue) throw invalid('personalNote', noteIssue);
  const name: unknown = input.recipientName;
  if (name != null && (typeof name !== 'string' || validateRecipientName(name))) {
    throw invalid('recipientName', typeof name === 'string' ? (validateRecipientName(name) ?? 'INVALID_CHARACTERS') : 'INVALID_CHARACTERS');
  }
  const timeZone: unknown = input.timeZone;
  if (timeZone != null && (typeof timeZone !== 'string' || !isValidTimeZone(timeZone))) throw invalid('timeZone', 'INVALID_TIME_ZONE');
  if (!Number.isInteger(input.deliveryDate) || input.deliveryDate < 0) throw invalid('deliveryDate', 'INVALID_DATE');
  const windowIssue = checkDeliveryWindow(input.deliveryDate, now);
  if (windowIssue) throw invalid('deliveryDate', windowIssue);

  const details: DeliveryDetails = {
    recipientEmail: normalizeEmail(input.recipientEmail),
    deliveryDate: input.deliveryDate,
    personalNote: normalizePersonalNote(input.personalNote),
  };
  if (typeof name === 'string' && name.trim() !== '') details.recipientName = name.trim();
  if (typeof timeZone === 'string') details.timeZone = timeZone;
  return details;
}
