import type { Meta, StoryObj } from '@storybook/react-vite';
import { http } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { RedeemRefusalReason } from '@giftkit/core';
import { DEFAULT_BASE_URL, createInMemoryGiftsApi, seed, type Scenario, type ScenarioName } from '@giftkit/mocks';
import { RedeemGift } from '@giftkit/react';

/**
 * Verification requests seen by MSW in the current story: a handler that only counts and
 * lets the simulated platform answer.
 */
const verifications: string[] = [];
const countVerifications = http.get(`${DEFAULT_BASE_URL}/gifts/verification/:code`, ({ params }) => {
  verifications.push(String(params.code));
});
const onRequireAuth = fn();
const onGiftRedeemed = fn();

const scenarioOf = (loaded: Record<string, unknown>) => loaded.scenario as Scenario;
const T = { timeout: 10_000 };

const meta = {
  title: 'Flows/RedeemGift',
  component: RedeemGift,
  tags: ['autodocs'],
  args: { paymentMethodUrl: '/account/payment', manageSubscriptionUrl: '/account/subscriptions', supportUrl: '/help/gifts' },
  parameters: {
    giftkit: { scenario: 'giftReadyToRedeem', root: false, provider: { onRequireAuth, onGiftRedeemed } },
    msw: { handlers: [countVerifications] },
  },
  beforeEach: () => {
    verifications.length = 0;
    onRequireAuth.mockClear();
    onGiftRedeemed.mockClear();
  },
} satisfies Meta<typeof RedeemGift>;
export default meta;
type Story = StoryObj<typeof meta>;

const redeemButton = (canvasElement: HTMLElement) => within(canvasElement).findByRole('button', { name: 'Redeem gift' }, T);

/** The code of the gift {@link PrefilledFromLink} puts into its platform: the issue's own example. */
const LINK_GIFT_CODE = 'ABCD-2345';

/**
 * The recipient follows the email link `…/activate?giftCode=abcd 2345` (lower case, a space):
 * the field shows `ABCD-2345` and the preview appears after exactly one verification request.
 * The story puts a redeemable gift with that code into its simulated platform (sent yesterday
 * to Bob, the signed-in recipient) and the parameter on the page URL (`history.replaceState`),
 * as the link would.
 */
export const PrefilledFromLink: Story = {
  beforeEach: ({ loaded }) => {
    const { platform } = scenarioOf(loaded);
    const now = platform.now();
    const yesterday = Math.floor((now - 86_400) / 3600) * 3600;
    platform.dev.insertGift({
      code: LINK_GIFT_CODE,
      offerId: seed.offers.footballMonthly,
      gifterId: seed.customers.gifter.id,
      recipientEmail: seed.customers.newRecipient.email,
      createdAt: now - 3 * 86_400,
      deliveryDate: yesterday,
      sentAt: yesterday,
    });
    const before = window.location.href;
    const url = new URL(before);
    url.searchParams.set('giftCode', 'abcd 2345');
    window.history.replaceState(window.history.state, '', url);
    return () => window.history.replaceState(window.history.state, '', before);
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'Your gift: a new subscription' }, T);
    await expect(canvas.getByRole('textbox', { name: 'Gift code' })).toHaveValue(LINK_GIFT_CODE);
    await canvas.findByText(/You will get Football Monthly from today until/, undefined, T);
    // Settle: a duplicate (StrictMode, a re-render) would arrive within this window.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(verifications).toEqual([LINK_GIFT_CODE]);
  },
};

/** Keyboard only: type the code, Enter to check, Tab to the Redeem button, Enter. */
export const KeyboardOnlyRedemption: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: 'Gift code' })).toHaveFocus();
    await userEvent.keyboard('seed new2{Enter}');
    const heading = await canvas.findByRole('heading', { name: 'Your gift: a new subscription' }, T);
    await waitFor(() => expect(heading).toHaveFocus());
    const redeem = await redeemButton(canvasElement);
    while (document.activeElement !== redeem) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await canvas.findByRole('heading', { name: 'Thank you! Your gift is active' }, T);
    await expect(onGiftRedeemed).toHaveBeenCalledTimes(1);
  },
};

