import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Select } from '@giftkit/react';

const meta = {
  title: 'Primitives/Select',
  component: Select,
  args: {
    label: 'Offer',
    defaultValue: 'S-YEAR',
    onValueChange: fn(),
    options: [
      { value: 'S-MONTH', label: 'Monthly — €9.99' },
      { value: 'S-QUARTER', label: 'Every 3 months — €27.99' },
      { value: 'S-YEAR', label: 'Yearly — €99.99' },
      { value: 'S-WEEK', label: 'Weekly (not giftable)', disabled: true },
    ],
  },
} satisfies Meta<typeof Select>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const select = within(canvasElement).getByRole('combobox', { name: 'Offer' });
    await expect(select).toHaveValue('S-YEAR');
    await userEvent.selectOptions(select, 'S-MONTH');
    await expect(args.onValueChange).toHaveBeenCalledWith('S-MONTH');
  },
};

export const WithPlaceholder: Story = {
  args: { placeholder: true, defaultValue: '', required: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('option', { name: 'Choose…' })).toBeDisabled();
  },
};

export const WithHintAndError: Story = {
  args: { description: 'Only plans that can be gifted are listed.', error: 'Choose an offer to continue.', placeholder: true, defaultValue: '' },
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole('combobox', { name: 'Offer' });
    await expect(select).toHaveAttribute('aria-invalid', 'true');
    await expect(select).toHaveAccessibleDescription('Only plans that can be gifted are listed. Error: Choose an offer to continue.');
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const DarkTheme: Story = { globals: { theme: 'dark' }, args: { error: 'Choose an offer to continue.' } };

export const French: Story = {
  globals: { locale: 'fr' },
  args: { label: 'Offre', placeholder: true, defaultValue: '' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('option', { name: 'Choisir…' })).toBeInTheDocument());
  },
};
