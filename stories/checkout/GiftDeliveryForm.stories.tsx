import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { GiftDeliveryForm, deliveryFormValuesFrom } from '@giftkit/react';

// 2026-03-02 09:30 UTC: the simulated platform's seeded "now".
const NOW = 1772443800;

const meta = {
  title: 'Flows/GiftDeliveryForm',
  component: GiftDeliveryForm,
  args: { now: NOW, defaultTimeZone: 'Europe/Paris', onSubmit: fn() },
  parameters: { giftkit: { root: false }, layout: 'padded' },
} satisfies Meta<typeof GiftDeliveryForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Dark: Story = { globals: { theme: 'dark' } };
export const French: Story = { globals: { locale: 'fr' } };
export const FrenchDark: Story = { globals: { locale: 'fr', theme: 'dark' } };

/** Submitting empty: every error shown, focus on the first. */
export const Errors: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: /Confirm/ }), 'someone@example.org');
    await userEvent.click(canvas.getByRole('button', { name: 'Save delivery details' }));
    const email = canvas.getByRole('textbox', { name: /Recipient’s email/ });
    await waitFor(() => expect(email).toHaveFocus());
    await expect(email).toHaveAccessibleDescription(/This field is required/);
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** Prefilled from a gift's details, to edit it (the confirmation is filled too). */
export const EditExisting: Story = {
  args: {
    submitLabel: 'Save changes',
    initialValues: deliveryFormValuesFrom(
      { recipientEmail: 'dan@example.com', deliveryDate: Date.UTC(2026, 3, 1, 7) / 1000, personalNote: 'Joyeux anniversaire !\nBises', recipientName: 'Dan', timeZone: 'Europe/Paris' },
      'Europe/Paris',
    ),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledTimes(1));
  },
};

/** 02:00 on spring-forward day does not exist in Paris: the resolved 03:00 is shown. */
export const DaylightSavingGap: Story = {
  args: { initialValues: { date: '2026-03-29', hour: 2, timeZone: 'Europe/Paris' } },
  play: async ({ canvasElement }) => {
    // The requested time in words, in the active locale (never the raw 2026-03-29).
    await expect(within(canvasElement).getByText(/does not exist/)).toHaveTextContent(/^March 29, 2026 at 2:00\sAM does not exist/);
  },
};
/** 02:00 on fall-back day happens twice in Paris: the first one is taken and said. */
export const DaylightSavingOverlap: Story = {
  args: { initialValues: { date: '2026-10-25', hour: 2, timeZone: 'Europe/Paris' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/happens twice/)).toHaveTextContent(/^October 25, 2026 at 2:00\sAM happens twice/);
  },
};

/** A recipient in another zone sees when it arrives for them. */
export const RecipientTimeZone: Story = { args: { initialRecipientTimeZone: 'America/New_York' } };

/** A hostile note is text: no markup, counter over the limit. */
export const HostileNote: Story = {
  args: { initialValues: { personalNote: `<script>alert(1)</script><img src=x onerror=alert(1)> \u202Eevil ${'😀'.repeat(260)}` } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(within(canvasElement).getByRole('textbox', { name: /Personal note/ })).toHaveAttribute('aria-invalid', 'true');
  },
};

/**
 * At 01:44 (Paris) a new gift starts at 02:00, the hour the platform really sends it, never
 * the hour already running; at 23:30 "Send today" rolls over to tomorrow's 00:00.
 */
export const NextWholeHour: Story = {
  args: { now: Date.UTC(2026, 10, 30, 0, 44) / 1000 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('combobox', { name: /Hour/ })).toHaveValue('2');
    await expect(canvas.getByText(/^The gift will be sent on/)).toHaveTextContent(/Nov 30, 2026, 2:00\sAM/);
  },
};

export const SendTodayLateEvening: Story = {
  args: { now: Date.UTC(2026, 10, 30, 22, 30) / 1000, initialValues: { date: '2026-12-24', hour: 18 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send today' }));
    await expect(canvas.getByLabelText(/^Date/)).toHaveValue('2026-12-01');
    await expect(canvas.getByRole('combobox', { name: /Hour/ })).toHaveValue('0');
  },
};

/** A date error grows the date field downwards: the hour stays in line with it. */
export const DateErrorKeepsHourInLine: Story = {
  args: { initialValues: { date: '2020-01-01', hour: 9 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save delivery details' }));
    const date = canvas.getByLabelText(/^Date/);
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    const hour = canvas.getByRole('combobox', { name: /Hour/ });
    await expect(Math.round(date.getBoundingClientRect().top)).toBe(Math.round(hour.getBoundingClientRect().top));
  },
};
