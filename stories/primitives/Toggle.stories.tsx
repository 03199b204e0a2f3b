import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Toggle } from '@giftkit/react';

const meta = {
  title: 'Primitives/Toggle',
  component: Toggle,
  args: { label: 'Buy as a gift', onCheckedChange: fn() },
} satisfies Meta<typeof Toggle>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Off: Story = {
  play: async ({ canvasElement, args }) => {
    const toggle = within(canvasElement).getByRole('switch', { name: 'Buy as a gift' });
    await expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    await expect(toggle).toBeChecked();
    await expect(canvasElement.querySelector('.gk-toggle')).toHaveAttribute('data-state', 'checked');
    await userEvent.keyboard(' ');
    await expect(toggle).not.toBeChecked();
    await expect(args.onCheckedChange).toHaveBeenCalledTimes(2);
  },
};

export const On: Story = { args: { defaultChecked: true } };

/** Disabled, with the reason read with the switch. */
export const DisabledWithReason: Story = {
  args: { label: 'For myself', disabled: true, description: 'You already have this subscription. You can still buy it as a gift.' },
  play: async ({ canvasElement }) => {
    const toggle = within(canvasElement).getByRole('switch', { name: 'For myself' });
    await expect(toggle).toBeDisabled();
    await expect(toggle).toHaveAccessibleDescription('You already have this subscription. You can still buy it as a gift.');
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' }, args: { defaultChecked: true } };

/** In right-to-left layouts the thumb moves the other way (logical properties). */
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { label: 'شراء كهدية', defaultChecked: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.gk-root')).toHaveAttribute('dir', 'rtl');
    await expect(within(canvasElement).getByRole('switch')).toBeChecked();
  },
};
