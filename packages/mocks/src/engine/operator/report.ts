import { billingPeriodMonths, fromMinorUnits, giftExpiresAt, type GiftReportQuery, type UnixSeconds } from '@giftkit/core';
import type { Store } from '../store';
import { GIFT_STATUSES, type GiftIndex } from './giftIndex';
import { parseGiftFilter } from './query';
import { selectGifts } from './search';

export const GIFT_REPORT_COLUMNS = [
  'status',
  'recipient_email',
  'offer',
  'gift_code',
  'created_at',
  'sent_at',
  'code_expires_at',
  'redeemed_at',
  'access_ends_at',
  'gifter_email',
  'delivery_date',
  'period_months',
  'price',
  'currency',
  'recipient_name',
  'personal_note',
] as const;

const iso = (instant: UnixSeconds | null | undefined) => (instant == null ? '' : new Date(instant * 1000).toISOString());

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): a leading `= + - @`, tab
 * or carriage return, also behind leading spaces or in full-width form (`＝`, `＋`, `－`, `＠`).
 */
const FORMULA_START = /^[\s\u00A0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes
 * doubled. A would-be formula is neutralised with a leading `'`, so a spreadsheet never runs
 * what a customer typed into a note or a name. Numbers are written as they are.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** *(ext)* `GET /gifts/report`: the filtered set (no paging), sorted like the table, as CSV. */
export function giftReport(store: Store, index: GiftIndex, query: GiftReportQuery, now: UnixSeconds): string {
  const filter = parseGiftFilter(query);
  const { gifts } = selectGifts(store, index, filter, now, { offset: 0, limit: Number.POSITIVE_INFINITY });
  const lines = [GIFT_REPORT_COLUMNS.join(',')];
  for (const gift of gifts) {
    const offer = store.offers.get(gift.offerId);
    lines.push(
      [
        GIFT_STATUSES[index.statusAt(gift.index, now)] ?? '',
        gift.details.recipientEmail,
        offer?.title ?? gift.offerId,
        gift.code,
        iso(gift.createdAt),
        iso(gift.sentAt),
        iso(giftExpiresAt(gift)),
        iso(gift.redeemedAt),
        iso(gift.accessEndsAt),
        store.customers.get(gift.gifterId)?.email ?? '',
        iso(gift.details.deliveryDate),
        billingPeriodMonths(offer?.billingCycle) ?? '',
        fromMinorUnits(gift.paidMinor, gift.currency),
        gift.currency,
        gift.details.recipientName ?? '',
        gift.details.personalNote,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
