import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { GiftKitProvider, GiftKitRoot, useEmit } from '@giftkit/react';
import { createOfflineApi } from '../support/storyApi';

const api = createOfflineApi();

function FireButton() {
  const emit = useEmit();
  return (
    <button type="button" onClick={() => emit('giftPurchased', { giftId: 'gift-1', transactionId: 'T-1', orderId: 'O-1', offerId: 'S-football-annual' })}>
      Simulate a purchase
    </button>
  );
}

/** A non-React host listens for `giftkit:*` DOM events on the component root. */
function EventsDemo({ onGiftPurchased }: { onGiftPurchased: (detail: unknown) => void }) {
  const [log, setLog] = useState<string[]>([]);
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = host.current;
    const listener = (event: Event) => setLog((l) => [...l, `${event.type} ${JSON.stringify((event as CustomEvent).detail)}`]);
    node?.addEventListener('giftkit:giftPurchased', listener);
    return () => node?.removeEventListener('giftkit:giftPurchased', listener);
  }, []);
  return (
    <div ref={host}>
      <GiftKitProvider api={api} onGiftPurchased={onGiftPurchased}>
        <GiftKitRoot name="checkout">
          <div style={{ padding: 12 }}>
            <FireButton />
          </div>
        </GiftKitRoot>
      </GiftKitProvider>
      <h2>DOM events received by the host</h2>
      <ol aria-label="event log">
        {log.map((line, i) => (
          <li key={i}>
            <code>{line}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}

const meta = {
  title: 'Foundation/Events',
  component: EventsDemo,
  parameters: { giftkit: { root: false } },
  args: { onGiftPurchased: fn() },
} satisfies Meta<typeof EventsDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const CallbackAndDomEvent: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Simulate a purchase' }));
    await expect(args.onGiftPurchased).toHaveBeenCalledWith(expect.objectContaining({ giftId: 'gift-1' }));
    await expect(canvas.getByRole('list', { name: 'event log' })).toHaveTextContent('giftkit:giftPurchased');
  },
};
