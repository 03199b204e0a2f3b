import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallOptions, GiftSearchQuery, GiftsApi } from '@giftkit/core';
import { createInMemoryGiftsApi, scenarios, seed } from '@giftkit/mocks';
import { GiftKitProvider } from '../provider/GiftKitProvider';
import { renderWithScenario } from '../../test/renderWithScenario';
import { GiftManager } from './GiftManager';

afterEach(() => {
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('GiftManager', () => {
  it('shows one page of the operator’s gifts with status text, codes and sortable headers', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithScenario(<GiftManager syncUrl={false} pageSize={5} />, 'operator');
    const table = await screen.findByRole('table');
    expect(rowsOf(table)).toHaveLength(5);
    const created = within(table).getByRole('columnheader', { name: /Created/ });
    expect(created).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: /Activation code/ }));
    await waitFor(() => expect(within(table).getByRole('columnheader', { name: /Activation code/ })).toHaveAttribute('aria-sort', 'ascending'));
    expect(created).toHaveAttribute('aria-sort', 'none');
    await waitFor(() => {
      const codes = rowsOf(screen.getByRole('table')).map((row) => within(row).getAllByRole('cell')[3]?.querySelector('code')?.textContent ?? '');
      expect(codes).toEqual([...codes].sort());
    });
  });

  it('refuses a customer who is not an operator, clearly', async () => {
    renderWithScenario(<GiftManager syncUrl={false} />, 'default');
    expect(await screen.findByText(/Only operators can see the gift table/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('asks the host to sign someone in when nobody is', async () => {
    const onRequireAuth = vi.fn();
    renderWithScenario(<GiftManager syncUrl={false} />, 'signedOut', { onRequireAuth });
    await waitFor(() => expect(onRequireAuth).toHaveBeenCalledWith({ flow: 'giftManager' }));
    expect(screen.getByText(/Sign in with an operator account/)).toBeInTheDocument();
  });

  it('finds a gift by a code typed loosely, and shows its details with the note as text and the redeem link', async () => {
    const user = userEvent.setup({ delay: null });
    const s = scenarios.operator();
    const code = seed.giftCodes.readyToRedeem;
    const gift = s.platform.dev.insertGift({
      offerId: seed.offers.footballAnnual,
      gifterId: seed.customers.gifter.id,
      recipientEmail: 'zoe@example.com',
      personalNote: '<img src=x onerror=alert(1)> see you',
      deliveryDate: s.platform.now() - 3600,
      sentAt: s.platform.now() - 3600,
    });
    renderWithScenario(<GiftManager syncUrl={false} now={() => s.platform.now()} />, 'operator', { scenario: s, redeemUrl: 'https://tv.example/gift/activate' });
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox', { name: 'Search gifts' }), gift.code.toLowerCase().replace('-', ' '));
    await waitFor(() => expect(rowsOf(screen.getByRole('table'))).toHaveLength(1));
    expect(code).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Details of the gift to zoe@example.com' }));
    const dialog = await screen.findByRole('dialog', { name: `Gift ${gift.code}` });
    expect(within(dialog).getByText('<img src=x onerror=alert(1)> see you')).toBeInTheDocument();
    expect(dialog.querySelector('img')).toBeNull();
    expect(within(dialog).getByText(`https://tv.example/gift/activate?giftCode=${gift.code}`)).toBeInTheDocument();
    expect(within(dialog).getByText(/not available through this platform/)).toBeInTheDocument();
    const current = dialog.querySelector('[aria-current="step"]');
    expect(current?.textContent).toMatch(/Sent/);
    // Operators read times in their own zone, so the zone is named.
    const zoneName = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts((s.platform.now() - 3600) * 1000).find((part) => part.type === 'timeZoneName')?.value;
    expect(current?.textContent).toContain(zoneName);
  });

  it('copies a code and says so politely', async () => {
    const user = userEvent.setup({ delay: null });
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithScenario(<GiftManager syncUrl={false} pageSize={3} />, 'operator');
    const table = await screen.findByRole('table');
    const first = rowsOf(table)[0] as HTMLElement;
    await user.click(within(first).getByRole('button', { name: /^Copy code / }));
    expect(writeText).toHaveBeenCalledWith(first.querySelector('code')?.textContent);
    expect(within(first).getByRole('status')).toHaveTextContent('Copied');
  });

  it('reads filters from the URL and writes changes back for a shareable link', async () => {
    const user = userEvent.setup({ delay: null });
    window.history.replaceState(null, '', '/ops?tab=gifts&gk-status=expired');
    renderWithScenario(<GiftManager />, 'operator');
    const table = await screen.findByRole('table');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('expired');
    expect(rowsOf(table).every((row) => row.getAttribute('data-status') === 'expired')).toBe(true);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Gift period' }), '1');
    await waitFor(() => expect(window.location.search).toBe('?tab=gifts&gk-status=expired&gk-period=1'));
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(window.location.search).toBe('?tab=gifts'));
  });

  it('says when nothing matches, and when there is nothing at all', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithScenario(<GiftManager syncUrl={false} />, 'operator', { scenario: scenarios.manyGifts(0) });
    expect(await screen.findByText('No gift has been bought yet.')).toBeInTheDocument();
    const other = renderWithScenario(<GiftManager syncUrl={false} />, 'operator');
    const box = within(other.container).getByRole('searchbox', { name: 'Search gifts' });
    await within(other.container).findByRole('table');
    await user.type(box, 'nobody-at-all@nowhere.test{Enter}');
    expect(await within(other.container).findByText('No gift matches your search and filters.')).toBeInTheDocument();
  });

  it('says why a backwards creation range finds nothing', async () => {
    renderWithScenario(<GiftManager syncUrl={false} />, 'operator');
    await screen.findByRole('table');
    const from = screen.getByLabelText('Created from');
    const until = screen.getByLabelText('Created until');
    fireEvent.change(from, { target: { value: '2026-05-10' } });
    fireEvent.change(until, { target: { value: '2026-05-01' } });
    await waitFor(() => expect(until).toHaveAccessibleDescription(/Ends before “Created from”: no gift can match\./));
    expect(until).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(until, { target: { value: '2026-05-20' } });
    await waitFor(() => expect(until).not.toHaveAttribute('aria-invalid', 'true'));
  });

  it('keeps what was typed and offers a retry when the platform fails', async () => {
    const user = userEvent.setup({ delay: null });
    const s = scenarios.operator();
    s.platform.faults.inject('searchGifts', { status: 503, times: 'once' });
    renderWithScenario(<GiftManager syncUrl={false} />, 'operator', { scenario: s });
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });
});

