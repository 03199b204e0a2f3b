import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Scenario, ScenarioName } from '@giftkit/mocks';
import { Checkout, type CheckoutProps } from '@giftkit/react';

/** Renders `Checkout` for the story's scenario: its offer (else `args.offerId`), gift mode, code and clock. */
function render(args: CheckoutProps, context: { loaded: Record<string, unknown> }) {
  const scenario = context.loaded.scenario as Scenario | undefined;
  return (
    <Checkout
      offerId={scenario?.offerId ?? args.offerId}
      purchaseAsGift={args.purchaseAsGift ?? scenario?.buyAsAGift}
      couponCode={args.couponCode}
      now={args.now ?? scenario?.platform.now()}
      myGiftsUrl={args.myGiftsUrl ?? '#my-gifts'}
      paymentAdapter={args.paymentAdapter}
    />
  );
}

const meta = {
  title: 'Flows/Checkout',
  component: Checkout,
  args: { offerId: 'offer_football_annual' },
  render,
  parameters: { giftkit: { scenario: 'checkoutGift', root: false }, layout: 'padded' },
} satisfies Meta<typeof Checkout>;
export default meta;
type Story = StoryObj<typeof meta>;

const on = (scenario: ScenarioName, extra: Partial<Story> = {}): Story => ({ parameters: { giftkit: { scenario, root: false } }, ...extra });
const withCode = (scenario: ScenarioName, extra: Partial<Story> = {}): Story => ({
  ...on(scenario, extra),
  render: (args, context) => {
    const scenarioData = context.loaded.scenario as Scenario | undefined;
    return render({ ...args, couponCode: scenarioData?.couponCode }, context);
  },
});

const T = { timeout: 10_000 };

async function fillGift(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await userEvent.type(await canvas.findByRole('textbox', { name: /Recipient’s email/ }, T), 'carol@example.com');
  await userEvent.type(canvas.getByRole('textbox', { name: /Confirm the recipient/ }), 'carol@example.com');
  await userEvent.type(canvas.getByRole('textbox', { name: /Personal note/ }), 'Happy birthday! <b>not bold</b>');
}

async function payWith(canvasElement: HTMLElement, card: string) {
  const canvas = within(canvasElement);
  await userEvent.type(await canvas.findByRole('textbox', { name: 'Card number' }, T), card);
  await userEvent.click(await canvas.findByRole('button', { name: /^Pay / }, T));
}

/** A gift: delivery details, a test card, and the confirmation. */
export const Gift: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('radio', { name: 'As a gift' }, T)).toBeChecked();
    await fillGift(canvasElement);
    await payWith(canvasElement, '4242 4242 4242 4242');
    await expect(await canvas.findByRole('heading', { name: 'Your gift is booked' }, T)).toBeInTheDocument();
    await expect(canvas.getByText('Happy birthday! <b>not bold</b>')).toBeInTheDocument();
  },
};
/** The form before anything is typed (no play). */
export const GiftForm: Story = {};
export const GiftDark: Story = { globals: { theme: 'dark' } };
export const GiftFrench: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('radio', { name: 'En cadeau' }, T)).toBeChecked();
  },
};
export const GiftFrenchDark: Story = { globals: { locale: 'fr', theme: 'dark' } };
/**
 * Arabic, right to left: the layout mirrors and a gift is bought end to end, every label in
 * Arabic.
 */
export const GiftArabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('radio', { name: 'كهدية' }, T)).toBeChecked();
    const root = canvasElement.querySelector('.gk-root') as HTMLElement;
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(root).toHaveAttribute('lang', 'ar');
    await expect(getComputedStyle(root).direction).toBe('rtl');
    // The offer's title comes from the platform (in English here): isolated, its own direction.
    const title = canvasElement.querySelector('.gk-offerSummary strong') as HTMLElement;
    await expect(title).toHaveAttribute('dir', 'auto');
    await expect(getComputedStyle(title).direction).toBe('ltr');
    await userEvent.type(canvas.getByRole('textbox', { name: /^البريد الإلكتروني للمستلم/ }), 'carol@example.com');
    await userEvent.type(canvas.getByRole('textbox', { name: /أكّد البريد الإلكتروني/ }), 'carol@example.com');
    await userEvent.type(canvas.getByRole('textbox', { name: /رسالة شخصية/ }), 'عيد ميلاد سعيد!');
    await userEvent.type(canvas.getByRole('textbox', { name: 'رقم البطاقة' }), '4242424242424242');
    await userEvent.click(canvas.getByRole('button', { name: /^ادفع / }));
    await expect(await canvas.findByRole('heading', { name: 'تم حجز هديتك' }, T)).toBeInTheDocument();
    await expect(canvas.getByText('عيد ميلاد سعيد!')).toBeInTheDocument();
  },
};

