import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { GiftsApiError, type GiftsApi } from '@giftkit/core';
import { buildScenario, type ScenarioName } from '@giftkit/mocks';
import { renderWithScenario, stopScenarioServer } from '../../test/renderWithScenario';
import { Checkout, type CheckoutProps } from './Checkout';
import type { PaymentAdapter } from './payment/PaymentAdapter';

afterAll(() => stopScenarioServer());
// jsdom on a shared 2-core machine: styled first renders are slow.
configure({ asyncUtilTimeout: 8000 });

function setup(name: ScenarioName, props: Partial<CheckoutProps> = {}, options: Parameters<typeof renderWithScenario>[2] = {}) {
  const scenario = buildScenario(name);
  const onGiftPurchased = vi.fn();
  const onError = vi.fn();
  const onRequireAuth = vi.fn();
  const ui = (
    <Checkout offerId={scenario.offerId ?? ''} purchaseAsGift={scenario.buyAsAGift} now={scenario.platform.now()} myGiftsUrl="/gifts" {...props} />
  );
  const result = renderWithScenario(ui, name, { scenario, onGiftPurchased, onError, onRequireAuth, ...options });
  return { ...result, scenario, onGiftPurchased, onError, onRequireAuth };
}

async function fillDelivery(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByRole('textbox', { name: /Recipient’s email/ }), 'carol@example.com');
  await user.type(screen.getByRole('textbox', { name: /Confirm/ }), 'carol@example.com');
  fireEvent.change(screen.getByLabelText(/^Date/), { target: { value: '2026-03-10' } });
  await user.type(screen.getByRole('textbox', { name: /Personal note/ }), '<script>alert(1)</script> Enjoy!');
}

function giftTransactions(scenario: ReturnType<typeof buildScenario>) {
  const customerId = scenario.customerId ?? '';
  return scenario.platform.as(customerId).listTransactions({ limit: 100 }).items.filter((tx) => tx.targetType === 'giftId');
}

/** The scenario's in-memory API whose first payment goes through but whose answer is lost. */
async function droppingFirstPayment(scenario: ReturnType<typeof buildScenario>) {
  const keys: string[] = [];
  const patches: unknown[] = [];
  let dropped = false;
  const { createInMemoryGiftsApi } = await import('@giftkit/mocks');
  const real = createInMemoryGiftsApi(scenario.platform, { customerId: () => scenario.customerId });
  const api: GiftsApi = {
    ...real,
    updateOrder: (orderId, patch, options) => {
      patches.push(patch);
      return real.updateOrder(orderId, patch, options);
    },
    payOrder: async (input, options) => {
      keys.push(input.idempotencyKey);
      const payment = await real.payOrder(input, options);
      if (!dropped) {
        dropped = true;
        throw new GiftsApiError({ code: 'NETWORK', message: 'The answer was lost.' });
      }
      return payment;
    },
  };
  return { api, keys, patches };
}

async function payButton() {
  return screen.findByRole('button', { name: /^Pay / });
}

/**
 * The scenario's in-memory API, recording payments and the totals coupon patches return;
 * `offlineApplies` coupon patches fail with NETWORK first (a connection lost, then back).
 */
async function couponSpyApi(scenario: ReturnType<typeof buildScenario>, offlineApplies = 0) {
  const { createInMemoryGiftsApi } = await import('@giftkit/mocks');
  const real = createInMemoryGiftsApi(scenario.platform, { customerId: () => scenario.customerId });
  const couponTotals: number[] = [];
  let offline = offlineApplies;
  const payOrder = vi.fn<GiftsApi['payOrder']>((input, options) => real.payOrder(input, options));
  const api: GiftsApi = {
    ...real,
    updateOrder: async (orderId, patch, options) => {
      if (patch.couponCode && offline > 0) {
        offline -= 1;
        throw new GiftsApiError({ code: 'NETWORK', message: 'Offline.' });
      }
      const next = await real.updateOrder(orderId, patch, options);
      if (patch.couponCode) couponTotals.push(next.totalPrice);
      return next;
    },
    payOrder,
  };
  return { api, payOrder, couponTotals };
}

