import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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
  }, 45_000);
});