/** Errors on submit: every field says what is wrong, focus on the first. */
export const GiftValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Card number' }, T), '4242424242424242');
    await userEvent.click(canvas.getByRole('button', { name: /^Pay / }));
    const email = canvas.getByRole('textbox', { name: /Recipient’s email/ });
    await waitFor(() => expect(email).toHaveFocus());
    await expect(email).toHaveAttribute('aria-invalid', 'true');
  },
};

export const ForMyself = on('checkoutForMyself', {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('radio', { name: 'For myself' }, T)).toBeChecked();
    await payWith(canvasElement, '4242424242424242');
    await expect(await canvas.findByRole('heading', { name: 'Thank you!' }, T)).toBeInTheDocument();
  },
});
export const AlreadySubscribed = on('checkoutAlreadySubscribed', {
  play: async ({ canvasElement }) => {
    const myself = await within(canvasElement).findByRole('radio', { name: 'For myself' }, T);
    await waitFor(() => expect(myself).toBeDisabled(), T);
  },
});
export const AlreadySubscribedFrenchDark = on('checkoutAlreadySubscribed', { globals: { locale: 'fr', theme: 'dark' } });
export const NotGiftable = on('checkoutNotGiftable', {
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/Only monthly, 3-month/, {}, T)).toBeInTheDocument();
  },
});
export const NotGiftableFrench = on('checkoutNotGiftable', { globals: { locale: 'fr' } });
export const GiftingDisabled = on('checkoutGiftingDisabled');
export const InactiveOffer = on('checkoutInactiveOffer', {
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { name: 'This offer cannot be bought' }, T)).toBeInTheDocument();
  },
});
export const InactiveOfferDarkFrench = on('checkoutInactiveOffer', { globals: { theme: 'dark', locale: 'fr' } });
export const Pass = on('checkoutPass');
export const SignedOut: Story = {
  ...on('signedOut'),
  args: { offerId: 'offer_football_annual', purchaseAsGift: true },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/Sign in to buy/, {}, T)).toBeInTheDocument();
  },
};
/** Loading: every answer takes a while. */
export const Loading = on('slowNetwork');
export const MalformedOffer = on('malformedOffer', {
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert', {}, T)).toHaveTextContent('We could not load this offer.');
  },
});
export const MalformedOfferFrench = on('malformedOffer', { globals: { locale: 'fr' } });

// Codes that apply (auto-applied from the scenario's code, as `?couponCode=` would).
export const CouponPercent = withCode('couponPercent', {
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/for 3 months/, {}, T)).toBeInTheDocument();
  },
});
export const CouponPercentDark = withCode('couponPercent', { globals: { theme: 'dark' } });
export const CouponPercentFrench = withCode('couponPercent', { globals: { locale: 'fr' } });
export const CouponOnce = withCode('couponOnce');
export const CouponForever = withCode('couponForever');
export const CouponAmountOff = withCode('couponAmountOff');
/** 100 % off: no payment details, "Confirm my order". */
export const CouponFree = withCode('couponFree', {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/Nothing to pay/, {}, T)).toBeInTheDocument();
    await fillGift(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm my order' }));
    await expect(await canvas.findByRole('heading', { name: 'Your gift is booked' }, T)).toBeInTheDocument();
  },
});
/**
 * A code typed but never applied: *Pay* does not pay. The field says to apply or clear it and
 * takes focus, the text kept; once applied, the new total shows on *Pay* and that is charged.
 * A gift is one payment: the summary says just "Discount (TENOFF)".
 */
