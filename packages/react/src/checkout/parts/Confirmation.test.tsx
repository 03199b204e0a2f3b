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

const receiptFor = (details: DeliveryDetails): CheckoutReceipt => ({
  payment: { id: 'pay_1', orderId: ORDER.id, status: 'succeeded', transactionId: 'T1', giftId: 'gift_1' },
  order: ORDER,
  offer: offer('offer_1', 'Football'),
  mode: 'gift',
  details,
  schedule: null,
  recipientTimeZone: 'America/New_York',
});

function renderConfirmation(details: DeliveryDetails) {
  return render(
    <GiftKitProvider api={fakeApi()}>
      <GiftKitRoot name="checkout">
        <Confirmation receipt={receiptFor(details)} myGiftsUrl="/gifts" />
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
