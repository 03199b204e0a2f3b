import type { GiftKitEventMap } from '@giftkit/react';

export interface LoggedEvent {
  id: string;
  name: keyof GiftKitEventMap;
  detail: GiftKitEventMap[keyof GiftKitEventMap];
  at: Date;
}

/** The callbacks GiftKit fired (the same objects as the `giftkit:*` DOM events' `detail`). */
export function EventLog({ events }: { events: readonly LoggedEvent[] }) {
  if (events.length === 0) return <p className="muted">No events yet. Buy, redeem or edit a gift.</p>;
  return (
    <ol className="event-log">
      {events.map((event) => (
        <li key={event.id}>
          <code>giftkit:{event.name}</code> <time dateTime={event.at.toISOString()}>{event.at.toLocaleTimeString()}</time>
          <pre>{JSON.stringify(event.detail, null, 1)}</pre>
        </li>
      ))}
    </ol>
  );
}
