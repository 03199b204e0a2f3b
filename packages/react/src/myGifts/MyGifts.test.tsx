import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSyncExternalStore } from 'react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { editCutoff, giftTimeZone } from '@giftkit/core';
import { buildScenario, seed, type Platform, type Scenario } from '@giftkit/mocks';
import { renderWithScenario, stopScenarioServer } from '../../test/renderWithScenario';
import { MyGifts, type MyGiftsProps } from './MyGifts';

afterAll(stopScenarioServer);

/** The platform's clock as React state, so a test can move it and the component sees it. */
function clockOf(platform: Platform) {
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    now: () => platform.now(),
    advanceTo(instant: number) {
      platform.advanceBy(instant - platform.now());
      listeners.forEach((listener) => listener());
    },
  };
}

function Clocked({ clock, ...props }: MyGiftsProps & { clock: ReturnType<typeof clockOf> }) {
  const now = useSyncExternalStore(clock.subscribe, clock.now);
  return <MyGifts {...props} now={now} />;
}

function setup(name: Parameters<typeof buildScenario>[0], props: MyGiftsProps = {}, via: 'memory' | 'http' = 'memory', prepare?: (scenario: Scenario) => void) {
  const scenario: Scenario = buildScenario(name);
  prepare?.(scenario);
  const clock = clockOf(scenario.platform);
  const onGiftUpdated = vi.fn();
  const onRequireAuth = vi.fn();
  const r = renderWithScenario(<Clocked clock={clock} onGiftUpdated={onGiftUpdated} {...props} />, name, { scenario, via, onRequireAuth });
  return { ...r, clock, onGiftUpdated, onRequireAuth, user: userEvent.setup({ delay: null }) };
}

const cards = () => document.querySelectorAll('.gk-myGiftsCard');

/** `count` purchases of the gifter's own subscriptions in the last hours, a minute apart (newest first by date). */
function addOwnPurchases(scenario: Scenario, count: number) {
  for (let i = 0; i < count; i += 1) scenario.platform.dev.addTransaction(seed.customers.gifter.id, seed.offers.footballMonthly, scenario.platform.now() - i * 60, `sub_own_${i}`);
}
const giftOf = (scenario: Scenario, key: string) => scenario.platform.dev.gift(scenario.giftIds?.[key] ?? '');

