import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import { editCutoff, giftTimeZone } from '@giftkit/core';
import { seed, type Scenario } from '@giftkit/mocks';
import { MyGiftsOnPlatformClock, advancePlatformTo, scenarioOf } from './platformClock';

const meta = {
  title: 'Flows/MyGifts',
  component: MyGiftsOnPlatformClock,
  tags: ['autodocs'],
  args: { platform: undefined, buyGiftUrl: '/offers?purchaseAsGift=true', redeemUrl: '/subscribe/gift/activate' },
  argTypes: { platform: { control: false } },
  parameters: { giftkit: { scenario: 'myGiftsEveryStatus', root: false } },
  render: (args, { loaded }) => <MyGiftsOnPlatformClock {...args} platform={scenarioOf(loaded)?.platform} />,
} satisfies Meta<typeof MyGiftsOnPlatformClock>;
export default meta;
type Story = StoryObj<typeof meta>;

const cards = (root: HTMLElement) => root.querySelectorAll('.gk-myGiftsCard');
const T = { timeout: 10_000 };

function scheduledGift(scenario: Scenario | undefined) {
  if (!scenario) throw new Error('This story needs its scenario');
  const gift = scenario.platform.dev.gift(scenario.giftIds?.scheduled ?? '');
  return { gift, cutoff: editCutoff(gift.deliveryDetails.deliveryDate, giftTimeZone(gift)) };
}

const top = (element: Element | null | undefined) => Math.round(element?.getBoundingClientRect().top ?? Number.NaN);

/** Alice's gifts in every status, newest purchase first: one editable, the others locked with their reason. */
export const EveryStatus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(cards(canvasElement)).toHaveLength(6), T);
    await expect(canvas.getAllByRole('button', { name: /^Edit delivery details of the gift for/ })).toHaveLength(1);
    await expect(canvas.getByText(/^Sending soon: edits closed at/)).toBeInTheDocument();
    await expect(canvas.getAllByText('Already redeemed: it can no longer be changed.')).toHaveLength(2);
    const order = canvas.getAllByRole('list', { name: /^Status of the gift for/ }).map((list) => list.getAttribute('aria-label'));
    await expect(order[0]).toBe('Status of the gift for Paul (paul@example.com)');
    await expect(order.at(-1)).toBe('Status of the gift for lea@example.com');
  },
};

/**
 * Bob's redeemed gift: the step ahead reads "Access ends — expected …", and every step's date
 * stays in line with the others even when one wraps (a narrow card forces the wrap).
 */
export const TimelineAligned: Story = {
  decorators: [(Story) => <div style={{ inlineSize: '375px' }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(cards(canvasElement)).toHaveLength(6), T);
    const timeline = canvas.getByRole('list', { name: `Status of the gift for ${seed.customers.newRecipient.email}` });
    const steps = within(timeline).getAllByRole('listitem');
    const ends = steps.find((step) => step.getAttribute('data-phase') === 'ended');
    await expect(ends).toHaveTextContent(/^Access ends/);
    await expect(ends).toHaveTextContent(/expected /);
    // Steps on one line: labels share a top, dates share a top (even beside a wrapped date).
    const lines = new Map<number, HTMLElement[]>();
    for (const step of steps) lines.set(top(step), [...(lines.get(top(step)) ?? []), step]);
    await expect(lines.size).toBeLessThan(steps.length);
    for (const line of lines.values()) {
      await expect(new Set(line.map((step) => top(step.children[0]))).size).toBe(1);
      await expect(new Set(line.map((step) => top(step.children[1]))).size).toBe(1);
    }
    // The card's labels leave the values the room: the address stays on one line at 375 px.
    const recipient = canvas.getAllByText(seed.customers.newRecipient.email, { selector: 'dd' })[0];
    if (!recipient) throw new Error('No recipient shown');
    const dl = recipient.parentElement?.getBoundingClientRect().width ?? 0;
    await expect(recipient.previousElementSibling?.getBoundingClientRect().width ?? 0).toBeLessThanOrEqual(dl / 3 + 1);
    const text = document.createRange();
    text.selectNodeContents(recipient);
    await expect(text.getClientRects()).toHaveLength(1);
  },
};

export const EveryStatusDark: Story = { ...EveryStatus, globals: { theme: 'dark' } };

export const EveryStatusPolish: Story = {
  globals: { locale: 'pl' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cards(canvasElement)).toHaveLength(6), T);
    await expect(await within(canvasElement).findByRole('tab', { name: 'Podarowane' }, T)).toHaveAttribute('aria-selected', 'true');
  },
};

/** Every status in Arabic, right to left. */
export const EveryStatusArabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cards(canvasElement)).toHaveLength(6), T);
    const tab = await within(canvasElement).findByRole('tab', { name: 'هدايا قدّمتها' }, T);
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(tab.closest('.gk-root')).toHaveAttribute('dir', 'rtl');
  },
};

