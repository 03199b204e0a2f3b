import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { useEffect, useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { GiftsApiError, type CouponRefusal, type GiftsApi, type Order } from '@giftkit/core';
import { buildScenario, createInMemoryGiftsApi, type ScenarioName } from '@giftkit/mocks';
import en from '../i18n/locales/en';
import fr from '../i18n/locales/fr';
import { GiftKitProvider } from '../provider/GiftKitProvider';
import { offlineGiftsApi } from '../primitives/testing';
import { CouponInput } from './CouponInput';

configure({ asyncUtilTimeout: 8000 });

function Harness({ api, offerId, couponCode, onOrder }: { api: GiftsApi; offerId: string; couponCode?: string; onOrder?: (o: Order) => void }) {
  const [order, setOrder] = useState<Order | null>(null);
  useEffect(() => {
    void api.createOrder({ offerId, buyAsAGift: true }).then(setOrder);
  }, [api, offerId]);
  if (!order) return null;
  return (
    <CouponInput
      order={order}
      couponCode={couponCode}
      onOrderChange={(next) => {
        setOrder(next);
        onOrder?.(next);
      }}
    />
  );
}

const REFUSALS: Record<CouponRefusal, ScenarioName> = {
  COUPON_NOT_FOUND: 'couponNotFound',
  COUPON_INACTIVE: 'couponInactive',
  COUPON_EXPIRED: 'couponExpired',
  COUPON_LIMIT_REACHED: 'couponLimitReached',
  COUPON_CUSTOMER_MISMATCH: 'couponOtherCustomer',
  COUPON_FIRST_TIME_ONLY: 'couponFirstPurchaseOnly',
  COUPON_MINIMUM_NOT_MET: 'couponMinimumNotMet',
  COUPON_NOT_APPLICABLE: 'couponNotForThisOffer',
  COUPON_CURRENCY_MISMATCH: 'couponCurrencyMismatch',
};

describe('CouponInput', { timeout: 60_000 }, () => {
  for (const [code, name] of Object.entries(REFUSALS) as Array<[keyof typeof REFUSALS, ScenarioName]>) {
    for (const [locale, strings] of [['en', en], ['fr', fr]] as const) {
      it(`${code} (${locale}): the precise, localised reason and its next step`, async () => {
        const scenario = buildScenario(name);
        const api = createInMemoryGiftsApi(scenario.platform, { customerId: () => scenario.customerId });
        const onError = vi.fn();
        render(
          <GiftKitProvider api={api} locale={locale} onError={onError}>
            <Harness api={api} offerId={scenario.offerId ?? ''} couponCode={scenario.couponCode} />
          </GiftKitProvider>,
        );
        const field = await screen.findByRole('textbox');
        await waitFor(() => expect(field).toHaveAccessibleDescription(new RegExp(strings.errors[code].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))));
        expect(field).toHaveAccessibleDescription(new RegExp(strings.coupon.hints[code].slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code, flow: 'coupon' }));
      });
    }
  }

  it('on its own (its own root), tells the page through a bubbling giftkit:couponApplied DOM event', async () => {
    const scenario = buildScenario('couponOnce');
    const api = createInMemoryGiftsApi(scenario.platform, { customerId: () => scenario.customerId });
    const heard = vi.fn();
    const listener = (event: Event) => {
      heard((event as CustomEvent<{ code: string }>).detail);
    };
    document.addEventListener('giftkit:couponApplied', listener);
    try {
      render(
        <GiftKitProvider api={api}>
          <Harness api={api} offerId={scenario.offerId ?? ''} couponCode={scenario.couponCode} />
        </GiftKitProvider>,
      );
      await waitFor(() => expect(heard).toHaveBeenCalledWith(expect.objectContaining({ code: scenario.couponCode })));
    } finally {
      document.removeEventListener('giftkit:couponApplied', listener);
    }
  });

  it('applies (case-insensitive), then one code per order, then removes', async () => {
    const user = userEvent.setup({ delay: null });
    const scenario = buildScenario('couponPercent');
    const api = createInMemoryGiftsApi(scenario.platform, { customerId: () => scenario.customerId });
    const orders: Order[] = [];
    render(
      <GiftKitProvider api={api}>
        <Harness api={api} offerId={scenario.offerId ?? ''} onOrder={(o) => orders.push(o)} />
      </GiftKitProvider>,
    );
    await user.type(await screen.findByRole('textbox', { name: /Promotion code/ }), ` ${(scenario.couponCode ?? '').toLowerCase()} {Enter}`);
    await screen.findByRole('button', { name: 'Remove code' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(orders.at(-1)?.couponCode).toBe(scenario.couponCode);
    expect(orders.at(-1)?.priceBreakdown.discountAmount).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Remove code' }));
    await screen.findByRole('textbox', { name: /Promotion code/ });
    expect(orders.at(-1)?.couponCode).toBeNull();
  });

  it('tells the form around it what is typed but not applied (onDraftChange), says so when asked (unappliedError), and exposes the input (inputRef)', async () => {
    const user = userEvent.setup({ delay: null });
    const scenario = buildScenario('couponPercent');
    const api = createInMemoryGiftsApi(scenario.platform, { customerId: () => scenario.customerId });
    const drafts: string[] = [];
    const submitted = vi.fn();
    function Form() {
      const [order, setOrder] = useState<Order | null>(null);
      const [draft, setDraft] = useState('');
      const [refused, setRefused] = useState(false);
      const input = useRef<HTMLInputElement>(null);
      useEffect(() => {
        void api.createOrder({ offerId: scenario.offerId ?? '', buyAsAGift: true }).then(setOrder);
      }, []);
      if (!order) return null;
      const submit = () => {
        if (draft === '') submitted(order.couponCode);
        else {
          setRefused(true);
          input.current?.focus();
        }
      };
      return (
        <>
          <CouponInput
            order={order}
            onOrderChange={setOrder}
            onDraftChange={(next) => {
              drafts.push(next);
              setDraft(next);
              setRefused(false);
            }}
            unappliedError={refused}
            inputRef={input}
          />
          <button type="button" onClick={submit}>
            Submit
          </button>
        </>
      );
    }
    render(
      <GiftKitProvider api={api}>
        <Form />
      </GiftKitProvider>,
    );
    const field = await screen.findByRole('textbox', { name: /Promotion code/ });
    await user.type(field, '   ');
    expect(drafts.at(-1)).toBe(''); // blank is nothing to apply
    await user.clear(field);
    await user.type(field, 'spring20');
    expect(drafts.at(-1)).toBe('spring20');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription(/Apply this code or clear the field before paying\./);
    expect(submitted).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByRole('button', { name: 'Remove code' });
    expect(drafts.at(-1)).toBe('');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(submitted).toHaveBeenCalledWith(scenario.couponCode);
    // Removed: the field comes back empty, not holding the old code as a new draft.
    await user.click(screen.getByRole('button', { name: 'Remove code' }));
    expect(await screen.findByRole('textbox', { name: /Promotion code/ })).toHaveValue('');
    expect(drafts.at(-1)).toBe('');
  });

  it('says what is wrong with a code before asking the platform: nothing typed, a character, or the length', async () => {
    const updateOrder = vi.fn(() => Promise.reject(new GiftsApiError({ code: 'COUPON_NOT_FOUND', message: 'no' })));
    render(
      <GiftKitProvider api={{ ...offlineGiftsApi(), updateOrder }}>
        <CouponInput order={{ id: 'ord_1', couponCode: null }} />
      </GiftKitProvider>,
    );
    const field = screen.getByRole('textbox', { name: /Promotion code/ });
    const apply = screen.getByRole('button', { name: 'Apply' });
    fireEvent.click(apply);
    await waitFor(() => expect(field).toHaveAccessibleDescription(/Enter a promotion code first\./));
    fireEvent.change(field, { target: { value: 'SPRING 20!' } });
    fireEvent.click(apply);
    await waitFor(() => expect(field).toHaveAccessibleDescription(/only letters, digits and dashes/));
    fireEvent.change(field, { target: { value: 'A'.repeat(200) } });
    fireEvent.click(apply);
    await waitFor(() => expect(field).toHaveAccessibleDescription(/at most 64 characters/));
    expect(field).toHaveValue('A'.repeat(200));
    expect(updateOrder).not.toHaveBeenCalled();
  });

  // Hostile codes: 60 runs against a stub platform that refuses everything. Never a crash:
  // either the shape is refused before any request, or the platform's refusal is shown.
  it('hostile codes never crash and always end in a message', async () => {
    const order = { id: 'ord_1', couponCode: null };
    const updateOrder = vi.fn(() => Promise.reject(new GiftsApiError({ code: 'COUPON_NOT_FOUND', message: 'no' })));
    const api: GiftsApi = { ...offlineGiftsApi(), updateOrder };
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('<script>x</script>', '\u200B', 'A'.repeat(10_000), '\u202ECODE')), async (text) => {
        const { unmount } = render(
          <GiftKitProvider api={api}>
            <CouponInput order={order} />
          </GiftKitProvider>,
        );
        const field = screen.getByRole('textbox');
        fireEvent.change(field, { target: { value: text } });
        fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
        await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
        expect(document.querySelector('script')).toBeNull();
        unmount();
      }),
      { numRuns: 60 },
    );
  });
});
