import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Skeleton } from '@giftkit/react';

const meta = {
  title: 'Primitives/Skeleton',
  component: Skeleton,
  args: { lines: 3 },
} satisfies Meta<typeof Skeleton>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Lines hidden from assistive technology; one polite “Loading…” instead. No pulse under reduced motion. */
export const Lines: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading…');
    await expect(canvasElement.querySelectorAll('.gk-skeleton [aria-hidden="true"]')).toHaveLength(3);
  },
};

export const Tall: Story = { args: { lines: 1, height: '6rem', label: 'Loading your gifts…' } };

export const DarkTheme: Story = { globals: { theme: 'dark' } };
