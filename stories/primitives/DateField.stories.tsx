import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { DateField } from '@giftkit/react';

const meta = {
  title: 'Primitives/DateField',
  component: DateField,
  args: { min: '2026-12-01', max: '2027-12-01', defaultValue: '2026-12-24', required: true, onValueChange: fn() },
} satisfies Meta<typeof DateField>;
export default meta;
type Story = StoryObj<typeof meta>;

const dateInput = (root: HTMLElement) => within(root).getByLabelText(/^(Date|Data)/);

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const input = dateInput(canvasElement);
    await expect(input).toHaveAttribute('type', 'date');
    await expect(input).toHaveAttribute('min', '2026-12-01');
    await expect(input).toHaveAttribute('max', '2027-12-01');
    await expect(input).toHaveValue('2026-12-24');
  },
};

export const WithHint: Story = {
  args: { description: 'The gift can be scheduled up to 365 days ahead.' },
  play: async ({ canvasElement }) => {
    await expect(dateInput(canvasElement)).toHaveAccessibleDescription('The gift can be scheduled up to 365 days ahead.');
  },
};

export const WithError: Story = {
  args: { issue: 'TOO_FAR_AHEAD', defaultValue: '2028-01-01' },
  play: async ({ canvasElement }) => {
    const input = dateInput(canvasElement);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('Error: Choose a date at most 365 days from today.');
  },
};

export const Disabled: Story = { args: { disabled: true } };

/** Native pickers follow the theme (`color-scheme: dark`). */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(dateInput(canvasElement)).colorScheme).toBe('dark');
  },
};

export const Polish: Story = {
  globals: { locale: 'pl' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByText('Data')).toBeInTheDocument());
  },
};
