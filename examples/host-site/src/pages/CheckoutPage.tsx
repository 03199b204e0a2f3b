import { Checkout } from '@giftkit/react';

/**
 * `/checkout/:offerId`. Checkout reads `?purchaseAsGift=true` and `?couponCode=` from the URL
 * itself; `now` is the simulated platform's clock (undefined on a real platform).
 */
export default function CheckoutPage({ offerId, now }: { offerId: string; now: number | undefined }) {
  return (
    <div className="page narrow">
      <h1>Buy a plan</h1>
      <Checkout offerId={offerId} myGiftsUrl="/account/gifts" now={now} />
    </div>
  );
}
