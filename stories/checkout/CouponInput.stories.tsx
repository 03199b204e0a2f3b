import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Order } from '@giftkit/core';
import type { Scenario } from '@giftkit/mocks';
import { CouponInput, GiftKitRoot, useGiftKit, useT } from '@giftkit/react';

const DEFAULT_OFFER = 'offer_football_annual';

/** A real order from the scenario's platform, the code input on it, and the total it returns. */
function CouponOnOrder({ offerId, couponCode, disabled }: { offerId: string; couponCode?: string | null; disabled?: boolean }) {
  const { api } = useGiftKit();
  const { format } = useT();
  const [order, setOrder] = useState<Order | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    api.createOrder({ offerId, buyAsAGift: true }, { signal: controller.signal }).then(setOrder, () => undefined);
    return () => controller.abort();
  }, [api, offerId]);
  if (!order) return <p>…</p>;
  return (
    <GiftKitRoot name="story">
      <div style={{ display: 'grid', gap: 16, padding: 16 }}>
        <CouponInput root={false} order={order} onOrderChange={setOrder} couponCode={couponCode} disabled={disabled} />
        <p>{`Total: ${format.money(order.totalPrice, order.currency)}`}</p>
      </div>
    </GiftKitRoot>
  );
}

const meta = {
  title: 'Flows/CouponInput',
  component: CouponInput,
  // The story creates a real order on the scenario's platform and passes it in.
  args: { order: { id: 'created-by-the-story', couponCode: null } },
  argTypes: { order: { control: false } },
  render: (args, context) => {
    const scenario = context.loaded.scenario as Scenario | undefined;
    return <CouponOnOrder offerId={scenario?.offerId ?? DEFAULT_OFFER} couponCode={args.couponCode} disabled={args.disabled} />;
  },
  parameters: { giftkit: { scenario: 'couponPercent', root: false }, layout: 'padded' },
} satisfies Meta<typeof CouponInput>;
export default meta;
type Story = StoryObj<typeof meta>;

const T = { timeout: 10_000 };

/** Type a code, apply it, then remove it. */
export const ApplyAndRemove: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: /Promotion code/ }, T), 'spring20');
    await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Remove code' }, T));
    await expect(canvas.getAllByText('Code SPRING20 applied.').length).toBeGreaterThan(0);
    await expect(await canvas.findByRole('textbox', { name: /Promotion code/ }, T)).toBeInTheDocument();
  },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const French: Story = { globals: { locale: 'fr' } };
/** A code of the wrong shape is refused before any request. */
export const BadFormat: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = await canvas.findByRole('textbox', { name: /Promotion code/ }, T);
    await userEvent.type(field, 'no spaces!');
    await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(field).toHaveAccessibleDescription(/only letters, digits and dashes/));
  },
};
/** Too long for a code (over 64 characters): said so, before any request, with the text kept. */
export const TooLong: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = await canvas.findByRole('textbox', { name: /Promotion code/ }, T);
    await userEvent.click(field);
    await userEvent.paste('SPRING'.repeat(20));
    await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(field).toHaveAccessibleDescription(/at most 64 characters/));
    await expect(field).toHaveValue('SPRING'.repeat(20));
  },
};
/** Refused: the precise reason and the next step. */
export const Refused: Story = {
  parameters: { giftkit: { scenario: 'couponExpired', root: false } },
  args: { couponCode: 'OLD' },
  render: (_args, context) => {
    const scenario = context.loaded.scenario as Scenario | undefined;
    return <CouponOnOrder offerId={scenario?.offerId ?? DEFAULT_OFFER} couponCode={scenario?.couponCode} />;
  },
  play: async ({ canvasElement }) => {
    const field = await within(canvasElement).findByRole('textbox', { name: /Promotion code/ }, T);
    await waitFor(() => expect(field).toHaveAccessibleDescription(/expired/), T);
  },
};
