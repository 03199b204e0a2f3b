import type { DeliveryDetails } from '../model/delivery';
import type { UnixSeconds } from '../model/ids';
import { checkDeliveryWindow, resolveDeliveryTime, type ResolvedDeliveryTime } from './schedule';

export const PERSONAL_NOTE_MAX_LENGTH = 255;
export const RECIPIENT_NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;

/** One code per field problem; the UI maps each to localised text. */
export type FieldIssue =
  | 'REQUIRED'
  | 'INVALID_EMAIL'
  | 'EMAIL_MISMATCH'
  | 'TOO_LONG'
  | 'INVALID_CHARACTERS'
  | 'INVALID_DATE'
  | 'INVALID_HOUR'
  | 'INVALID_TIME_ZONE'
  | 'IN_PAST'
  | 'TOO_FAR_AHEAD';

// Control characters never belong in an address or a name; format characters (bidi marks,
// zero-width joiners) are invisible and make two addresses look the same.
const CONTROL = /\p{Cc}/u;
const INVISIBLE_OR_SPACE = /[\p{Cc}\p{Cf}\p{Z}\s]/u;
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]{1,64}$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^[\p{L}]{2,63}$|^xn--[a-z0-9-]{2,59}$/iu;

/** Length as people count it for limits: code points, so an emoji is one, not two. */
export function textLength(value: string): number {
  let length = 0;
  for (const _ of value) length += 1;
  return length;
}

/** Emails are trimmed before anything else. */
export function normalizeEmail(value: string): string {
  return value.trim();
}

/** Rule 4: a valid address (pragmatic RFC 5321 shape, international letters allowed). */
export function validateEmail(value: string): FieldIssue | null {
  const email = normalizeEmail(value);
  if (email === '') return 'REQUIRED';
  if (email.length > EMAIL_MAX_LENGTH) return 'TOO_LONG';
  if (INVISIBLE_OR_SPACE.test(email)) return 'INVALID_EMAIL';
  const at = email.lastIndexOf('@');
  if (at < 1) return 'INVALID_EMAIL';
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  if (!LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return 'INVALID_EMAIL';
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return 'INVALID_EMAIL';
  if (!TOP_LEVEL.test(labels[labels.length - 1] ?? '')) return 'INVALID_EMAIL';
  return null;
}

/** The two typed addresses agree, ignoring case and surrounding spaces. */
export function emailsMatch(a: string, b: string): boolean {
  return normalizeEmail(a).toLowerCase() === normalizeEmail(b).toLowerCase();
}

/** Notes are plain text: line breaks unified, surrounding spaces dropped. Never HTML. */
export function normalizePersonalNote(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}

/** Rule 4: optional, at most 255 characters, no control characters but line breaks and tabs. */
export function validatePersonalNote(value: string): FieldIssue | null {
  const note = normalizePersonalNote(value);
  if (textLength(note) > PERSONAL_NOTE_MAX_LENGTH) return 'TOO_LONG';
  if (CONTROL.test(note.replace(/[\n\t]/g, ''))) return 'INVALID_CHARACTERS';
  return null;
}

/** Optional, one line, at most 100 characters. */
export function validateRecipientName(value: string): FieldIssue | null {
  const name = value.trim();
  if (textLength(name) > RECIPIENT_NAME_MAX_LENGTH) return 'TOO_LONG';
  if (CONTROL.test(name)) return 'INVALID_CHARACTERS';
  return null;
}

/** What the delivery form holds, as typed. */
export interface DeliveryFormValues {
  recipientEmail: string;
  recipientEmailConfirmation: string;
  recipientName: string;
  /** `YYYY-MM-DD` */
  date: string;
  hour: number;
  timeZone: string;
  personalNote: string;
}

export type DeliveryFormField = keyof DeliveryFormValues;
export type DeliveryFormIssues = Partial<Record<DeliveryFormField, FieldIssue>>;

/** Fields in the order they appear, so a form can focus the first one in error. */
export const DELIVERY_FORM_FIELDS: readonly DeliveryFormField[] = [
  'recipientEmail',
  'recipientEmailConfirmation',
  'recipientName',
  'date',
  'hour',
  'timeZone',
  'personalNote',
];

/**
 * Every check of rule 4 on the whole form. On success, the complete details to send and how
 * the hour was resolved (to show a DST-shifted time to the gifter).
 */
export function validateDeliveryForm(
  values: DeliveryFormValues,
  now: UnixSeconds,
): { ok: true; details: DeliveryDetails; schedule: ResolvedDeliveryTime } | { ok: false; issues: DeliveryFormIssues } {
  const issues: DeliveryFormIssues = {};
  const emailIssue = validateEmail(values.recipientEmail);
  if (emailIssue) issues.recipientEmail = emailIssue;
  if (normalizeEmail(values.recipientEmailConfirmation) === '') issues.recipientEmailConfirmation = 'REQUIRED';
  else if (!emailIssue && !emailsMatch(values.recipientEmail, values.recipientEmailConfirmation)) {
    issues.recipientEmailConfirmation = 'EMAIL_MISMATCH';
  }
  const nameIssue = validateRecipientName(values.recipientName);
  if (nameIssue) issues.recipientName = nameIssue;
  const noteIssue = validatePersonalNote(values.personalNote);
  if (noteIssue) issues.personalNote = noteIssue;

  let schedule: ResolvedDeliveryTime | null = null;
  if (values.date.trim() === '') issues.date = 'REQUIRED';
  else {
    const resolved = resolveDeliveryTime({ date: values.date, hour: values.hour, timeZone: values.timeZone });
    if (!resolved.ok) {
      const field = resolved.error === 'INVALID_HOUR' ? 'hour' : resolved.error === 'INVALID_TIME_ZONE' ? 'timeZone' : 'date';
      issues[field] = resolved.error;
    } else {
      const windowIssue = checkDeliveryWindow(resolved.value.deliveryDate, now);
      if (windowIssue) issues.date = windowIssue;
      else schedule = resolved.value;
    }
  }
  if (!schedule || Object.keys(issues).length > 0) return { ok: false, issues };

  const details: DeliveryDetails = {
    recipientEmail: normalizeEmail(values.recipientEmail),
    deliveryDate: schedule.deliveryDate,
    personalNote: normalizePersonalNote(values.personalNote),
    timeZone: values.timeZone,
  };
  const name = values.recipientName.trim();
  if (name) details.recipientName = name;
  return { ok: true, details, schedule };
}
