import type { DeliveryDetails, GiftSearchQuery, GiftStatus, GiftPeriodMonths, PaymentMethodInput } from '@giftkit/core';
import { validation } from '../engine/errors';

/** The JSON body as an object; anything else is `VALIDATION` on `body`. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw validation('body', 'The request body is not valid JSON.', 'INVALID_JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw validation('body', 'The request body must be a JSON object.', 'INVALID');
  return parsed as Record<string, unknown>;
}

/** Ids may come as numbers (Cleeng sends them so); the engine compares strings. */
export function idField(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if ((typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value))) return String(value);
  throw validation(field, `${field} is required.`, 'REQUIRED');
}

export function optionalBoolean(body: Record<string, unknown>, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw validation(field, `${field} must be true or false.`, 'INVALID');
  return value;
}

export function requiredBoolean(body: Record<string, unknown>, field: string): boolean {
  const value = optionalBoolean(body, field);
  if (value === undefined) throw validation(field, `${field} is required.`, 'REQUIRED');
  return value;
}

/** Delivery details are checked field by field by the engine; here only "an object". */
export function deliveryDetailsField(body: Record<string, unknown>, field = 'deliveryDetails'): DeliveryDetails {
  const value = body[field];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw validation(field, `${field} must be an object with every field.`, 'REQUIRED');
  return value as DeliveryDetails;
}

export function paymentMethodField(body: Record<string, unknown>): PaymentMethodInput {
  const value = body.paymentMethod;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw validation('paymentMethod', 'paymentMethod is required.', 'REQUIRED');
  const { type, token, challengeResponse } = value as Record<string, unknown>;
  if (type !== 'card' && type !== 'free' && type !== 'external') throw validation('paymentMethod.type', 'paymentMethod.type must be card, free or external.', 'INVALID');
  const method: PaymentMethodInput = { type };
  if (typeof token === 'string') method.token = token;
  if (typeof challengeResponse === 'string') method.challengeResponse = challengeResponse;
  return method;
}

export function idempotencyKeyHeader(request: Request): string {
  const key = request.headers.get('Idempotency-Key')?.trim() ?? '';
  if (key === '') throw validation('Idempotency-Key', 'The Idempotency-Key header is required.', 'REQUIRED');
  return key;
}

/** A whole number ≥ 0 from the query string, or `undefined` when absent. */
export function queryInteger(url: URL, name: string): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^\d+$/.test(raw.trim())) throw validation(name, `${name} must be a whole number ≥ 0.`, 'INVALID');
  return Number(raw);
}

/** Lists may be repeated (`status=a&status=b`) or comma-separated (`status=a,b`). */
export function queryList(url: URL, name: string): string[] | undefined {
  const values = url.searchParams
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  return values.length === 0 ? undefined : values;
}

/** `GET /gifts`, `/gifts/report` and `/gifts/analytics` parameters, checked by the engine. */
export function giftSearchQuery(url: URL): GiftSearchQuery {
  const query: GiftSearchQuery = {};
  const q = url.searchParams.get('q');
  if (q !== null && q !== '') query.q = q;
  const status = queryList(url, 'status');
  if (status) query.status = status as GiftStatus[];
  const offerId = queryList(url, 'offerId');
  if (offerId) query.offerId = offerId;
  const period = queryList(url, 'period');
  if (period) {
    if (period.some((p) => !/^\d+$/.test(p))) throw validation('period', 'period must be months: 1, 3, 6 or 12.', 'INVALID');
    query.period = period.map(Number) as GiftPeriodMonths[];
  }
  const createdFrom = queryInteger(url, 'createdFrom');
  if (createdFrom !== undefined) query.createdFrom = createdFrom;
  const createdTo = queryInteger(url, 'createdTo');
  if (createdTo !== undefined) query.createdTo = createdTo;
  const sort = url.searchParams.get('sort');
  if (sort) query.sort = sort as GiftSearchQuery['sort'];
  const limit = queryInteger(url, 'limit');
  if (limit !== undefined) query.limit = limit;
  const offset = queryInteger(url, 'offset');
  if (offset !== undefined) query.offset = offset;
  return query;
}
