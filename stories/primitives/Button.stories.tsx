import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type FormEvent } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '@giftkit/react';

const meta = {
  title: 'Primitives/Button',
  component: Button,
  args: { children: 'Buy as a gift', onClick: fn() },
} satisfies Meta<typeof Button>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Buy as a gift' });
    await expect(button).toHaveClass('gk-button', 'gk-buttonPrimary');
    await expect(button).toHaveAttribute('type', 'button');
    await expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

export const Secondary: Story = { args: { variant: 'secondary', children: 'Cancel' } };

export const Danger: Story = { args: { variant: 'danger', children: 'Cancel the gift' } };

/** Looks like a link, behaves like a button; still a 44 px target. */
export const LinkLike: Story = {
  args: { variant: 'link', children: 'Edit delivery details' },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Edit delivery details' });
    await expect(button).toHaveAttribute('data-variant', 'link');
    await expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  },
};

/** Busy: a spinner, `aria-busy`, focus kept, clicks ignored. */
export const Loading: Story = {
  args: { loading: true, children: 'Pay' },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: /Pay/ });
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toHaveAccessibleName('Pay Loading…');
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
    await expect(button).toHaveFocus();
  },
};

export const Disabled: Story = {
  args: { disabled: true, children: 'Pay' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Pay' })).toBeDisabled();
  },
};

function PayForm({ onPay }: { onPay: () => void }) {
  const [paying, setPaying] = useState(false);
  return (
    <form
      aria-label="Payment"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onPay();
        setPaying(true);
      }}
    >
      <Button type="submit" loading={paying}>
        Pay €9.99
      </Button>
    </form>
  );
}

const onPay = fn();

/** A double click never pays twice: the submit button ignores clicks while loading. */
export const SubmitsOnce: Story = {
  render: () => <PayForm onPay={onPay} />,
  play: async ({ canvasElement }) => {
    onPay.mockClear();
    const button = within(canvasElement).getByRole('button', { name: /Pay/ });
    await userEvent.dblClick(button);
    await userEvent.click(button);
    await expect(onPay).toHaveBeenCalledTimes(1);
    await expect(button).toHaveAttribute('aria-busy', 'true');
  },
};

function AllVariants() {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      <Button>Primary</Button>
      <Button variant="secondary">Secondary</Button>
      <Button variant="danger">Danger</Button>
      <Button variant="link">Link</Button>
      <Button loading>Loading</Button>
      <Button disabled>Disabled</Button>
    </div>
  );
}

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  render: () => <AllVariants />,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.gk-root')).toHaveAttribute('data-theme', 'dark');
  },
};

export const French: Story = {
  globals: { locale: 'fr' },
  args: { loading: true, children: 'Payer' },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: /Payer/ });
    await waitFor(() => expect(button).toHaveAccessibleName('Payer Chargement…'));
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  render: () => <AllVariants />,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.gk-root')).toHaveAttribute('dir', 'rtl');
  },
};
