import { GiftsApiError, resolveDeliveryTime, localTimeAt, SECONDS_PER_DAY, type DeliveryDetails, type UnixSeconds } from '@giftkit/core';
import { expect } from 'vitest';

/** A whole local hour `days` ahead in a zone, as the delivery form would produce it. */
export function localHour(now: UnixSeconds, days: number, hour: number, timeZone: string): UnixSeconds {
  const resolved = resolveDeliveryTime({ date: localTimeAt(now + days * SECONDS_PER_DAY, timeZone).date, hour, timeZone });
  if (!resolved.ok) throw new Error(resolved.error);
  return resolved.value.deliveryDate;
}

export function details(over: Partial<DeliveryDetails> & Pick<DeliveryDetails, 'deliveryDate'>): DeliveryDetails {
  return { recipientEmail: 'bob.new@example.com', personalNote: 'Enjoy!', timeZone: 'Europe/Paris', ...over };
}

/** Awaits a rejection and returns it as a `GiftsApiError` (failing the test otherwise). */
export async function rejection(promise: Promise<unknown>): Promise<GiftsApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GiftsApiError);
    return error as GiftsApiError;
  }
  throw new Error('expected a rejection');
}

/** Runs a synchronous engine call and returns what it threw. */
export function thrown(work: () => unknown): GiftsApiError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(GiftsApiError);
    return error as GiftsApiError;
  }
  throw new Error('expected an error');
}