/** A NEW subscription: the gifted offer from today until the date shown. */
export const NewSubscription: Story = {
  args: { code: seed.giftCodes.readyToRedeem },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText(/You will get Football Monthly from today until/, undefined, T);
  },
};

/** EXTEND: Carol's Volleyball Monthly moves from its current renewal date to a year later. */
export const ExtendsSubscription: Story = {
  args: { code: seed.giftCodes.toExtend },
  parameters: { giftkit: { scenario: 'giftToExtend', root: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('This gift extends your Volleyball Monthly subscription.', undefined, T);
    await expect(canvas.getByText('Renewal date now')).toBeInTheDocument();
    await expect(canvas.getByText('New renewal date')).toBeInTheDocument();
    await expect(canvas.getByText(/Its own offer and billing stay the same/)).toBeInTheDocument();
  },
};

export const ExtendsSubscriptionDark: Story = {
  ...ExtendsSubscription,
  globals: { theme: 'dark' },
};

/** EXTEND of a subscription that ends (no payment method on file): end-of-access dates, not renewal dates. */
export const ExtendsEndingSubscription: Story = {
  args: { code: seed.giftCodes.toExtend },
  parameters: { giftkit: { scenario: 'giftToExtend', root: false } },
  beforeEach: ({ loaded }) => {
    scenarioOf(loaded).platform.dev.removePaymentMethods(seed.customers.extendRecipient.id);
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Current end of access', undefined, T)).toBeInTheDocument();
    await expect(canvas.getByText('New end of access')).toBeInTheDocument();
    await expect(canvas.getByText(/only the date access ends moves/)).toBeInTheDocument();
  },
};

/** EXTEND in Arabic, right to left: the two renewal dates read in Arabic. */
export const ExtendsSubscriptionArabic: Story = {
  args: { code: seed.giftCodes.toExtend },
  parameters: { giftkit: { scenario: 'giftToExtend', root: false } },
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const heading = await canvas.findByRole('heading', { name: 'هديتك تمدّد اشتراكك' }, T);
    await expect(heading.closest('.gk-root')).toHaveAttribute('dir', 'rtl');
    await expect(await canvas.findByText('تاريخ التجديد الحالي', undefined, T)).toBeInTheDocument();
  },
};

/**
 * Two stacked gifts: the first (Alice's annual gift) was redeemed already, so the second
 * (George's monthly gift) starts from the date the first one set.
 */
export const TwoStackedGifts: Story = {
  parameters: { giftkit: { scenario: 'twoStackedGifts', root: false } },
  beforeEach: async ({ loaded }) => {
    const s = scenarioOf(loaded);
    const [first = ''] = s.giftCodes ?? [];
    await createInMemoryGiftsApi(s.platform, { customerId: s.customerId }).redeemGift(first, { idempotencyKey: 'story-first-gift' });
  },
  render: (args, { loaded }) => <RedeemGift {...args} code={args.code ?? scenarioOf(loaded).giftCodes?.[1]} />,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const s = scenarioOf(loaded);
    await canvas.findByText('Renewal date now', undefined, T);
    const afterFirst = s.platform.dev.subscription(s.subscriptionId ?? '').expiresAt;
    const [current] = canvas.getAllByRole('definition');
    await expect(current).toHaveTextContent(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(afterFirst * 1000));
  },
};

/** After redeeming: what they have, until when, and that access lapses without a payment method. */
export const ThankYou: Story = {
  args: { code: seed.giftCodes.readyToRedeem },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await redeemButton(canvasElement));
    const heading = await canvas.findByRole('heading', { name: 'Thank you! Your gift is active' }, T);
    await waitFor(() => expect(heading).toHaveFocus());
    await canvas.findByText(/You now have Football Monthly until/, undefined, T);
    await expect(canvas.getByRole('link', { name: 'Add a payment method' })).toHaveAttribute('href', '/account/payment');
    await expect(onGiftRedeemed).toHaveBeenCalledWith(expect.objectContaining({ redeemMode: 'NEW' }));
  },
};

