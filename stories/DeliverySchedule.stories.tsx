import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { localTimeAt, resolveDeliveryTime, type LocalDeliveryTime } from '@giftkit/core';

/** Shows, for a few chosen hours, the instant a gift leaves and how DST changes were resolved. */
function DeliveryScheduleTable({ requests, viewerZone }: { requests: LocalDeliveryTime[]; viewerZone: string }) {
  return (
    <table>
      <caption>How a chosen delivery hour becomes the moment the gift is sent</caption>
      <thead>
        <tr>
          <th scope="col">Chosen</th>
          <th scope="col">Resolution</th>
          <th scope="col">Sent at (gifter’s clock)</th>
          <th scope="col">Recipient’s clock ({viewerZone})</th>
        </tr>
      </thead>
      <tbody>
        {requests.map((request) => {
          const result = resolveDeliveryTime(request);
          const key = `${request.date}-${request.hour}-${request.timeZone}`;
          if (!result.ok) {
            return (
              <tr key={key}>
                <td>{`${request.date} ${request.hour}:00 ${request.timeZone}`}</td>
                <td colSpan={3}>{result.error}</td>
              </tr>
            );
          }
          const { resolved, resolution, deliveryDate } = result.value;
          const there = localTimeAt(deliveryDate, viewerZone);
          const hm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          return (
            <tr key={key}>
              <td>{`${request.date} ${hm(request.hour, 0)} ${request.timeZone}`}</td>
              <td>{resolution}</td>
              <td>{`${resolved.date} ${hm(resolved.hour, resolved.minute)}`}</td>
              <td>{`${there.date} ${hm(there.hour, there.minute)}`}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const meta = {
  title: 'Rules/Delivery schedule',
  component: DeliveryScheduleTable,
  args: {
    viewerZone: 'Asia/Bangkok',
    requests: [
      { date: '2026-12-24', hour: 18, timeZone: 'Europe/Paris' },
      { date: '2026-03-29', hour: 2, timeZone: 'Europe/Paris' },
      { date: '2026-11-01', hour: 1, timeZone: 'America/New_York' },
      { date: '2026-10-04', hour: 2, timeZone: 'Australia/Lord_Howe' },
      { date: '2026-06-01', hour: 9, timeZone: 'Asia/Kathmandu' },
      { date: '2026-02-30', hour: 9, timeZone: 'Europe/Paris' },
    ],
  },
} satisfies Meta<typeof DeliveryScheduleTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A spring-forward gap, a fall-back overlap, a 30-minute DST shift and an odd offset. */
export const AcrossTimeZones: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    await expect(within(table).getAllByRole('row')).toHaveLength(7);
    await expect(within(table).getAllByText('gap')).toHaveLength(2);
    await expect(within(table).getByText('overlap')).toBeInTheDocument();
    await expect(within(table).getByText('INVALID_DATE')).toBeInTheDocument();
  },
};