describe('MyGifts — sent gifts', () => {
  it('shows every gift newest first with its timeline, and edit or the reason why not', async () => {
    setup('myGiftsEveryStatus');
    await waitFor(() => expect(cards()).toHaveLength(6));
    expect(screen.getAllByRole('button', { name: /^Edit delivery details of the gift for/ })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Edit delivery details of the gift for Paul (paul@example.com)' })).toBeInTheDocument();
    expect(screen.getByText(/^Sending soon: edits closed at/)).toBeInTheDocument();
    expect(screen.getAllByText('Already sent: it can no longer be changed.')).toHaveLength(2); // sent, expired
    expect(screen.getAllByText('Already redeemed: it can no longer be changed.')).toHaveLength(2); // activated, completed
    const timeline = screen.getByRole('list', { name: 'Status of the gift for tom@example.com' });
    expect(within(timeline).getAllByRole('listitem').map((step) => step.getAttribute('data-phase'))).toEqual(['scheduled', 'sent', 'expired']);
    expect(within(timeline).getByText(/Code expired/).closest('li')).toHaveAttribute('aria-current', 'step');
    // Newest purchase first (bought 1, 2, 3, 3, 410 and 420 days ago), whatever order they were recorded in.
    const order = screen.getAllByRole('list', { name: /^Status of the gift for/ }).map((list) => list.getAttribute('aria-label')?.replace('Status of the gift for ', ''));
    expect(order).toEqual(['Paul (paul@example.com)', 'zoe@example.com', seed.customers.newRecipient.email, 'marc@example.com', 'tom@example.com', 'lea@example.com']);
  });

  it('turns the edit button into the reason when the clock crosses the cut-off', async () => {
    const { scenario, clock } = setup('myGiftsEveryStatus');
    const edit = await screen.findByRole('button', { name: /gift for Paul/ });
    expect(edit).toBeInTheDocument();
    const gift = giftOf(scenario, 'scheduled');
    const cutoff = editCutoff(gift.deliveryDetails.deliveryDate, giftTimeZone(gift));
    clock.advanceTo(cutoff - 60);
    expect(screen.getByRole('button', { name: /gift for Paul/ })).toBeInTheDocument();
    clock.advanceTo(cutoff + 1);
    await waitFor(() => expect(screen.queryByRole('button', { name: /gift for Paul/ })).not.toBeInTheDocument());
    // (The other gift due today may meanwhile show as sent: its delivery hour passed too.)
    const paul = screen.getByRole('list', { name: /Status of the gift for Paul/ }).closest('.gk-myGiftsCard') as HTMLElement;
    expect(within(paul).getByText(/^Sending soon: edits closed at/)).toBeInTheDocument();
  });

  it('shows a gift as sent once the clock passes its delivery time, without a reload', async () => {
    const { scenario, clock, api } = setup('myGiftsEveryStatus');
    await screen.findByRole('button', { name: /gift for Paul/ });
    const gift = giftOf(scenario, 'scheduled');
    const listTransactions = vi.spyOn(api, 'listTransactions');
    const listed = () => listTransactions.mock.calls.length;
    const before = listed();
    // Past the hour: the platform's hourly job has sent it.
    clock.advanceTo(gift.deliveryDetails.deliveryDate + 3600);
    await waitFor(() => {
      const card = screen.getByRole('list', { name: /Status of the gift for Paul/ }).closest('.gk-myGiftsCard') as HTMLElement;
      expect(within(card).getByText('Already sent: it can no longer be changed.')).toBeInTheDocument();
      expect(card.querySelector('li[aria-current="step"]')).toHaveAttribute('data-phase', 'sent');
    });
    // Asked once for that delivery time, not on every tick after it.
    clock.advanceTo(gift.deliveryDetails.deliveryDate + 7200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(listed() - before).toBe(1);
  });

  it('saves the complete details, fires giftUpdated and updates the list without a reload', async () => {
    const { scenario, api, onGiftUpdated, user } = setup('myGiftsEveryStatus');
    await user.click(await screen.findByRole('button', { name: /gift for Paul/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit delivery details' });
    expect(within(dialog).getByLabelText(/^Confirm the recipient’s email/)).toHaveValue('paul@example.com');
    const list = vi.spyOn(api, 'listTransactions');
    const update = vi.spyOn(api, 'updateGift');
    const email = within(dialog).getByLabelText(/^Recipient’s email/);
    await user.clear(email);
    await user.type(email, 'paul.new@example.com');
    const confirmation = within(dialog).getByLabelText(/^Confirm the recipient’s email/);
    await user.clear(confirmation);
    await user.type(confirmation, 'paul.new@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const gift = giftOf(scenario, 'scheduled');
    expect(update).toHaveBeenCalledTimes(1);
    const sent = update.mock.calls[0]?.[1];
    expect(sent).toMatchObject({ recipientEmail: 'paul.new@example.com', deliveryDate: gift.deliveryDetails.deliveryDate, personalNote: 'With love' });
    expect(onGiftUpdated).toHaveBeenCalledWith(expect.objectContaining({ giftId: gift.id }));
    expect(await screen.findByText('Paul (paul.new@example.com)')).toBeInTheDocument();
    expect(screen.getByText('The delivery details of the gift for Paul (paul.new@example.com) were saved.')).toBeInTheDocument();
    expect(list).not.toHaveBeenCalled();
  });

  it('asks before Escape or Cancel throw away changed details, and keeps them on “Keep editing”', async () => {
    const { api, user } = setup('myGiftsEveryStatus');
    const update = vi.spyOn(api, 'updateGift');
    const open = async () => {
      await user.click(await screen.findByRole('button', { name: /gift for Paul/ }));
      return screen.findByRole('dialog', { name: 'Edit delivery details' });
    };
    // Nothing changed: Escape closes at once.
    await open();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    let dialog = await open();
    const note = within(dialog).getByLabelText(/^Personal note/);
    await user.clear(note);
    await user.type(note, 'See you soon');
    await user.keyboard('{Escape}');
    const keep = await within(dialog).findByRole('button', { name: 'Keep editing' });
    expect(within(dialog).getByText('Discard your changes?')).toBeInTheDocument();
    await waitFor(() => expect(keep).toHaveFocus());
    await user.click(keep);
    expect(within(dialog).queryByText('Discard your changes?')).not.toBeInTheDocument();
    expect(note).toHaveValue('See you soon');
    expect(note).toHaveFocus();

    // Escape on the question means "Keep editing" too: the question goes, focus returns, the note stays.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Keep editing' })).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(within(dialog).queryByText('Discard your changes?')).not.toBeInTheDocument());
    expect(screen.getByRole('dialog', { name: 'Edit delivery details' })).toBe(dialog);
    expect(note).toHaveValue('See you soon');
    expect(note).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(update).not.toHaveBeenCalled();
    // A new opening starts from the saved details, with no question pending.
    dialog = await open();
    expect(within(dialog).getByLabelText(/^Personal note/)).toHaveValue('With love');
    expect(within(dialog).queryByText('Discard your changes?')).not.toBeInTheDocument();
  });

  it('shows the platform’s reason when the window closed while the dialog was open, and refreshes the list', async () => {
    const { scenario, api, user, onGiftUpdated } = setup('myGiftsEveryStatus');
    await user.click(await screen.findByRole('button', { name: /gift for Paul/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit delivery details' });
    const gift = giftOf(scenario, 'scheduled');
    // The platform's clock passes the cut-off; the viewer's page still shows the old time.
    scenario.platform.advanceBy(editCutoff(gift.deliveryDetails.deliveryDate, giftTimeZone(gift)) + 1 - scenario.platform.now());
    const getGift = vi.spyOn(api, 'getGift');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByText(/^Sending soon: edits closed at/)).toBeInTheDocument();
    expect(within(dialog).getByText('Your changes were not saved')).toBeInTheDocument();
    // The save button is disabled now: focus goes to the reason, still inside the dialog.
    await waitFor(() => expect(dialog.querySelector('.gk-myGiftsRefusal')).toHaveFocus());
    await waitFor(() => expect(getGift).toHaveBeenCalledWith(gift.id, expect.anything()));
    expect(onGiftUpdated).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('button', { name: /gift for Paul/ })).not.toBeInTheDocument();
    const paul = screen.getByRole('list', { name: /gift for Paul/ }).closest('li');
    expect(paul).toHaveTextContent(/Sending soon: edits closed at/);
    await waitFor(() => expect(paul?.querySelector('.gk-myGiftsLock')).toHaveFocus());
  });

  it('keeps the dialog and what was typed on a network failure, and saves on retry', async () => {
    const { scenario, user, onGiftUpdated } = setup('myGiftsEveryStatus');
    await user.click(await screen.findByRole('button', { name: /gift for Paul/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit delivery details' });
    const note = within(dialog).getByLabelText(/^Personal note/);
    await user.clear(note);
    await user.type(note, 'Happy birthday!');
    scenario.platform.faults.inject('updateGift', { status: 503, times: 'once' });
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/try again/i);
    expect(within(dialog).getByLabelText(/^Personal note/)).toHaveValue('Happy birthday!');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onGiftUpdated).toHaveBeenCalledTimes(1));
    expect(onGiftUpdated.mock.calls[0]?.[0]).toMatchObject({ deliveryDetails: { personalNote: 'Happy birthday!' } });
  });

  it('pages through 5,000 gifts with a flat cost per page', async () => {
    const { api, user } = setup('myGiftsMany');
    const list = vi.spyOn(api, 'listTransactions');
    const getGift = vi.spyOn(api, 'getGift');
    await waitFor(() => expect(cards()).toHaveLength(20));
    expect(screen.getByText('Page 1: purchases 1 to 20 of 5,002')).toBeInTheDocument();
    const first = cards()[0]?.textContent;
    list.mockClear();
    getGift.mockClear();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('Page 2: purchases 21 to 40 of 5,002')).toBeInTheDocument());
    await waitFor(() => expect(cards()).toHaveLength(20));
    expect(cards()[0]?.textContent).not.toBe(first);
    expect(list).toHaveBeenCalledTimes(1);
    expect(getGift.mock.calls.length).toBeLessThanOrEqual(20);
    expect(screen.getByRole('heading', { name: 'Gifts I gave' })).toHaveFocus();
  });

  it('shows the rest of the page when one gift fails to load, and retries that gift alone', async () => {
    const { scenario, api, user } = setup('myGiftsEveryStatus');
    scenario.platform.faults.inject('getGift', { status: 503, times: 'once' });
    await waitFor(() => expect(cards()).toHaveLength(6));
    expect(screen.getAllByRole('list', { name: /^Status of the gift for/ })).toHaveLength(5);
    expect(screen.getByText(/^The details of this gift could not be loaded\./)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const list = vi.spyOn(api, 'listTransactions');
    const getGift = vi.spyOn(api, 'getGift');
    await user.click(screen.getByRole('button', { name: /^Try again: / }));
    await waitFor(() => expect(screen.getAllByRole('list', { name: /^Status of the gift for/ })).toHaveLength(6));
    expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
    expect(getGift).toHaveBeenCalledTimes(1);
    expect(list).not.toHaveBeenCalled();
  });

  it('fails the page as a whole when no gift on it loads', async () => {
    const { scenario, user } = setup('myGiftsEveryStatus', {}, 'memory', (s) => s.platform.faults.inject('getGift', { status: 503, times: 6 }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(cards()).toHaveLength(0);
    scenario.platform.faults.clear();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(cards()).toHaveLength(6));
  });

  it('shows the empty state to a customer whose purchases are all their own subscriptions', async () => {
    setup('empty', { pageSize: 10, buyGiftUrl: '/offers' }, 'memory', (s) => addOwnPurchases(s, 25));
    expect(await screen.findByText('You have not given a gift yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Give a subscription as a gift' })).toHaveAttribute('href', '/offers');
    expect(screen.queryByRole('navigation', { name: 'Pages of gifts' })).not.toBeInTheDocument();
  });

  it('scans past purchases that are not gifts (at most 3 windows a page), says so, and pages back exactly', async () => {
    const { api, user } = setup('empty', { pageSize: 10 }, 'memory', (s) => {
      for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
        s.platform.dev.insertGift({ offerId: seed.offers.footballMonthly, gifterId: seed.customers.gifter.id, recipientEmail: email, createdAt: s.platform.now() - 86_400, deliveryDate: s.platform.now() + 10 * 86_400 });
      }
      addOwnPurchases(s, 70); // newer than the gifts: the first 70 purchases hold no gift
    });
    const hint = (from: number, to: number) => `No gifts among your purchases ${from} to ${to}: they are your own subscriptions. Older purchases are on the next page.`;
    expect(await screen.findByText(hint(1, 30))).toBeInTheDocument();
    expect(screen.getByText('Page 1: purchases 1 to 30 of 75')).toBeInTheDocument();
    const list = vi.spyOn(api, 'listTransactions');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText(hint(31, 60))).toBeInTheDocument();
    expect(list).toHaveBeenCalledTimes(3);
    list.mockClear();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(cards()).toHaveLength(3));
    expect(screen.getByText('Page 3: purchases 61 to 75 of 75')).toBeInTheDocument();
    expect(list).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByText('Page 2: purchases 31 to 60 of 75')).toBeInTheDocument();
    expect(cards()).toHaveLength(0);
  });

  it('invites to buy a gift when there is none', async () => {
    setup('empty', { buyGiftUrl: '/offers?purchaseAsGift=true' });
    expect(await screen.findByText('You have not given a gift yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Give a subscription as a gift' })).toHaveAttribute('href', '/offers?purchaseAsGift=true');
  });

  it('asks the host to sign in when the session expired, with retry', async () => {
    const { onRequireAuth } = setup('sessionExpired', {}, 'http');
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has ended');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(onRequireAuth).toHaveBeenCalledWith({ flow: 'myGifts' });
  });

  it('asks the host to sign in when nobody is', async () => {
    const { onRequireAuth } = setup('signedOut');
    expect(await screen.findByText('Sign in to see your gifts.')).toBeInTheDocument();
    expect(onRequireAuth).toHaveBeenCalledWith({ flow: 'myGifts' });
  });
});

describe('MyGifts — received gifts and tabs', () => {
  it('follows the ARIA tabs pattern and lists received gifts with their note as text', async () => {
    const { user } = setup('receivedGifts', { redeemUrl: '/redeem' });
    const sentTab = screen.getByRole('tab', { name: 'Gifts I gave' });
    expect(sentTab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Gifts I received' })).toHaveAttribute('tabindex', '-1');
    sentTab.focus();
    await user.keyboard('{ArrowRight}');
    const receivedTab = screen.getByRole('tab', { name: 'Gifts I received' });
    expect(receivedTab).toHaveFocus();
    expect(receivedTab).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'Gifts I received' });
    await waitFor(() => expect(within(panel).getAllByText(/^Redeemed on/).length).toBeGreaterThan(0));
    expect(within(panel).getAllByText(/^Access until/).length).toBeGreaterThan(0);
    await user.keyboard('{Home}');
    expect(sentTab).toHaveFocus();
  });

  it('works over HTTP too', async () => {
    setup('receivedGifts', { defaultTab: 'received' }, 'http');
    const panel = screen.getByRole('tabpanel', { name: 'Gifts I received' });
    await waitFor(() => expect(within(panel).getAllByText(/^Redeemed on/).length).toBeGreaterThan(0));
  });
});
