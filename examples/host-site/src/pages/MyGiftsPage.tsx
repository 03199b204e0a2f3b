import { MyGifts } from '@giftkit/react';
import { REDEEM_PATH } from '../paths';

/** `/account/gifts`: the gifts the viewer gave (with editing) and received. */
export default function MyGiftsPage({ now }: { now: number | undefined }) {
  return (
    <div className="page">
      <h1>My gifts</h1>
      <MyGifts now={now} buyGiftUrl="/" redeemUrl={REDEEM_PATH} />
    </div>
  );
}
