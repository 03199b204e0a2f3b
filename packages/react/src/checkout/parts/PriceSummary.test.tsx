import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DiscountDuration, Order } from '@giftkit/core';
import { fakeApi, offer } from '../../../test/offlineApi';
import { GiftKitProvider } from '../../provider/GiftKitProvider';
import { GiftKitRoot } from '../../provider/GiftKitRoot';
import { PriceSummary } from './PriceSummary';

const order = (duration: DiscountDuration, currency = 'EUR', buyAsAGift = true): Order => ({
  id: 'order_1',
  offerId: 'offer_1',
  customerId: 'cus_1',
  buyAsAGift,
  currency,
  couponCode: 'SPRING20',
  discount: { applied: true, type: 'coupon', periods: duration.kind === 'repeating' ? duration.months : 1, duration },
  priceBreakdown: { offerPrice: 25, discountAmount: 5, discountedPrice: 20, taxValue: 3.33 },
  totalPrice: 20,
  requiredPaymentDetails: true,
});

function renderSummary(locale: string, value: Order) {
  return render(
    <GiftKitProvider api={fakeApi()} locale={locale}>
      <GiftKitRoot name="checkout">
        <PriceSummary order={value} offer={offer('offer_1', 'Football')} headingId="summary" />
      </GiftKitRoot>
    </GiftKitProvider>,
  );
}

/** The discount's amount cell: the `dd` after the discount's `dt`. */
const discountCell = async (label: RegExp) => (await screen.findByText(label, { selector: 'dt' })).nextElementSibling;

describe('PriceSummary', () => {
  it.each([
    ['en', 'EUR', /^Discount/, 'for 3 months'],
    ['fr', 'EUR', /^Remise/, 'pendant 3 mois'],
    ['de', 'EUR', /^Rabatt/, 'für 3 Monate'],
    ['pl', 'PLN', /^Rabat/, 'przez 3 miesiące'],
  ])('%s: the discount is a negative amount formatted by Intl, with its duration', async (locale, currency, label, duration) => {
    renderSummary(locale, order({ kind: 'repeating', months: 3 }, currency));
    const cell = await discountCell(label);
    const expected = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(-5);
    expect(cell?.textContent).toBe(expected);
    // One sign, placed by the locale: never a hand-written minus in front of Intl's.
    expect(cell?.textContent?.match(/[-\u2212]/g)).toHaveLength(1);
    expect(screen.getByText(duration)).toBeInTheDocument();
  });

  it.each([
    [1, 'przez 1 miesiąc'],
    [5, 'przez 5 miesięcy'],
    [22, 'przez 22 miesiące'],
  ])('pl: %i months uses the right plural form', async (months, text) => {
    renderSummary('pl', order({ kind: 'repeating', months }, 'PLN'));
    expect(await screen.findByText(text)).toBeInTheDocument();
  });

  it.each([
    ['en', /^Discount/, 'on the first payment'],
    ['fr', /^Remise/, 'sur le premier paiement'],
    ['pl', /^Rabat/, 'przy pierwszej płatności'],
  ])('%s: a gift is one payment, so a one-time discount has no "on the first payment"', async (locale, label, once) => {
    const { unmount } = renderSummary(locale, order({ kind: 'once' }));
    const term = await screen.findByText(label, { selector: 'dt' });
    expect(term.textContent).toMatch(/\(SPRING20\)$/);
    expect(screen.queryByText(once)).toBeNull();
    unmount();
    // For oneself, later payments exist: the duration stays.
    renderSummary(locale, order({ kind: 'once' }, 'EUR', false));
    expect(await screen.findByText(once)).toBeInTheDocument();
  });

  it('isolates the code (<bdi>) so it keeps its direction in Arabic', async () => {
    renderSummary('ar', order({ kind: 'repeating', months: 3 }));
    const term = await screen.findByText(/^الخصم/, { selector: 'dt' });
    expect(term.textContent).toMatch(/^الخصم \(SPRING20\)/);
    expect(within(term).getByText('SPRING20').tagName).toBe('BDI');
  });
});