export const CouponTypedNotApplied = on('couponOnce', {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillGift(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Card number' }), '4242424242424242');
    const field = canvas.getByRole('textbox', { name: /Promotion code/ });
    await userEvent.type(field, 'TENOFF');
    const pay = () => canvas.getByRole('button', { name: /^Pay / });
    const fullPrice = pay().textContent;
    await userEvent.click(pay());
    await waitFor(() => expect(field).toHaveFocus(), T);
    await expect(field).toHaveAccessibleDescription(/Apply this code or clear the field before paying\./);
    await expect(field).toHaveValue('TENOFF');
    await expect(canvas.queryByRole('heading', { name: 'Your gift is booked' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    await canvas.findByRole('button', { name: 'Remove code' }, T);
    await waitFor(() => expect(pay().textContent).not.toBe(fullPrice), T);
    await expect(canvas.getByText(/^Discount/, { selector: 'dt' })).toHaveTextContent(/^Discount \(TENOFF\)$/);
    await userEvent.click(pay());
    await expect(await canvas.findByRole('heading', { name: 'Your gift is booked' }, T)).toBeInTheDocument();
  },
});
export const CouponFreeDarkFrench = withCode('couponFree', { globals: { theme: 'dark', locale: 'fr' } });
export const CouponMinimumAmount = withCode('couponMinimumAmount');
export const CouponFirstPurchase = withCode('couponFirstPurchase');

// Each refusal of rule 14, in the order the checks run.
const refused = (scenario: ScenarioName, text: RegExp, extra: Partial<Story> = {}, label = /Promotion code/) =>
  withCode(scenario, {
    play: async ({ canvasElement }) => {
      const field = await within(canvasElement).findByRole('textbox', { name: label }, T);
      await waitFor(() => expect(field).toHaveAccessibleDescription(text), T);
    },
    ...extra,
  });
export const CouponNotFound = refused('couponNotFound', /does not exist/);
export const CouponInactive = refused('couponInactive', /no longer active/);
export const CouponExpired = refused('couponExpired', /has expired/);
export const CouponLimitReached = refused('couponLimitReached', /maximum number of times/);
export const CouponOtherCustomer = refused('couponOtherCustomer', /another account/);
export const CouponFirstPurchaseOnly = refused('couponFirstPurchaseOnly', /first purchase/);
export const CouponMinimumNotMet = refused('couponMinimumNotMet', /minimum amount/);
export const CouponNotForThisOffer = refused('couponNotForThisOffer', /does not apply to this offer/);
export const CouponCurrencyMismatch = refused('couponCurrencyMismatch', /another currency/);
export const CouponRefusedDarkFrench = refused('couponExpired', /expiré/, { globals: { theme: 'dark', locale: 'fr' } }, /Code promo/);

/** A declined card: the reason, nothing lost, try another card. */
export const Declined: Story = {
  play: async ({ canvasElement }) => {
    await fillGift(canvasElement);
    await payWith(canvasElement, '4000 0000 0000 0002');
    await expect(await within(canvasElement).findByRole('alert', {}, T)).toHaveTextContent(/declined this card/);
    await expect(within(canvasElement).getByRole('textbox', { name: /Recipient’s email/ })).toHaveValue('carol@example.com');
  },
};
/** Declined for insufficient funds: the bank's reason, not the general decline. */
export const DeclinedInsufficientFunds: Story = {
  play: async ({ canvasElement }) => {
    await fillGift(canvasElement);
    await payWith(canvasElement, '4000 0000 0000 9995');
    await expect(await within(canvasElement).findByRole('alert', {}, T)).toHaveTextContent(/insufficient funds/);
  },
};
export const DeclinedDarkFrench: Story = {
  globals: { theme: 'dark', locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: /E-mail du destinataire/ }, T), 'carol@example.com');
    await userEvent.type(canvas.getByRole('textbox', { name: /Confirmez/ }), 'carol@example.com');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Numéro de carte' }), '4000000000000002');
    await userEvent.click(canvas.getByRole('button', { name: /^Payer / }));
    await expect(await canvas.findByRole('alert', {}, T)).toBeInTheDocument();
  },
};
/** A card that asks for a confirmation step. */
export const Challenge: Story = {
  play: async ({ canvasElement }) => {
    await fillGift(canvasElement);
    await payWith(canvasElement, '4000 0000 0000 3220');
    await expect(await within(canvasElement).findByRole('heading', { name: 'Confirm your payment' }, T)).toBeInTheDocument();
  },
};
export const ChallengeDark: Story = { ...Challenge, globals: { theme: 'dark' } };
/**
 * The first payment answers 500: the attempt may have gone through, so the details are
 * locked (and say why) until "Try again" reuses the attempt's key and succeeds once.
 */
export const NetworkFailureMidPayment = on('paymentServerErrorOnce', {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillGift(canvasElement);
    await payWith(canvasElement, '4242424242424242');
    const alert = await canvas.findByRole('alert', {}, T);
    await expect(canvas.getByText(/Your details are locked/)).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: /Recipient’s email/ })).toBeDisabled();
    await expect(canvas.getByRole('textbox', { name: /Promotion code/ })).toBeDisabled();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try the payment again' }));
    await expect(await canvas.findByRole('heading', { name: 'Your gift is booked' }, T)).toBeInTheDocument();
  },
});
/** The confirmation, in French and dark. */
export const ConfirmationFrenchDark: Story = {
  globals: { theme: 'dark', locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: /E-mail du destinataire/ }, T), 'carol@example.com');
    await userEvent.type(canvas.getByRole('textbox', { name: /Confirmez/ }), 'carol@example.com');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Numéro de carte' }), '4242424242424242');
    await userEvent.click(canvas.getByRole('button', { name: /^Payer / }));
    await expect(await canvas.findByRole('heading', { name: 'Votre cadeau est programmé' }, T)).toBeInTheDocument();
  },
};
/** Keyboard only: Tab through the form, type, Enter on Pay. */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const email = await canvas.findByRole('textbox', { name: /Recipient’s email/ }, T);
    email.focus();
    await userEvent.keyboard('carol@example.com');
    await userEvent.tab();
    await userEvent.keyboard('carol@example.com');
    const card = canvas.getByRole('textbox', { name: 'Card number' });
    for (let i = 0; i < 40 && document.activeElement !== card; i += 1) await userEvent.tab();
    await expect(card).toHaveFocus();
    await userEvent.keyboard('4242424242424242');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: /^Pay / })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByRole('heading', { name: 'Your gift is booked' }, T)).toBeInTheDocument();
  },
};