/** Editable until the cut-off: moving the platform's clock past it turns the button into the reason. */
export const EditableThenLocked: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('button', { name: /gift for Paul/ }, T);
    const scenario = scenarioOf(loaded);
    const { cutoff } = scheduledGift(scenario);
    if (scenario) advancePlatformTo(scenario.platform, cutoff + 1);
    await waitFor(() => expect(canvas.queryByRole('button', { name: /gift for Paul/ })).not.toBeInTheDocument());
    const paul = canvas.getByRole('list', { name: /gift for Paul/ }).closest('li');
    await expect(paul).toHaveTextContent(/Sending soon: edits closed at/);
  },
};

/** The dialog opens prefilled (confirmation too); saving updates the list in place. */
export const EditSuccess: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /gift for Paul/ }, T));
    const dialog = await canvas.findByRole('dialog', { name: 'Edit delivery details' }, T);
    await expect(within(dialog).getByLabelText(/^Confirm the recipient’s email/)).toHaveValue('paul@example.com');
    const note = within(dialog).getByLabelText(/^Personal note/);
    await userEvent.clear(note);
    await userEvent.type(note, 'See you soon!');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await expect(await canvas.findByText(/^The delivery details of the gift for Paul/, {}, T)).toBeInTheDocument();
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();
  },
};

/** Changed details and then Escape: the dialog asks before throwing them away (designers: the question's look). */
export const EditDiscardAsks: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /gift for Paul/ }, T));
    const dialog = await canvas.findByRole('dialog', { name: 'Edit delivery details' }, T);
    const note = within(dialog).getByLabelText(/^Personal note/);
    await userEvent.clear(note);
    await userEvent.type(note, 'See you soon!');
    await userEvent.keyboard('{Escape}');
    const keep = await within(dialog).findByRole('button', { name: 'Keep editing' }, T);
    await waitFor(() => expect(keep).toHaveFocus());
    await expect(within(dialog).getByRole('button', { name: 'Discard changes' })).toBeInTheDocument();
    await expect(note).toHaveValue('See you soon!');
  },
};

/** Escape on the question means "Keep editing": it goes, focus returns to the note, nothing typed is lost. */
export const EditDiscardEscapeKeepsEditing: Story = {
  play: async (context) => {
    await EditDiscardAsks.play?.(context);
    const dialog = within(context.canvasElement).getByRole('dialog', { name: 'Edit delivery details' });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(dialog).queryByText('Discard your changes?')).not.toBeInTheDocument(), T);
    const note = within(dialog).getByLabelText(/^Personal note/);
    await expect(note).toHaveFocus();
    await expect(note).toHaveValue('See you soon!');
  },
};

/**
 * The edit dialog's layout: Save changes then Cancel on one row; a date error grows the date
 * field downwards and the hour stays in line with it.
 */
export const EditDialogLayout: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /gift for Paul/ }, T));
    const dialog = await canvas.findByRole('dialog', { name: 'Edit delivery details' }, T);
    const save = within(dialog).getByRole('button', { name: 'Save changes' });
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    await expect(top(save)).toBe(top(cancel));
    await expect(save.getBoundingClientRect().left).toBeLessThan(cancel.getBoundingClientRect().left);
    const date = within(dialog).getByLabelText(/^Date/);
    const hour = within(dialog).getByRole('combobox', { name: /Hour/ });
    // A past day (the native picker takes no typing here): the date field shows its error.
    date.focus();
    await fireEvent.change(date, { target: { value: '2020-01-01' } });
    await userEvent.tab();
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'), T);
    await expect(top(date)).toBe(top(hour));
  },
};

/** The window closes while the dialog is open: the platform refuses and says why; the list refreshes. */
export const EditRefusedAtCutoff: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /gift for Paul/ }, T));
    const dialog = await canvas.findByRole('dialog', { name: 'Edit delivery details' }, T);
    const scenario = scenarioOf(loaded);
    const { cutoff } = scheduledGift(scenario);
    scenario?.platform.advanceBy(cutoff + 1 - scenario.platform.now());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await expect(await within(dialog).findByText(/^Sending soon: edits closed at/, {}, T)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await expect(canvas.queryByRole('button', { name: /gift for Paul/ })).not.toBeInTheDocument();
  },
};

/** 5,000 gifts: 20 per page, the DOM stays light, each page costs the same. */
export const FiveThousandGifts: Story = {
  parameters: { giftkit: { scenario: 'myGiftsMany', root: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(cards(canvasElement)).toHaveLength(20), T);
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await expect(await canvas.findByText(/^Page 2: purchases 21 to 40 of 5,00\d$/, {}, T)).toBeInTheDocument();
    await waitFor(() => expect(cards(canvasElement)).toHaveLength(20), T);
    await expect(canvas.getByRole('heading', { name: 'Gifts I gave' })).toHaveFocus();
  },
};

