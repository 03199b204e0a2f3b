import { GiftManager } from '@giftkit/react';
import type { Simulation } from '../platform/simulation';

/** `/admin/gifts`: the operator's gift table, search, CSV report and analytics. */
export default function AdminGiftsPage({ simulation }: { simulation: Simulation | null }) {
  return (
    <div className="page wide">
      <h1>Gift manager</h1>
      <GiftManager now={simulation ? () => simulation.now() : undefined} />
    </div>
  );
}