/** Extension thank-you, in German and dark. */
export const ThankYouExtendedGermanDark: Story = {
  args: { code: seed.giftCodes.toExtend },
  parameters: { giftkit: { scenario: 'giftToExtend', root: false } },
  globals: { locale: 'de', theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Geschenk einlösen' }, T));
    await canvas.findByRole('heading', { name: 'Vielen Dank! Ihr Geschenk ist aktiv' }, T);
    await canvas.findByText(/Ihr Abonnement Volleyball Monthly läuft jetzt bis zum/, undefined, T);
  },
};

export const NewSubscriptionFrench: Story = {
  args: { code: seed.giftCodes.readyToRedeem },
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('heading', { name: 'Votre cadeau : un nouvel abonnement' }, T);
  },
};

/** Nobody signed in: the gift waits, the host is asked (`requireAuth`), the code is kept. */
export const NotSignedIn: Story = {
  parameters: { giftkit: { scenario: 'redeemSignedOut', root: false, provider: { onRequireAuth } } },
  args: { code: 'seed new2' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(/Your gift SEED-NEW2 is waiting for you/, undefined, T);
    await waitFor(() => expect(onRequireAuth).toHaveBeenCalledWith(expect.objectContaining({ flow: 'redeem' })));
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(onRequireAuth).toHaveBeenCalledTimes(2);
    await expect(verifications).toEqual([]);
  },
};

/** A code from a mangled link: the field says what a code looks like; nothing is sent. */
export const MalformedCode: Story = {
  args: { code: 'seed-ne' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Gift code' });
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    await expect(input).toHaveAccessibleDescription(/like ABCD-2345/);
    await userEvent.click(canvas.getByRole('button', { name: 'Check code' }));
    await expect(verifications).toEqual([]);
  },
};

export const MalformedCodeGerman: Story = {
  ...MalformedCode,
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const input = await within(canvasElement).findByRole('textbox', { name: 'Geschenkcode' }, T);
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
  },
};

/** Verification answers 503: a clear message, a retry, the code kept. */
export const VerifyUnavailable: Story = {
  args: { code: seed.giftCodes.readyToRedeem },
  parameters: { giftkit: { scenario: 'verifyUnavailable', root: false } },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'We could not check your code' }, T);
    await expect(canvas.getByRole('textbox', { name: 'Gift code' })).toHaveValue('SEED-NEW2');
    scenarioOf(loaded).platform.faults.clear();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await canvas.findByRole('heading', { name: 'Your gift: a new subscription' }, T);
  },
};

/** Verification never answers: the checking state (the HTTP client gives up after its timeout). */
export const VerifyTimeout: Story = {
  args: { code: seed.giftCodes.readyToRedeem },
  parameters: { giftkit: { scenario: 'verifyTimeout', root: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('Checking your code…', undefined, T);
    await expect(canvas.getByRole('button', { name: /Check code/ })).toHaveAttribute('aria-busy', 'true');
  },
};

/** Redeeming fails once (503): the retry reuses the idempotency key and redeems once. */
export const RedeemNetworkFailure: Story = {
  args: { code: seed.giftCodes.readyToRedeem },
  beforeEach: ({ loaded }) => {
    scenarioOf(loaded).platform.faults.inject('redeemGift', { status: 503, times: 'once' });
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await redeemButton(canvasElement));
    const alert = await canvas.findByRole('alert', undefined, T);
    await expect(alert).toHaveTextContent(/Trying again is safe/);
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await canvas.findByRole('heading', { name: 'Thank you! Your gift is active' }, T);
    await expect(onGiftRedeemed).toHaveBeenCalledTimes(1);
  },
};

