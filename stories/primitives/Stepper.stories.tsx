import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { Stepper } from '@giftkit/react';

const meta = {
  title: 'Primitives/Stepper',
  component: Stepper,
  args: {
    steps: [
      { id: 'offer', label: 'Offer' },
      { id: 'delivery', label: 'Delivery' },
      { id: 'payment', label: 'Payment' },
      { id: 'done', label: 'Confirmation' },
    ],
    current: 'payment',
  },
} satisfies Meta<typeof Stepper>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The current step has `aria-current="step"`; completed steps say so in words and with a tick. */
export const InProgress: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('list', { name: 'Progress' })).toBeInTheDocument();
    const items = canvas.getAllByRole('listitem');
    await expect(items[0]).toHaveTextContent('✓Offer, completed');
    await expect(items[2]).toHaveAttribute('aria-current', 'step');
    await expect(items[2]).toHaveTextContent('Payment, current step');
    await expect(items[3]).not.toHaveAttribute('aria-current');
  },
};

export const FirstStep: Story = { args: { current: 0 } };

export const LastStep: Story = { args: { current: 'done' } };

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const French: Story = {
  globals: { locale: 'fr' },
  args: {
    steps: [
      { id: 'offer', label: 'Offre' },
      { id: 'delivery', label: 'Livraison' },
      { id: 'payment', label: 'Paiement' },
    ],
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('list', { name: 'Progression' })).toBeInTheDocument());
    await expect(within(canvasElement).getAllByRole('listitem')[0]).toHaveTextContent('Offre, terminée');
  },
};

export const RightToLeft: Story = { globals: { locale: 'ar' } };
