import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Checkbox } from '@giftkit/react';

const meta = {
  title: 'Primitives/Checkbox',
  component: Checkbox,
  args: { label: 'Send me a copy of the gift email', onCheckedChange: fn() },
} satisfies Meta<typeof Checkbox>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('checkbox', { name: 'Send me a copy of the gift email' });
    await userEvent.click(canvas.getByText('Send me a copy of the gift email'));
    await expect(box).toBeChecked();
    await expect(args.onCheckedChange).toHaveBeenCalledWith(true);
    await userEvent.keyboard(' ');
    await expect(box).not.toBeChecked();
  },
};

export const Checked: Story = { args: { defaultChecked: true, description: 'To the address of your account.' } };

export const WithError: Story = {
  args: { label: 'I accept the gift terms', required: true, issue: 'REQUIRED' },
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('checkbox', { name: 'I accept the gift terms' });
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription('Error: This field is required.');
  },
};

export const Disabled: Story = { args: { disabled: true, defaultChecked: true } };

export const DarkTheme: Story = { globals: { theme: 'dark' }, args: { defaultChecked: true, description: 'To the address of your account.' } };

export const German: Story = {
  globals: { locale: 'de' },
  args: { label: 'Ich akzeptiere die Bedingungen', issue: 'REQUIRED' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByText('Dieses Feld ist erforderlich.')).toBeInTheDocument());
  },
};