/** Three unknown codes in a row: a 30-second cool-down with a live countdown. */
export const Throttled: Story = {
  parameters: { giftkit: { scenario: 'giftNotFound', root: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Gift code' });
    for (const code of ['ZZZZ-ZZZ2', 'ZZZZ-ZZZ3', 'ZZZZ-ZZZ4']) {
      await userEvent.clear(input);
      await userEvent.type(input, `${code}{Enter}`);
      await canvas.findByText('We could not find a gift with this code.', undefined, T);
    }
    await canvas.findByText('Too many attempts', undefined, T);
    await expect(canvas.getByRole('timer')).toHaveTextContent(/You can try again in \d+ seconds?\./);
    await userEvent.clear(input);
    await userEvent.type(input, 'ZZZZ-ZZZ5{Enter}');
    await expect(verifications).toHaveLength(3);
  },
};

type Refusal = { scenario: ScenarioName; reason: RedeemRefusalReason; message: RegExp };
/** One refusal per story, with the scenario's customer and the seed's code for that reason. */
const refusal = ({ scenario, reason, message }: Refusal, globals?: Story['globals']): Story => ({
  args: { code: seed.redemptionRefusals[reason].code },
  parameters: { giftkit: { scenario, root: false } },
  ...(globals ? { globals } : {}),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(message, undefined, T);
    await expect(canvasElement.querySelector(`[data-reason="${reason}"]`)).not.toBeNull();
    await expect(canvas.queryByRole('button', { name: /Redeem gift|Geschenk einlösen|Utiliser le cadeau/ })).not.toBeInTheDocument();
  },
});

export const RefusedAlreadyRedeemed = refusal({ scenario: 'giftAlreadyRedeemed', reason: 'REDEEMED', message: /already been used/ });
export const RefusedExpired = refusal({ scenario: 'giftExpired', reason: 'EXPIRED', message: /has expired/ });
export const RefusedNotFound = refusal({ scenario: 'giftNotFound', reason: 'NOT_FOUND', message: /could not find a gift/ });
export const RefusedNotYetDelivered = refusal({ scenario: 'giftNotYetDelivered', reason: 'NOT_YET_DELIVERED', message: /at the time the gifter chose/ });
export const RefusedOfferInactive = refusal({ scenario: 'giftOfferInactive', reason: 'INACTIVE_OFFER', message: /no longer offered/ });
export const RefusedOfferGeoRestricted = refusal({ scenario: 'giftOfferGeoRestricted', reason: 'OFFER_GEO_RESTRICTED', message: /gifted subscription is not available in your country/ });
export const RefusedPublisherGeoRestricted = refusal({ scenario: 'giftPublisherGeoRestricted', reason: 'PUBLISHER_GEO_RESTRICTED', message: /Our service is not available/ });
export const RefusedExternallyManaged = refusal({ scenario: 'giftExternallyManaged', reason: 'EXTERNALLY_MANAGED_SUBSCRIPTION', message: /app store or a partner/ });
export const RefusedRenewalInProgress = refusal({ scenario: 'giftRenewalInProgress', reason: 'RECURRING_PROCESS_ALREADY_STARTED', message: /once the payment has completed/ });
export const RefusedTwoMatchingSubscriptions = refusal({ scenario: 'giftTwoMatchingSubscriptions', reason: 'MORE_THAN_ONE_MATCHING_SUBSCRIPTION', message: /More than one of your subscriptions/ });
export const RefusedExpiredFrenchDark = refusal({ scenario: 'giftExpired', reason: 'EXPIRED', message: /Ce code cadeau a expiré/ }, { locale: 'fr', theme: 'dark' });
export const RefusedExternallyManagedGerman = refusal({ scenario: 'giftExternallyManaged', reason: 'EXTERNALLY_MANAGED_SUBSCRIPTION', message: /App-Store oder einen Partner/ }, { locale: 'de' });
