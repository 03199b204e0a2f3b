import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { Spinner } from '@giftkit/react';

const meta = {
  title: 'Primitives/Spinner',
  component: Spinner,
} satisfies Meta<typeof Spinner>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Announced politely as “Loading…”; spins slowly when reduced motion is preferred. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole('status');
    await expect(status).toHaveTextContent('Loading…');
    await expect(status).toHaveClass('gk-spinner');
  },
};

export const WithVisibleLabel: Story = {
  args: { label: 'Checking your code…', showLabel: true, size: '2em' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Checking your code…')).toBeVisible();
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' }, args: { showLabel: true } };

export const Polish: Story = {
  globals: { locale: 'pl' },
  args: { showLabel: true },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent('Wczytywanie…'));
  },
};
