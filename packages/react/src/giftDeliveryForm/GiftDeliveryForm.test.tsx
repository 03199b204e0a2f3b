import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { GiftKitProvider } from '../provider/GiftKitProvider';
import { offlineGiftsApi } from '../primitives/testing';
import { GiftDeliveryForm, type GiftDeliveryFormProps } from './GiftDeliveryForm';
import { deliveryFormValuesFrom } from './useGiftDeliveryForm';

// 2026-03-02 09:30 UTC, the simulated platform's seeded "now".
const NOW = 1772443800;

function renderForm(props: Partial<GiftDeliveryFormProps> = {}, locale = 'en') {
  const onSubmit = vi.fn();
  const api = offlineGiftsApi();
  const result = render(
    <GiftKitProvider api={api} locale={locale}>
      <GiftDeliveryForm now={NOW} defaultTimeZone="Europe/Paris" onSubmit={onSubmit} {...props} />
    </GiftKitProvider>,
  );
  return { ...result, onSubmit };
}


describe('GiftDeliveryForm', () => {
  it('shows every error on submit and focuses the first one', async () => {
    const user = userEvent.setup({ delay: null });
    const { onSubmit } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Save delivery details' }));
    const email = screen.getByRole('textbox', { name: /Recipient’s email/ });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(screen.getAllByText('This field is required.')).toHaveLength(2);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows an error on blur and a mismatch between the two emails', async () => {
    const user = userEvent.setup({ delay: null });
    renderForm();
    await user.type(screen.getByRole('textbox', { name: /Recipient’s email/ }), 'not-an-email');
    await user.tab();
    expect(screen.getByText('Enter an email address like name@example.com.')).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: /Recipient’s email/ }));
    await user.type(screen.getByRole('textbox', { name: /Recipient’s email/ }), 'carol@example.com');
    await user.type(screen.getByRole('textbox', { name: /Confirm/ }), 'carol@example.org');
    await user.tab();
    expect(screen.getByText('The two email addresses do not match.')).toBeInTheDocument();
  });

  it('submits trimmed, complete details in Unix seconds (emails compared case-insensitively)', async () => {
    const user = userEvent.setup({ delay: null });
    const { onSubmit } = renderForm();
    await user.type(screen.getByRole('textbox', { name: /Recipient’s email/ }), '  Carol@Example.com ');
    await user.type(screen.getByRole('textbox', { name: /Confirm/ }), 'carol@example.com');
    fireEvent.change(screen.getByLabelText(/Date/), { target: { value: '2026-03-10' } });
    await user.selectOptions(screen.getByRole('combobox', { name: /Hour/ }), '18');
    await user.type(screen.getByRole('textbox', { name: /Personal note/ }), 'Happy birthday <b>!</b>');
    await user.click(screen.getByRole('button', { name: 'Save delivery details' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const [details, schedule] = onSubmit.mock.calls[0] as [Record<string, unknown>, { resolution: string }];
    expect(details).toEqual({
      recipientEmail: 'Carol@Example.com',
      deliveryDate: Date.UTC(2026, 2, 10, 17) / 1000,
      personalNote: 'Happy birthday <b>!</b>',
      timeZone: 'Europe/Paris',
    });
    expect(schedule.resolution).toBe('exact');
  });

  it('prefills from existing details, including the confirmation', () => {
    renderForm({ initialValues: deliveryFormValuesFrom({ recipientEmail: 'dan@example.com', deliveryDate: Date.UTC(2026, 3, 1, 7) / 1000, personalNote: 'Hi', recipientName: 'Dan' }, 'Europe/Paris') });
    expect(screen.getByRole('textbox', { name: /Confirm/ })).toHaveValue('dan@example.com');
    expect(screen.getByRole('textbox', { name: /Recipient’s name/ })).toHaveValue('Dan');
    expect(screen.getByRole('combobox', { name: /Hour/ })).toHaveValue('9');
  });

  it('shows the DST-resolved time when the chosen hour does not exist, the date in words', () => {
    renderForm({ initialValues: { date: '2026-03-29', hour: 2, timeZone: 'Europe/Paris' } });
    const text = screen.getByText(/does not exist/);
    expect(text).toHaveTextContent(/^March 29, 2026 at 2:00\sAM does not exist/);
    expect(text).not.toHaveTextContent('2026-03-29');
  });

  it('names the repeated hour of a DST overlap in the active locale', async () => {
    renderForm({ initialValues: { date: '2026-10-25', hour: 2, timeZone: 'Europe/Paris' } }, 'de');
    const text = await screen.findByText(/gibt es zweimal/);
    expect(text).toHaveTextContent(/^25\. Oktober 2026 um 0?2:00 gibt es zweimal/);
  });

  it('"Send today" picks the next whole hour (10:30 in Paris → 11:00), not the one already running', async () => {
    const user = userEvent.setup({ delay: null });
    renderForm({ initialValues: { date: '2026-05-01', hour: 20 } });
    await user.click(screen.getByRole('button', { name: 'Send today' }));
    expect(screen.getByLabelText(/Date/)).toHaveValue('2026-03-02');
    expect(screen.getByRole('combobox', { name: /Hour/ })).toHaveValue('11');
  });

  describe('a new gift never shows a delivery time that has passed', () => {
    // 2026-11-30 01:44 in Paris (00:44 UTC): the platform's hourly job sends at 02:00.
    const AT_0144 = Date.UTC(2026, 10, 30, 0, 44) / 1000;
    // 2026-11-30 23:30 in Paris (22:30 UTC): the next whole hour is tomorrow's midnight.
    const AT_2330 = Date.UTC(2026, 10, 30, 22, 30) / 1000;
    const hour = () => screen.getByRole('combobox', { name: /Hour/ });
    const date = () => screen.getByLabelText<HTMLInputElement>(/^Date/);

    it('presets the next whole hour: 01:44 → 02:00 today, and says so', () => {
      renderForm({ now: AT_0144 });
      expect(date()).toHaveValue('2026-11-30');
      expect(hour()).toHaveValue('2');
      expect(screen.getByText(/^The gift will be sent on/)).toHaveTextContent(/Nov 30, 2026, 2:00\sAM/);
    });

    it('rolls over to tomorrow at 23:30 → 00:00, for the preset, the shortcut and the first day offered', async () => {
      const user = userEvent.setup({ delay: null });
      renderForm({ now: AT_2330 });
      expect(date()).toHaveValue('2026-12-01');
      expect(hour()).toHaveValue('0');
      expect(date()).toHaveAttribute('min', '2026-12-01');
      await user.selectOptions(hour(), '18');
      await user.click(screen.getByRole('button', { name: 'Send today' }));
      expect(date()).toHaveValue('2026-12-01');
      expect(hour()).toHaveValue('0');
    });

    it('moves a started hour on when today is chosen again, and keeps a later one', async () => {
      const user = userEvent.setup({ delay: null });
      renderForm({ now: AT_0144, initialValues: { date: '2026-12-05', hour: 1 } });
      fireEvent.change(date(), { target: { value: '2026-11-30' } });
      expect(hour()).toHaveValue('2');
      expect(screen.getByText(/^The gift will be sent on/)).toHaveTextContent(/2:00\sAM/);
      await user.selectOptions(hour(), '9');
      fireEvent.change(date(), { target: { value: '2026-12-02' } });
      fireEvent.change(date(), { target: { value: '2026-11-30' } });
      expect(hour()).toHaveValue('9');
    });

    it('skips the hour the clocks jump over (Paris, 2026-03-29 01:10 → 03:00)', () => {
      renderForm({ now: Date.UTC(2026, 2, 29, 0, 10) / 1000 });
      expect(date()).toHaveValue('2026-03-29');
      expect(hour()).toHaveValue('3');
      expect(screen.queryByText(/does not exist/)).not.toBeInTheDocument();
    });
  });

  it('speaks French', async () => {
    renderForm({}, 'fr');
    expect(await screen.findByRole('textbox', { name: /E-mail du destinataire/ })).toBeInTheDocument();
  });

  // Hostile input on every field: GiftDeliveryForm.fuzz.test.tsx.
});
