import { render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePersonalNote, type DeliveryDetails, type Order } from '@giftkit/core';
import { fakeApi, offer } from '../../../test/offlineApi';
import { GiftKitProvider } from '../../provider/GiftKitProvider';
import { GiftKitRoot } from '../../provider/GiftKitRoot';
import type { CheckoutReceipt } from '../useCheckout';
import { Confirmation } from './Confirmation';

const ORDER: Order = {
  id: 'order_1',
  offerId: 'offer_1',
  customerId: 'cus_1',
  buyAsAGift: true,
  currency: 'EUR',
  couponCode: null,
  discount: { applied: false, type: '', periods: null, duration: null },
  priceBreakdown: { offerPrice: 25, discountAmount: 0, discountedPrice: 25, taxValue: 4.17 },
  totalPrice: 25,
  requiredPaymentDetails: true,
};

const receiptFor = (details: DeliveryDetails, paidAt = 1_773_000_000): CheckoutReceipt => ({
  payment: { id: 'pay_1', orderId: ORDER.id, status: 'succeeded', transactionId: 'T1', giftId: 'gift_1' },
  order: ORDER,
  offer: offer('offer_1', 'Football'),
  mode: 'gift',
  details,
  schedule: null,
  recipientTimeZone: 'America/New_York',
  paidAt,
});

function renderConfirmation(details: DeliveryDetails, paidAt?: number) {
  return render(
    <GiftKitProvider api={fakeApi()}>
      <GiftKitRoot name="checkout">
        <Confirmation receipt={receiptFor(details, paidAt)} myGiftsUrl="/gifts" />
      </GiftKitRoot>
    </GiftKitProvider>,
  );
}

/** The element tree without text: what a hostile string must never change. */
const shape = (root: Element) => Array.from(root.querySelectorAll('*'), (element) => element.tagName).join(',');

const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 255 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<b>bold</b><i>it</i>',
    '</p><h1>injected</h1>',
    '&lt;b&gt; &amp; &#60;',
    '\u202Eevil \u200B\u200D 😀👨‍👩‍👧',
    '{{note}} $t(checkout.done.giftHeading)',
    'line one\nline two\n\n\tthree',
  ),
);

describe('Checkout confirmation: until when the gift can be changed', () => {
  // Delivered 10 March 2026 at 17:00 in Paris: editable until 00:00 that day (9 March, 23:00 UTC).
  const details: DeliveryDetails = { recipientEmail: 'carol@example.com', deliveryDate: 1_773_158_400, personalNote: '', timeZone: 'Europe/Paris' };
  const cutoff = 1_773_097_200;
  const editUntil = (container: HTMLElement) => {
    const term = Array.from(container.querySelectorAll('dt')).find((dt) => dt.textContent === 'Editable until');
    return term?.nextElementSibling?.textContent ?? '';
  };

  it('gives the deadline when it is still ahead', () => {
    const { container } = renderConfirmation(details, cutoff - 86_400);
    expect(editUntil(container)).toMatch(/10 Mar(ch)? 2026.*00:00|Mar(ch)? 10, 2026.*12:00/);
  });

  it('says a gift that leaves today can no longer be changed, never a deadline already past (rule 6)', () => {
    const { container } = renderConfirmation(details, cutoff + 3_600);
    expect(editUntil(container)).toBe('It leaves today, so it can no longer be changed.');
  });
});

describe('Checkout confirmation with hostile delivery details', () => {
  const base: DeliveryDetails = { recipientEmail: 'carol@example.com', deliveryDate: 1_773_158_400, personalNote: 'Enjoy', recipientName: 'Carol', timeZone: 'Europe/Paris' };

  it('shows any note and name as text: same elements as a benign note, the text verbatim', () => {
    const benign = renderConfirmation(base);
    const expectedShape = shape(benign.container);
    benign.unmount();
    fc.assert(
      fc.property(hostile, hostile, (rawNote, name) => {
        // What Checkout keeps is the validated value: the note normalised (line breaks, trim).
        const note = normalizePersonalNote(rawNote);
        fc.pre(note !== '');
        const { container, unmount: done } = renderConfirmation({ ...base, personalNote: note, recipientName: name });
        try {
          expect(shape(container)).toBe(expectedShape);
          const shown = container.querySelector('.gk-confirmation p:last-of-type');
          expect(shown?.textContent).toBe(note);
          expect(shown?.childElementCount).toBe(0);
          expect(container.querySelector('dd')?.textContent).toBe(`${name} <carol@example.com>`);
        } finally {
          done();
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
