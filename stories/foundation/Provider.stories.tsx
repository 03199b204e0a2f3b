import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { GiftsApi } from '@giftkit/core';
import { Checkout, GiftKitProvider } from '@giftkit/react';
import { ErrorBoundary } from '../support/ErrorBoundary';
import { createOfflineApi } from '../support/storyApi';

/**
 * `GiftKitProvider`'s error states: what a developer sees when an embed is wired wrong. Each
 * renders with no provider from Storybook, behind the kind of error boundary a host has.
 */
const meta = {
  title: 'Foundation/Provider',
  component: GiftKitProvider,
  parameters: { giftkit: { noProvider: true } },
  // Each story renders its own provider (or none); this `api` only feeds the docs table.
  args: { api: createOfflineApi() },
  argTypes: { api: { control: false } },
} satisfies Meta<typeof GiftKitProvider>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A component used outside any provider throws an error that says what to wrap it in. */
export const ComponentOutsideProvider: Story = {
  render: () => (
    <ErrorBoundary>
      <Checkout offerId="offer_football_annual" />
    </ErrorBoundary>
  ),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('<Checkout> must be rendered inside <GiftKitProvider>');
    await expect(alert).toHaveTextContent(/^Error caught/);
    await expect(alert).toHaveTextContent('<GiftKitProvider api={yourGiftsApi}>');
  },
};

/** What an untyped host might pass: a configuration object instead of a client. */
const notAClient: unknown = { baseURL: 'https://api.example.com', getToken: () => 'token' };

/** An `api` that is not a `GiftsApi`: the provider names the missing methods and what to pass. */
export const InvalidApi: Story = {
  render: () => (
    <ErrorBoundary>
      <GiftKitProvider api={notAClient as GiftsApi}>
        <Checkout offerId="offer_football_annual" />
      </GiftKitProvider>
    </ErrorBoundary>
  ),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent(/^TypeError caught/);
    await expect(alert).toHaveTextContent('the "api" prop must implement GiftsApi');
    await expect(alert).toHaveTextContent(/missing: getOffer, listOffers, .*giftAnalytics/);
    await expect(alert).toHaveTextContent('createHttpGiftsClient');
  },
};
