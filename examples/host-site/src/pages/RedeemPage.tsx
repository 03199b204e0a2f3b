import { RedeemGift } from '@giftkit/react';

/**
 * `/subscribe/gift/activate`: where the invitation email’s link lands, `?giftCode=XXXX-XXXX`
 * (the router passes its query string on).
 * RedeemGift reads the code from the URL, asks for sign-in through `onRequireAuth` and does
 * the rest.
 */
export default function RedeemPage({ search }: { search: string }) {
  return (
    <div className="page narrow">
      <h1>Activate your gift</h1>
      <RedeemGift search={search} paymentMethodUrl="/account/payment" manageSubscriptionUrl="/account/subscriptions" supportUrl="/help" />
    </div>
  );
}
