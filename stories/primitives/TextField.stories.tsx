import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TextField } from '@giftkit/react';

const meta = {
  title: 'Primitives/TextField',
  component: TextField,
  args: { label: 'Recipient email', type: 'email', autoComplete: 'email', onValueChange: fn() },
} satisfies Meta<typeof TextField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Recipient email' });
    await expect(input).toHaveAttribute('type', 'email');
    await userEvent.type(input, 'ada@example.com');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('ada@example.com');
  },
};

export const WithHint: Story = {
  args: { description: 'We send the gift and its code to this address.' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Recipient email' });
    await expect(input).toHaveAccessibleDescription('We send the gift and its code to this address.');
  },
};

export const WithError: Story = {
  args: { description: 'We send the gift here.', issue: 'INVALID_EMAIL', defaultValue: 'ada@' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Recipient email' });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('We send the gift here. Error: Enter an email address like name@example.com.');
  },
};

export const Required: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Recipient email' });
    await expect(input).toHaveAttribute('aria-required', 'true');
  },
};

export const Optional: Story = {
  args: { label: 'Recipient name', type: 'text', autoComplete: 'off', showOptional: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Recipient name (optional)' })).toBeInTheDocument();
  },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: 'ada@example.com' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox')).toBeDisabled();
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { description: 'We send the gift here.', issue: 'REQUIRED', required: true },
};

export const French: Story = {
  globals: { locale: 'fr' },
  args: { label: 'E-mail du destinataire', issue: 'EMAIL_MISMATCH' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByText('Les deux adresses e-mail ne correspondent pas.')).toBeInTheDocument());
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { label: 'البريد الإلكتروني', description: 'ada@example.com', issue: 'REQUIRED', required: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.gk-root')).toHaveAttribute('dir', 'rtl');
  },
};