describe('GiftManager over 100,000 gifts', () => {
  it('sends one search per settled query, aborts the one in flight, and renders one page', async () => {
    const s = scenarios.operatorLarge();
    const inner = createInMemoryGiftsApi(s.platform, { customerId: s.customerId, latencyMs: 1000 });
    const calls: Array<{ query: GiftSearchQuery; signal: AbortSignal | undefined }> = [];
    const api: GiftsApi = {
      ...inner,
      searchGifts: (query: GiftSearchQuery, options?: CallOptions) => {
        calls.push({ query, signal: options?.signal });
        return inner.searchGifts(query, options);
      },
    };
    render(
      <GiftKitProvider api={api} session={{ customerId: s.customerId ?? '', role: 'operator' }}>
        <GiftManager syncUrl={false} />
      </GiftKitProvider>,
    );
    const table = await screen.findByRole('table');
    expect(rowsOf(table)).toHaveLength(25);
    expect(screen.getByText('100,000 gifts')).toBeInTheDocument();
    expect(calls).toHaveLength(1);

    const box = screen.getByRole('searchbox', { name: 'Search gifts' });
    // Character by character, as fast as a person types (each keystroke its own event and render).
    const typeChars = (text: string) => {
      for (const char of text) fireEvent.change(box, { target: { value: `${(box as HTMLInputElement).value}${char}` } });
    };
    typeChars('gifter0001');
    await waitFor(() => expect(calls).toHaveLength(2));
    typeChars('2'); // the previous search is still in flight (1 s latency)
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(calls[1]?.query.q).toBe('gifter0001');
    expect(calls[1]?.signal?.aborted).toBe(true);
    expect(calls[2]?.query.q).toBe('gifter00012');
    await waitFor(() => expect(screen.getByText(/^\d[\d,]* gifts?$/)).toBeInTheDocument());
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(calls).toHaveLength(3);
    expect(calls[2]?.signal?.aborted).toBe(false);
    const rows = rowsOf(screen.getByRole('table'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(25);
  }, 120_000);
});

describe('GiftManager table box', () => {
  it('is a focusable region named from the strings only when it scrolls sideways', async () => {
    const { unmount } = renderWithScenario(<GiftManager syncUrl={false} pageSize={3} />, 'operator');
    await screen.findByRole('table');
    // jsdom has no layout: nothing overflows, so no extra tab stop.
    expect(screen.queryByRole('region', { name: 'Gifts table (scrolls sideways)' })).not.toBeInTheDocument();
    unmount();

    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(1000);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600);
    renderWithScenario(<GiftManager syncUrl={false} pageSize={3} />, 'operator');
    const table = await screen.findByRole('table');
    const region = await screen.findByRole('region', { name: 'Gifts table (scrolls sideways)' });
    expect(region).toContainElement(table);
    expect(region).toHaveAttribute('tabindex', '0');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('searchbox', { name: 'Search gifts' }));
    // Reached with the keyboard: after the search, the filters and their buttons.
    for (let i = 0; i < 20 && document.activeElement !== region; i += 1) await user.tab();
    expect(region).toHaveFocus();
  });

  it('gives focus back to the Details button when the dialog closes', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithScenario(<GiftManager syncUrl={false} pageSize={3} />, 'operator');
    const table = await screen.findByRole('table');
    const [details] = within(table).getAllByRole('button', { name: /^Details of the gift to / });
    if (!details) throw new Error('no Details button');
    await user.click(details);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Close dialog' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(details).toHaveFocus();
  });
});