async function renderWithApi(scenario: ReturnType<typeof buildScenario>, api: GiftsApi, onGiftPurchased = vi.fn()) {
  const { GiftKitProvider } = await import('../provider/GiftKitProvider');
  const { render } = await import('@testing-library/react');
  render(
    <GiftKitProvider api={api} session={{ customerId: scenario.customerId ?? '' }} onGiftPurchased={onGiftPurchased}>
      <Checkout offerId={scenario.offerId ?? ''} purchaseAsGift now={scenario.platform.now()} />
    </GiftKitProvider>,
  );
  return { onGiftPurchased };
}

function giftTotal(scenario: ReturnType<typeof buildScenario>, transactionId: string) {
  return giftTransactions(scenario).find((tx) => tx.transactionId === transactionId)?.totalPrice;
}

// A hang guard, not a speed test: whole purchases took up to 28 s in CI under full load.
describe('Checkout', { timeout: 120_000 }, () => {
  it('buys a gift: summary from the order, one payment, confirmation with the note as text', async () => {
    const user = userEvent.setup({ delay: null });
    const { scenario, onGiftPurchased } = setup('checkoutGift');
    const before = giftTransactions(scenario).length;
    expect(await screen.findByRole('radio', { name: 'As a gift' })).toBeChecked();
    await fillDelivery(user);
    await user.type(screen.getByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
    expect(await screen.findByText('Total today')).toBeInTheDocument();
    expect(screen.getByText(/one-time payment/)).toBeInTheDocument();
    await user.click(await payButton());
    expect(await screen.findByRole('heading', { name: 'Your gift is booked' })).toHaveFocus();
    expect(screen.getByText('<script>alert(1)</script> Enjoy!')).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByRole('link', { name: 'See my gifts' })).toHaveAttribute('href', '/gifts');
    expect(onGiftPurchased).toHaveBeenCalledTimes(1);
    const detail = onGiftPurchased.mock.calls[0]?.[0] as { giftId: string; transactionId: string };
    expect(detail.giftId).toBeTruthy();
    expect(detail.transactionId).toBeTruthy();
    expect(giftTransactions(scenario).length).toBe(before + 1);
  });

  it('clicking Pay 10 times fast makes exactly one payment and one gift (StrictMode)', async () => {
    const user = userEvent.setup({ delay: null });
    const scenario = buildScenario('checkoutGift');
    const onGiftPurchased = vi.fn();
    renderWithScenario(
      <StrictMode>
        <Checkout offerId={scenario.offerId ?? ''} purchaseAsGift now={scenario.platform.now()} />
      </StrictMode>,
      'checkoutGift',
      { scenario, onGiftPurchased },
    );
    const before = giftTransactions(scenario).length;
    await fillDelivery(user);
    await user.type(screen.getByRole('textbox', { name: 'Card number' }), '4242424242424242');
    const button = await payButton();
    act(() => {
      for (let i = 0; i < 10; i += 1) fireEvent.click(button);
    });
    await screen.findByRole('heading', { name: 'Your gift is booked' });
    expect(giftTransactions(scenario).length).toBe(before + 1);
    expect(onGiftPurchased).toHaveBeenCalledTimes(1);
  });

  it('a dropped payment response, retried, still makes one payment and one gift (same idempotency key)', async () => {
    const user = userEvent.setup({ delay: null });
    const scenario = buildScenario('checkoutGift');
    const { api, keys } = await droppingFirstPayment(scenario);
    const { GiftKitProvider } = await import('../provider/GiftKitProvider');
    const { render } = await import('@testing-library/react');
    render(
      <GiftKitProvider api={api} session={{ customerId: scenario.customerId ?? '' }}>
        <Checkout offerId={scenario.offerId ?? ''} purchaseAsGift now={scenario.platform.now()} />
      </GiftKitProvider>,
    );
    const before = giftTransactions(scenario).length;
    await fillDelivery(user);
    await user.type(screen.getByRole('textbox', { name: 'Card number' }), '4242424242424242');
    await user.click(await payButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not reach the service');
    await user.click(within(alert).getByRole('button', { name: 'Try the payment again' }));
    await screen.findByRole('heading', { name: 'Your gift is booked' });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(giftTransactions(scenario).length).toBe(before + 1);
  });

  it('after a dropped payment response, details are locked until the retry: the gift and the confirmation match what was paid', async () => {
    const user = userEvent.setup({ delay: null });
    const scenario = buildScenario('checkoutGift');
    const customerId = scenario.customerId ?? '';
    const { api, keys, patches } = await droppingFirstPayment(scenario);
    const onGiftPurchased = vi.fn();
    const { GiftKitProvider } = await import('../provider/GiftKitProvider');
    const { render } = await import('@testing-library/react');
    render(
      <GiftKitProvider api={api} session={{ customerId }} onGiftPurchased={onGiftPurchased}>
        <Checkout offerId={scenario.offerId ?? ''} purchaseAsGift now={scenario.platform.now()} />
      </GiftKitProvider>,
    );
    await fillDelivery(user);
    await user.type(screen.getByRole('textbox', { name: 'Card number' }), '4242424242424242');
    await user.click(await payButton());
    const alert = await screen.findByRole('alert');
    // Locked, and said so: nothing the paid-for gift carries can drift from the attempt.
    expect(screen.getByText(/Your details are locked until you try the payment again/)).toBeInTheDocument();
    const email = screen.getByRole('textbox', { name: /Recipient’s email/ });
    for (const field of [email, screen.getByRole('textbox', { name: /Confirm/ }), screen.getByRole('textbox', { name: /Personal note/ }), screen.getByRole('textbox', { name: /Promotion code/ }), screen.getByRole('textbox', { name: 'Card number' })]) {
      expect(field).toBeDisabled();
    }
    expect(screen.getByRole('radio', { name: 'For myself' })).toBeDisabled();
    await user.type(email, 'mallory@example.com');
    expect(email).toHaveValue('carol@example.com');
    await user.click(within(alert).getByRole('button', { name: 'Try the payment again' }));
    await screen.findByRole('heading', { name: 'Your gift is booked' });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    // The retry re-sent nothing: the order's details were patched once, before the first attempt.
    expect(patches.filter((patch) => 'deliveryDetails' in (patch as object))).toHaveLength(1);
    expect(screen.getByText('carol@example.com')).toBeInTheDocument();
    const { giftId } = onGiftPurchased.mock.calls[0]?.[0] as { giftId: string };
    expect(scenario.platform.as(customerId).getGift(giftId).deliveryDetails.recipientEmail).toBe('carol@example.com');
  });

  it('a decline shows the reason, keeps what was typed, and a new attempt succeeds', async () => {
    const user = userEvent.setup({ delay: null });
    const { scenario } = setup('checkoutGift');
    await fillDelivery(user);
    const card = screen.getByRole('textbox', { name: 'Card number' });
    await user.type(card, '4000 0000 0000 0002');
    await user.click(await payButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('Your bank declined this card without giving a reason. No money was taken.');
    expect(screen.getByRole('textbox', { name: /Recipient’s email/ })).toHaveValue('carol@example.com');
    // A decline is definite: nothing is locked, a new attempt may change anything.
    expect(screen.getByRole('textbox', { name: /Recipient’s email/ })).toBeEnabled();
    expect(screen.queryByText(/Your details are locked/)).toBeNull();
    await user.clear(card);
    await user.type(card, '4242 4242 4242 4242');
    await user.click(await payButton());
    await screen.findByRole('heading', { name: 'Your gift is booked' });
    expect(giftTransactions(scenario).length).toBeGreaterThan(0);
  });

  it('names the bank’s reason when there is one (insufficient funds), and the general decline when there is not', async () => {
    const user = userEvent.setup({ delay: null });
    setup('checkoutGift');
    await fillDelivery(user);
    const card = screen.getByRole('textbox', { name: 'Card number' });
    await user.type(card, '4000 0000 0000 9995');
    await user.click(await payButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('Your card has insufficient funds. No money was taken. Try another card.');
    // An unknown test card is declined with no reason: the general text.
    await user.clear(card);
    await user.type(card, '4111 1111 1111 1111');
    await user.click(await payButton());
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Your payment was declined. No money was taken. Try another card.'));
  });

  it('passes a challenge step', async () => {
    const user = userEvent.setup({ delay: null });
    setup('checkoutGift');
    await fillDelivery(user);
    await user.type(screen.getByRole('textbox', { name: 'Card number' }), '4000 0000 0000 3220');
    await user.click(await payButton());
    expect(await screen.findByRole('heading', { name: 'Confirm your payment' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Confirm payment' }));
    await screen.findByRole('heading', { name: 'Your gift is booked' });
  });

  it('a failed challenge is a decline', async () => {
    const user = userEvent.setup({ delay: null });
    setup('checkoutGift');
    await fillDelivery(user);
    await user.type(screen.getByRole('textbox', { name: 'Card number' }), '4000 0000 0000 3220');
    await user.click(await payButton());
    await user.click(await screen.findByRole('button', { name: 'Fail authentication' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your bank could not confirm the payment was yours. No money was taken.');
    // The challenge took focus with it: the form's heading has it, not the page.
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(screen.getByRole('textbox', { name: /Recipient’s email/ })).toHaveValue('carol@example.com');
  });

  it('a headless adapter (no fields, confirm for the challenge) completes with the same key', async () => {
    const user = userEvent.setup({ delay: null });
    const confirm = vi.fn(() => Promise.resolve('complete'));
    const adapter: PaymentAdapter = { name: 'headless', collect: () => ({ ok: true, method: { type: 'card', token: 'tok_4000000000003220' } }), confirm };
    const { scenario } = setup('checkoutGift', { paymentAdapter: adapter });
    const before = giftTransactions(scenario).length;
    await fillDelivery(user);
    await user.click(await payButton());
    await screen.findByRole('heading', { name: 'Your gift is booked' });
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(giftTransactions(scenario).length).toBe(before + 1);
  });

  it('a 100 %-off code skips payment details', async () => {
    const user = userEvent.setup({ delay: null });
    const { scenario } = setup('couponFree', { couponCode: buildScenario('couponFree').couponCode });
    expect(await screen.findByText(/Nothing to pay/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Card number' })).toBeNull();
    await fillDelivery(user);
    await user.click(screen.getByRole('button', { name: 'Confirm my order' }));
    await screen.findByRole('heading', { name: 'Your gift is booked' });
    expect(giftTransactions(scenario).length).toBeGreaterThan(0);
  });

  it('a refused code names the reason; the summary comes from the order', async () => {
    const user = userEvent.setup({ delay: null });
    const scenario = buildScenario('couponMinimumNotMet');
    setup('couponMinimumNotMet');
    const field = await screen.findByRole('textbox', { name: /Promotion code/ });
    await user.type(field, scenario.couponCode ?? '');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(field).toHaveAccessibleDescription(/does not reach this code’s minimum amount/));
  });

  it('applies and removes a code, with a discount and its duration', async () => {
    const user = userEvent.setup({ delay: null });
    const onCouponApplied = vi.fn();
    const onCouponRemoved = vi.fn();
    const scenario = buildScenario('couponPercent');
    setup('couponPercent', {}, { onCouponApplied, onCouponRemoved });
    await user.type(await screen.findByRole('textbox', { name: /Promotion code/ }), (scenario.couponCode ?? '').toLowerCase());
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText(/for 3 months/)).toBeInTheDocument();
    expect(onCouponApplied).toHaveBeenCalledWith(expect.objectContaining({ code: scenario.couponCode }));
    await user.click(screen.getByRole('button', { name: 'Remove code' }));
    await waitFor(() => expect(screen.queryByText(/for 3 months/)).toBeNull());
    expect(onCouponRemoved).toHaveBeenCalledTimes(1);
  });

  it('explains why a non-giftable offer has no gift mode, and an inactive one cannot be bought', async () => {
    setup('checkoutNotGiftable');
    expect(await screen.findByText(/Only monthly, 3-month, 6-month and yearly/)).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'As a gift' })).toBeNull();
  });

  it('an inactive offer explains why instead of a form', async () => {
    setup('checkoutInactiveOffer');
    expect(await screen.findByRole('heading', { name: 'This offer cannot be bought' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Pay/ })).toBeNull();
  });

  it('already subscribed: for myself is disabled with the reason', async () => {
    setup('checkoutAlreadySubscribed', { purchaseAsGift: false });
    const myself = await screen.findByRole('radio', { name: 'For myself' });
    await waitFor(() => expect(myself).toBeDisabled());
    expect(myself).toHaveAccessibleDescription(/already have this subscription/);
    expect(screen.getByRole('radio', { name: 'As a gift' })).toBeChecked();
  });

  it('signed out: asks the host, keeps what was typed, resumes when the session arrives', async () => {
    const user = userEvent.setup({ delay: null });
    const scenario = buildScenario('checkoutGift');
    const customerId = scenario.customerId ?? '';
    const onRequireAuth = vi.fn();
    const result = renderWithScenario(<Checkout offerId={scenario.offerId ?? ''} purchaseAsGift now={scenario.platform.now()} />, 'checkoutGift', { scenario, onRequireAuth });
    // Signing out gives the provider a fresh store and remounts the flow: start from there.
    result.signIn(null);
    await screen.findByRole('textbox', { name: /Recipient’s email/ }, { timeout: 10_000 });
    await fillDelivery(user);
    await user.type(screen.getByRole('textbox', { name: 'Card number' }), '4242424242424242');
    await user.click(await payButton());
    expect(onRequireAuth).toHaveBeenCalledWith({ flow: 'checkout' });
    result.signIn({ customerId });
    // The customer's subscriptions load (for *for myself*); what was typed is still there.
    expect(await screen.findByRole('textbox', { name: /Recipient’s email/ })).toHaveValue('carol@example.com');
    await waitFor(() => expect(screen.queryByRole('status', { name: /Sign in/ })).toBeNull());
    await user.click(await payButton());
    await screen.findByRole('heading', { name: 'Your gift is booked' });
  });

  it('buys for myself', async () => {
    const user = userEvent.setup({ delay: null });
    setup('checkoutForMyself');
    expect(await screen.findByRole('radio', { name: 'For myself' })).toBeChecked();
    expect(screen.queryByRole('textbox', { name: /Recipient’s email/ })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Card number' }), '4242424242424242');
    await user.click(await payButton());
    await screen.findByRole('heading', { name: 'Thank you!' });
  });

  it('a broken offer answer ends in a localised message with retry', async () => {
    setup('malformedOffer');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load this offer.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('keyboard only: a gift purchase end to end', async () => {
    const user = userEvent.setup({ delay: null });
    setup('checkoutGift');
    await screen.findByRole('radio', { name: 'As a gift' });
    const email = screen.getByRole('textbox', { name: /Recipient’s email/ });
    email.focus();
    await user.keyboard('carol@example.com');
    await user.tab();
    await user.keyboard('carol@example.com');
    // Date stays today, hour now; jump to the card field by tabbing until we reach it.
    const card = screen.getByRole('textbox', { name: 'Card number' });
    for (let i = 0; i < 30 && document.activeElement !== card; i += 1) await user.tab();
    expect(card).toHaveFocus();
    await user.keyboard('4242424242424242');
    await user.tab();
    expect(await payButton()).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Your gift is booked' });
  });

  it('reads ?purchaseAsGift=true and ?couponCode= from the page URL', async () => {
    window.history.pushState({}, '', '/checkout?purchaseAsGift=true&couponCode=spring20');
    try {
      setup('checkoutGift', { purchaseAsGift: false });
      await waitFor(() => expect(screen.getByRole('radio', { name: 'As a gift' })).toBeChecked());
      expect(await screen.findByRole('button', { name: 'Remove code' })).toBeInTheDocument();
    } finally {
      window.history.pushState({}, '', '/');
    }
  });

  it('a code typed but not applied stops Pay: no payment, the field says so and has focus; applied, Pay charges the discounted total', async () => {
    const user = userEvent.setup({ delay: null });
    const scenario = buildScenario('couponOnce');
    const { api, payOrder, couponTotals } = await couponSpyApi(scenario);
    const { onGiftPurchased } = await renderWithApi(scenario, api);
    await fillDelivery(user);
    await user.type(screen.getByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
    const field = screen.getByRole('textbox', { name: /Promotion code/ });
    await user.type(field, scenario.couponCode ?? '');
    const fullPrice = (await payButton()).textContent;
    await user.click(await payButton());
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAccessibleDescription(/Apply this code or clear the field before paying\./);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue(scenario.couponCode);
    expect(payOrder).not.toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: 'Your gift is booked' })).toBeNull();
    // Applied: the total changes on the button, and that is what is charged.
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByRole('button', { name: 'Remove code' });
    await waitFor(async () => expect((await payButton()).textContent).not.toBe(fullPrice));
    await user.click(await payButton());
    await screen.findByRole('heading', { name: 'Your gift is booked' });
    expect(payOrder).toHaveBeenCalledTimes(1);
    const { transactionId } = onGiftPurchased.mock.calls[0]?.[0] as { transactionId: string };
    expect(couponTotals).toHaveLength(1);
    expect(giftTotal(scenario, transactionId)).toBe(couponTotals[0]);
  });

  it('a code whose Apply failed offline still stops Pay after reconnecting; clearing the field lets the full price be paid', async () => {
    const user = userEvent.setup({ delay: null });
    const scenario = buildScenario('couponOnce');
    const { api, payOrder } = await couponSpyApi(scenario, 1);
    await renderWithApi(scenario, api);
    await fillDelivery(user);
    await user.type(screen.getByRole('textbox', { name: 'Card number' }), '4242424242424242');
    const field = screen.getByRole('textbox', { name: /Promotion code/ });
    await user.type(field, scenario.couponCode ?? '');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(field).toHaveAccessibleDescription(/We could not reach the service/));
    await user.click(await payButton());
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAccessibleDescription(/Apply this code or clear the field before paying\. We could not reach the service/);
    expect(payOrder).not.toHaveBeenCalled();
    // Editing the field takes the message away; an emptied field is no longer in the way.
    await user.clear(field);
    expect(field).not.toHaveAccessibleDescription(/Apply this code/);
    await user.click(await payButton());
    await screen.findByRole('heading', { name: 'Your gift is booked' });
    expect(payOrder).toHaveBeenCalledTimes(1);
  });

  it('isolates the platform’s free text in right-to-left locales: the offer title and description have dir="auto"', async () => {
    const scenario = buildScenario('checkoutGift');
    const { createInMemoryGiftsApi } = await import('@giftkit/mocks');
    const offer = await createInMemoryGiftsApi(scenario.platform, { customerId: () => scenario.customerId }).getOffer(scenario.offerId ?? '');
    setup('checkoutGift', {}, { locale: 'ar' });
    expect(await screen.findByText(offer.title)).toHaveAttribute('dir', 'auto');
    if (offer.description) expect(screen.getByText(offer.description)).toHaveAttribute('dir', 'auto');
  });

  it('speaks French', async () => {
    setup('checkoutGift', {}, { locale: 'fr' });
    expect(await screen.findByRole('radio', { name: 'En cadeau' })).toBeInTheDocument();
  });
});
