import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GiftsApiError } from '@giftkit/core';
import { seed } from '@giftkit/mocks';
import { RedeemGift } from './RedeemGift';
import { renderRedeem } from './test/harness';

const codeField = () => screen.getByRole('textbox', { name: 'Gift code' });

describe('RedeemGift', () => {
  it('prefills a mangled code from the URL, normalises it and verifies it exactly once (StrictMode)', async () => {
    const { verifyGift } = renderRedeem(<RedeemGift search="?giftCode=seed new2" />, 'giftReadyToRedeem');
    expect(await screen.findByRole('heading', { name: 'Your gift: a new subscription' })).toBeInTheDocument();
    expect(codeField()).toHaveValue('SEED-NEW2');
    expect(await screen.findByText(/You will get Football Monthly from today until/)).toBeInTheDocument();
    expect(verifyGift).toHaveBeenCalledTimes(1);
    expect(verifyGift.mock.calls[0]?.[0]).toBe('SEED-NEW2');
  });

  it('reads another parameter name and the page URL by default', async () => {
    window.history.replaceState(null, '', '/subscribe/gift/activate?code=seed-new2');
    try {
      const { verifyGift } = renderRedeem(<RedeemGift codeParam="code" />, 'giftReadyToRedeem');
      expect(await screen.findByRole('heading', { name: 'Your gift: a new subscription' })).toBeInTheDocument();
      expect(verifyGift).toHaveBeenCalledTimes(1);
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('redeems once on a double click, then thanks and says access lapses without a payment method', async () => {
    const user = userEvent.setup({ delay: null });
    const { redeemGift, onGiftRedeemed } = renderRedeem(<RedeemGift code={seed.giftCodes.readyToRedeem} paymentMethodUrl="/account/payment" />, 'giftReadyToRedeem');
    const button = await screen.findByRole('button', { name: 'Redeem gift' });
    await user.dblClick(button);
    const heading = await screen.findByRole('heading', { name: 'Thank you! Your gift is active' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(redeemGift).toHaveBeenCalledTimes(1);
    expect(onGiftRedeemed).toHaveBeenCalledTimes(1);
    expect(onGiftRedeemed.mock.calls[0]?.[0]).toMatchObject({ redeemMode: 'NEW', offerId: seed.offers.footballMonthly });
    expect(await screen.findByText(/You now have Football Monthly until/)).toBeInTheDocument();
    expect(screen.getByText(/access ends, because no payment method is on file/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a payment method' })).toHaveAttribute('href', '/account/payment');
    await user.click(screen.getByRole('button', { name: 'Redeem another gift' }));
    expect(codeField()).toHaveValue('');
    expect(codeField()).toHaveFocus();
  });

  it('previews an extension: the subscription, its current and new renewal dates, billing unchanged', async () => {
    renderRedeem(<RedeemGift code={seed.giftCodes.toExtend} />, 'giftToExtend');
    expect(await screen.findByRole('heading', { name: 'Your gift extends your subscription' })).toBeInTheDocument();
    expect(await screen.findByText('This gift extends your Volleyball Monthly subscription.')).toBeInTheDocument();
    expect(screen.getByText('Renewal date now')).toBeInTheDocument();
    expect(screen.getByText('New renewal date')).toBeInTheDocument();
    expect(screen.getByText(/Its own offer and billing stay the same/)).toBeInTheDocument();
  });

  it('previews an extension of a subscription that ends (no payment method): end-of-access dates, not renewal dates', async () => {
    const { scenario } = renderRedeem(<RedeemGift code={seed.giftCodes.toExtend} />, 'giftToExtend');
    scenario.platform.dev.removePaymentMethods(seed.customers.extendRecipient.id);
    expect(await screen.findByText('Current end of access')).toBeInTheDocument();
    expect(screen.getByText('New end of access')).toBeInTheDocument();
    expect(screen.getByText('Its offer stays the same: only the date access ends moves.')).toBeInTheDocument();
    expect(screen.queryByText(/renewal date/i)).not.toBeInTheDocument();
  });

  it('stacks two gifts: the second preview starts from the date the first one set', async () => {
    const user = userEvent.setup({ delay: null });
    const { scenario } = renderRedeem(<RedeemGift />, 'twoStackedGifts');
    const [first = '', second = ''] = scenario.giftCodes ?? [];
    await user.type(codeField(), first);
    await user.click(screen.getByRole('button', { name: 'Check code' }));
    await user.click(await screen.findByRole('button', { name: 'Redeem gift' }));
    await screen.findByRole('heading', { name: 'Thank you! Your gift is active' });
    const afterFirst = scenario.platform.dev.subscription(scenario.subscriptionId ?? '').expiresAt;
    await user.click(screen.getByRole('button', { name: 'Redeem another gift' }));
    await user.type(codeField(), second);
    await user.keyboard('{Enter}');
    await screen.findByText('Renewal date now');
    const shown = screen.getAllByRole('definition').map((d) => d.textContent);
    expect(shown[0]).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(afterFirst * 1000));
  });

  it.each([
    ['giftAlreadyRedeemed', 'This gift code has already been used.'],
    ['giftExpired', 'This gift code has expired.'],
    ['giftNotFound', 'We could not find a gift with this code.'],
    ['giftNotYetDelivered', 'This gift has not been delivered yet.'],
    ['giftOfferInactive', 'The gifted subscription is no longer offered.'],
    ['giftOfferGeoRestricted', 'The gifted subscription is not available in your country.'],
    ['giftPublisherGeoRestricted', 'Our service is not available in your country.'],
    ['giftExternallyManaged', 'Your matching subscription is billed by an app store or a partner, so we cannot extend it here.'],
    ['giftRenewalInProgress', 'A renewal payment for your subscription is being processed right now.'],
    ['giftTwoMatchingSubscriptions', 'More than one of your subscriptions matches this gift, so we cannot tell which one to extend.'],
  ] as const)('%s: explains the refusal and the next step', async (name, message) => {
    const probe = renderRedeem(<RedeemGift manageSubscriptionUrl="/account" supportUrl="/help" />, name);
    const code = probe.scenario.giftCode ?? '';
    probe.unmount();
    renderRedeem(<RedeemGift code={code} manageSubscriptionUrl="/account" supportUrl="/help" />, name);
    expect(await screen.findByRole('heading', { name: 'This gift cannot be redeemed' })).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Redeem gift' })).not.toBeInTheDocument();
    if (name === 'giftExternallyManaged') expect(screen.getByRole('link', { name: 'Manage that subscription' })).toHaveAttribute('href', '/account');
    if (name === 'giftRenewalInProgress') expect(screen.getByRole('button', { name: 'Check again' })).toBeInTheDocument();
  });

  it('shows a refusal the platform gives at redemption time (409 CONFLICT with a reason)', async () => {
    const user = userEvent.setup({ delay: null });
    const { redeemGift } = renderRedeem(<RedeemGift code={seed.giftCodes.readyToRedeem} />, 'giftReadyToRedeem');
    redeemGift.mockRejectedValueOnce(new GiftsApiError({ code: 'CONFLICT', status: 409, message: 'x', reason: 'RECURRING_PROCESS_ALREADY_STARTED' }));
    await user.click(await screen.findByRole('button', { name: 'Redeem gift' }));
    expect(await screen.findByText('A renewal payment for your subscription is being processed right now.')).toBeInTheDocument();
  });

  it('treats a 404 with reason NOT_FOUND at redemption as the NOT_FOUND refusal', async () => {
    const user = userEvent.setup({ delay: null });
    const { redeemGift } = renderRedeem(<RedeemGift code={seed.giftCodes.readyToRedeem} />, 'giftReadyToRedeem');
    redeemGift.mockRejectedValueOnce(new GiftsApiError({ code: 'NOT_FOUND', status: 404, message: 'x', reason: 'NOT_FOUND' }));
    await user.click(await screen.findByRole('button', { name: 'Redeem gift' }));
    expect(await screen.findByText('We could not find a gift with this code.')).toBeInTheDocument();
  });

  it('signed out: shows the waiting gift, asks the host once, and carries on with the code when the session arrives', async () => {
    const user = userEvent.setup({ delay: null });
    const r = renderRedeem(<RedeemGift search="?giftCode=seed new2" />, 'redeemSignedOut');
    expect(await screen.findByText(/Your gift SEED-NEW2 is waiting for you/)).toBeInTheDocument();
    expect(r.onRequireAuth).toHaveBeenCalledTimes(1);
    expect(r.onRequireAuth.mock.calls[0]?.[0]).toMatchObject({ flow: 'redeem' });
    expect(String(r.onRequireAuth.mock.calls[0]?.[0]?.returnTo)).toContain('giftCode=SEED-NEW2');
    expect(r.verifyGift).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(r.onRequireAuth).toHaveBeenCalledTimes(2);
    act(() => r.signIn(seed.customers.newRecipient.id));
    expect(await screen.findByRole('heading', { name: 'Your gift: a new subscription' })).toBeInTheDocument();
    expect(codeField()).toHaveValue('SEED-NEW2');
    expect(r.verifyGift).toHaveBeenCalledTimes(1);
  });

  it('says what a code looks like and sends nothing for a malformed one', async () => {
    const user = userEvent.setup({ delay: null });
    const { verifyGift } = renderRedeem(<RedeemGift />, 'giftReadyToRedeem');
    await user.type(codeField(), 'abc');
    expect(codeField()).toHaveValue('ABC');
    await user.keyboard('{Enter}');
    expect(codeField()).toHaveAccessibleDescription(/Error: This code is too short: gift codes have 8 characters, like ABCD-2345\./);
    expect(codeField()).toHaveAttribute('aria-invalid', 'true');
    await user.clear(codeField());
    await user.type(codeField(), 'O0O0-O0O0');
    await user.click(screen.getByRole('button', { name: 'Check code' }));
    expect(codeField()).toHaveAccessibleDescription(/without 0, 1, I, L, O or U/);
    expect(verifyGift).not.toHaveBeenCalled();
  });

  it('explains a mangled code from the link straight away', async () => {
    renderRedeem(<RedeemGift search="?giftCode=seed-ne" />, 'giftReadyToRedeem');
    await waitFor(() => expect(codeField()).toHaveValue('SEED-NE'));
    expect(codeField()).toHaveAttribute('aria-invalid', 'true');
  });

  it('editing a verified code drops the preview: an unverified code can never be redeemed', async () => {
    const user = userEvent.setup({ delay: null });
    const { redeemGift } = renderRedeem(<RedeemGift code={seed.giftCodes.readyToRedeem} />, 'giftReadyToRedeem');
    await screen.findByRole('button', { name: 'Redeem gift' });
    await user.type(codeField(), '{Backspace}3');
    expect(codeField()).toHaveValue('SEED-NEW3');
    expect(screen.queryByRole('button', { name: 'Redeem gift' })).not.toBeInTheDocument();
    expect(redeemGift).not.toHaveBeenCalled();
  });

  it('throttles repeated unknown codes with a counted-down cool-down', async () => {
    const user = userEvent.setup({ delay: null });
    const { verifyGift } = renderRedeem(<RedeemGift />, 'giftNotFound');
    for (const code of ['ZZZZ-ZZZ2', 'ZZZZ-ZZZ3', 'ZZZZ-ZZZ4']) {
      await user.clear(codeField());
      await user.type(codeField(), `${code}{Enter}`);
      await screen.findByText('We could not find a gift with this code.');
    }
    expect(await screen.findByText('Too many attempts')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent(/You can try again in (30|29) seconds\./);
    await user.clear(codeField());
    await user.type(codeField(), 'ZZZZ-ZZZ5{Enter}');
    expect(verifyGift).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('button', { name: 'Check code' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('starts the cool-down on the server’s RATE_LIMITED with its retryAfter', async () => {
    const user = userEvent.setup({ delay: null });
    const { verifyGift, onError } = renderRedeem(<RedeemGift />, 'giftReadyToRedeem');
    verifyGift.mockRejectedValueOnce(new GiftsApiError({ code: 'RATE_LIMITED', status: 429, message: 'slow down', retryAfter: 120 }));
    await user.type(codeField(), 'ZZZZ-ZZZ2{Enter}');
    expect(await screen.findByRole('timer')).toHaveTextContent(/You can try again in (120|119) seconds\./);
    expect(screen.getByText('Too many attempts. Please wait a moment and try again.')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'RATE_LIMITED', flow: 'redeem' }));
  });

  it('verification unavailable: a clear message and a retry that works once it is back, code kept', async () => {
    const user = userEvent.setup({ delay: null });
    const { scenario, verifyGift } = renderRedeem(<RedeemGift code={seed.giftCodes.readyToRedeem} />, 'verifyUnavailable');
    expect(await screen.findByRole('heading', { name: 'We could not check your code' })).toBeInTheDocument();
    expect(codeField()).toHaveValue('SEED-NEW2');
    scenario.platform.faults.clear();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Your gift: a new subscription' })).toBeInTheDocument();
    expect(verifyGift).toHaveBeenCalledTimes(2);
  });

  it('a timeout on verify ends in a message with a retry', async () => {
    const { verifyGift } = renderRedeem(<RedeemGift />, 'giftReadyToRedeem');
    verifyGift.mockRejectedValueOnce(new GiftsApiError({ code: 'TIMEOUT', message: 'slow' }));
    await userEvent.type(codeField(), 'seed new2{Enter}');
    expect(await screen.findByText('The service took too long to answer. Please try again.')).toBeInTheDocument();
  });

  it('a network failure on redeem keeps the idempotency key for the retry: one redemption', async () => {
    const user = userEvent.setup({ delay: null });
    const { redeemGift, scenario } = renderRedeem(<RedeemGift code={seed.giftCodes.readyToRedeem} />, 'giftReadyToRedeem');
    scenario.platform.faults.inject('redeemGift', { status: 503, times: 'once' });
    await user.click(await screen.findByRole('button', { name: 'Redeem gift' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Trying again is safe/);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Thank you! Your gift is active' })).toBeInTheDocument();
    expect(redeemGift).toHaveBeenCalledTimes(2);
    const keys = redeemGift.mock.calls.map((call) => call[1].idempotencyKey);
    expect(keys[0]).toBe(keys[1]);
  });

  it('an ended session offers to sign in again instead of a plain retry', async () => {
    const user = userEvent.setup({ delay: null });
    const { verifyGift, onRequireAuth } = renderRedeem(<RedeemGift />, 'giftReadyToRedeem');
    verifyGift.mockRejectedValueOnce(new GiftsApiError({ code: 'UNAUTHORIZED', status: 401, message: 'expired' }));
    await user.type(codeField(), 'seed new2{Enter}');
    expect(await screen.findByText('Your session has ended. Please sign in again.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onRequireAuth).toHaveBeenCalledWith(expect.objectContaining({ flow: 'redeem' }));
  });

  it('works in French', async () => {
    renderRedeem(<RedeemGift code={seed.giftCodes.toExtend} />, 'giftToExtend', { locale: 'fr' });
    expect(await screen.findByRole('heading', { name: 'Votre cadeau prolonge votre abonnement' })).toBeInTheDocument();
  });
});