/** One gift's details fail to load: that row says so with its own retry; the rest of the page shows. */
export const OneGiftFailedToLoad: Story = {
  beforeEach: ({ loaded }) => {
    scenarioOf(loaded)?.platform.faults.inject('getGift', { status: 503, times: 'once' });
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(cards(canvasElement)).toHaveLength(6), T);
    await expect(canvas.getByText(/^The details of this gift could not be loaded\./)).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: /^Try again: / }));
    await waitFor(() => expect(canvas.getAllByRole('list', { name: /^Status of the gift for/ })).toHaveLength(6), T);
  },
};

/** `count` purchases of Alice's own subscriptions in the last hour, newer than her gifts. */
function addOwnPurchases(scenario: Scenario | undefined, count: number) {
  if (!scenario) throw new Error('This story needs its scenario');
  const { platform } = scenario;
  // A minute apart: all newer than her gifts (bought a day or more ago).
  for (let i = 0; i < count; i += 1) platform.dev.addTransaction(seed.customers.gifter.id, seed.offers.footballMonthly, platform.now() - i * 60, `sub_story_${i}`);
}

/**
 * Alice's 40 latest purchases are her own subscriptions: page 1 looks through three windows
 * (30 purchases), says it found no gift there, and Next goes on to her gifts.
 */
export const GiftsBehindOwnPurchases: Story = {
  args: { pageSize: 10 },
  beforeEach: ({ loaded }) => addOwnPurchases(scenarioOf(loaded), 40),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(/^No gifts among your purchases 1 to 30: they are your own subscriptions\./, {}, T);
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(cards(canvasElement)).toHaveLength(6), T);
    await expect(canvas.getByText('Page 2: purchases 31 to 48 of 48')).toBeInTheDocument();
  },
};

/** Only her own subscriptions bought, more than a page of them: the empty state, not blank pages. */
export const OnlyOwnPurchases: Story = {
  args: { pageSize: 10 },
  parameters: { giftkit: { scenario: 'empty', root: false } },
  beforeEach: ({ loaded }) => addOwnPurchases(scenarioOf(loaded), 25),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('link', { name: 'Give a subscription as a gift' }, T)).toBeInTheDocument();
    await expect(canvas.queryByRole('navigation', { name: 'Pages of gifts' })).not.toBeInTheDocument();
  },
};

/** Nothing bought yet: an invitation to give one. */
export const Empty: Story = {
  parameters: { giftkit: { scenario: 'empty', root: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('link', { name: 'Give a subscription as a gift' }, T)).toHaveAttribute('href', '/offers?purchaseAsGift=true');
    await userEvent.click(canvas.getByRole('tab', { name: 'Gifts I received' }));
    await expect(await canvas.findByRole('link', { name: 'Redeem a gift code' }, T)).toBeInTheDocument();
  },
};

/** Bob's received gifts: from whom, what, the note as text, when redeemed, until when. */
export const ReceivedGifts: Story = {
  args: { defaultTab: 'received' },
  parameters: { giftkit: { scenario: 'receivedGifts', root: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const panel = canvas.getByRole('tabpanel', { name: 'Gifts I received' });
    await waitFor(() => expect(within(panel).getAllByText(/^Redeemed on/).length).toBeGreaterThan(0), T);
    canvas.getByRole('tab', { name: 'Gifts I received' }).focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('tab', { name: 'Gifts I gave' })).toHaveFocus();
  },
};

export const ReceivedGiftsPolishDark: Story = {
  args: { defaultTab: 'received' },
  globals: { locale: 'pl', theme: 'dark' },
  parameters: { giftkit: { scenario: 'receivedGifts', root: false } },
  play: async ({ canvasElement }) => {
    const panel = await within(canvasElement).findByRole('tabpanel', { name: 'Otrzymane' }, T);
    await waitFor(() => expect(within(panel).getAllByText(/^Aktywowano/).length).toBeGreaterThan(0), T);
  },
};

/** The platform fails once: the error says so and "Try again" recovers. */
export const ApiFailure: Story = {
  beforeEach: ({ loaded }) => {
    scenarioOf(loaded)?.platform.faults.inject('listTransactions', { status: 503, times: 'once' });
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert', {}, T)).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(cards(canvasElement)).toHaveLength(6), T);
  },
};

/** The session was revoked: the host is asked to sign in again. */
export const SessionExpired: Story = {
  parameters: { giftkit: { scenario: 'sessionExpired', root: false } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/Your session has ended/, {}, T)).toBeInTheDocument();
  },
};

export const SignedOut: Story = {
  parameters: { giftkit: { scenario: 'signedOut', root: false } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Sign in to see your gifts.', {}, T)).toBeInTheDocument();
  },
};

/** Every answer takes 1.5 s: skeletons while loading. */
export const SlowNetwork: Story = {
  parameters: { giftkit: { scenario: 'slowNetwork', root: false } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading your gifts…');
  },
};
