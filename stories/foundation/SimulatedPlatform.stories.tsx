import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, within } from 'storybook/test';
import type { Offer } from '@giftkit/core';
import { useGiftKit, useT } from '@giftkit/react';

/** Lists the catalogue through the provider's GiftsApi: HTTP client → MSW → simulated platform. */
function Catalogue() {
  const { api, session } = useGiftKit();
  const { t, format } = useT();
  const [offers, setOffers] = useState<Offer[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    api.listOffers({ signal: controller.signal }).then(setOffers, (e: { code?: string }) => setError(e.code ?? 'UNKNOWN'));
    return () => controller.abort();
  }, [api]);
  if (error) return <p role="alert">{t(`errors.${error}` as 'errors.UNKNOWN')}</p>;
  if (!offers) return <p>{t('common.loading')}</p>;
  return (
    <section aria-label="Catalogue">
      <p>{session ? `Signed in as customer ${session.customerId}` : 'Nobody signed in'}</p>
      <ul>
        {offers.map((offer) => (
          <li key={offer.id}>{`${offer.title} — ${format.money(offer.price.amount, offer.price.currency)}${offer.giftable ? ' 🎁' : ''}`}</li>
        ))}
      </ul>
    </section>
  );
}

const meta = {
  title: 'Foundation/Simulated platform',
  component: Catalogue,
  parameters: { giftkit: { scenario: 'default' } },
} satisfies Meta<typeof Catalogue>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The seeded catalogue, served by MSW from the simulated platform. */
export const SeededCatalogue: Story = {
  play: async ({ canvasElement }) => {
    const list = await within(canvasElement).findByRole('region', { name: 'Catalogue' });
    await expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(5);
    await expect(list).toHaveTextContent(/Football Annual/);
  },
};