describe('GiftManager redeem link advice', () => {
  const DAY = 86_400;

  async function openDetailsOf(seedGift: (s: ReturnType<typeof scenarios.operator>) => { code: string }, locale = 'en') {
    const user = userEvent.setup({ delay: null });
    const s = scenarios.operator();
    const gift = seedGift(s);
    renderWithScenario(<GiftManager syncUrl={false} now={() => s.platform.now()} defaultFilters={{ q: gift.code }} />, 'operator', {
      scenario: s,
      redeemUrl: 'https://tv.example/gift/activate',
      locale,
    });
    const table = await screen.findByRole('table');
    await waitFor(() => expect(rowsOf(screen.getByRole('table'))).toHaveLength(1));
    await user.click(within(table).getByRole('button', { name: /gift to/ }));
    return { s, gift, dialog: await screen.findByRole('dialog') };
  }

  const base = () => ({ offerId: seed.offers.footballMonthly, gifterId: seed.customers.gifter.id, recipientEmail: 'later@example.com' });

  it('says a gift not sent yet can be redeemed only from its delivery time, and never tells to send it now', async () => {
    let deliveryDate = 0;
    const { dialog, gift } = await openDetailsOf((s) => {
      deliveryDate = s.platform.now() + 10 * DAY;
      return s.platform.dev.insertGift({ ...base(), deliveryDate });
    });
    expect(within(dialog).getByText(`https://tv.example/gift/activate?giftCode=${gift.code}`)).toBeInTheDocument();
    expect(within(dialog).queryByText(/Send this link to a recipient who never got the email/)).not.toBeInTheDocument();
    const advice = within(dialog).getByText(/^This link works only from /);
    // The same date and time as the timeline's "Sent" step (the expected delivery).
    const sentStep = within(dialog).getByText(/^Sent — /).textContent?.replace(/^Sent — /, '').replace(/upcoming$/, '') ?? '';
    expect(sentStep).not.toBe('');
    expect(advice).toHaveTextContent(`This link works only from ${sentStep}, when the gift is delivered.`);
    expect(deliveryDate).toBeGreaterThan(0);
  });

  it('tells to send the link once the gift is sent', async () => {
    const { dialog } = await openDetailsOf((s) => s.platform.dev.insertGift({ ...base(), deliveryDate: s.platform.now() - DAY, sentAt: s.platform.now() - DAY }));
    expect(within(dialog).getByText('Send this link to a recipient who never got the email.')).toBeInTheDocument();
  });

  it('offers no link for a gift already redeemed or expired, and says why', async () => {
    const { dialog, gift } = await openDetailsOf((s) =>
      s.platform.dev.insertGift({
        ...base(), deliveryDate: s.platform.now() - 3 * DAY, sentAt: s.platform.now() - 3 * DAY, redeemedAt: s.platform.now() - DAY,
        redeemedBy: seed.customers.newRecipient.id, accessEndsAt: s.platform.now() + 20 * DAY,
      }),
    );
    expect(within(dialog).getByText('This gift has already been redeemed: the link no longer works.')).toBeInTheDocument();
    expect(within(dialog).queryByText(new RegExp(`giftCode=${gift.code}`))).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Copy redeem link' })).not.toBeInTheDocument();
    cleanup();

    const expired = await openDetailsOf((s) =>
      s.platform.dev.insertGift({ ...base(), deliveryDate: s.platform.now() - 400 * DAY, sentAt: s.platform.now() - 400 * DAY, expiresAt: s.platform.now() - 35 * DAY }),
    );
    expect(within(expired.dialog).getByText(/^This gift’s code expired on .+: the link no longer works\.$/)).toBeInTheDocument();
    expect(within(expired.dialog).queryByRole('button', { name: 'Copy redeem link' })).not.toBeInTheDocument();
  });

  it('words it in Polish too, with the delivery date', async () => {
    const { dialog } = await openDetailsOf((s) => s.platform.dev.insertGift({ ...base(), deliveryDate: s.platform.now() + 10 * DAY }), 'pl');
    expect(await within(dialog).findByText(/^Ten link działa dopiero od .+, gdy prezent zostanie doręczony\./)).toBeInTheDocument();
  });
});

describe('GiftManager filters in Polish', () => {
  it('agrees “any” with each filter’s noun', async () => {
    renderWithScenario(<GiftManager syncUrl={false} />, 'operator', { locale: 'pl' });
    const offer = await screen.findByRole('combobox', { name: 'Oferta' });
    expect(within(offer).getByRole('option', { name: 'Dowolna' })).toHaveValue('');
    expect(within(screen.getByRole('combobox', { name: 'Status' })).getByRole('option', { name: 'Dowolny' })).toHaveValue('');
    expect(within(screen.getByRole('combobox', { name: 'Okres prezentu' })).getByRole('option', { name: 'Dowolny' })).toHaveValue('');
  });
});
