import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReceivedGift } from '@giftkit/core';
import { renderWithScenario } from '../../test/renderWithScenario';
import { GiftKitRoot } from '../provider/GiftKitRoot';
import { ReceivedGifts } from './ReceivedGifts';

const hostile: ReceivedGift = {
  giftId: 'g1',
  offerId: 'o1',
  offerTitle: 'Football Annual',
  gifterEmail: 'alice@example.com',
  gifterName: null,
  personalNote: '<img src=x onerror="alert(1)">\nSee you <b>soon</b>',
  redeemedAt: null,
  accessEndsAt: null,
  redeemMode: null,
};

describe('ReceivedGifts', () => {
  it('renders the note as text, never as HTML', () => {
    const { container } = renderWithScenario(
      <GiftKitRoot name="test">
        <ReceivedGifts status="ready" gifts={[hostile]} error={null} retry={() => undefined} redeemUrl={undefined} />
      </GiftKitRoot>,
      'empty',
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('.gk-myGiftsNote')?.textContent).toBe(hostile.personalNote);
    expect(screen.getByText('Not redeemed yet')).toBeInTheDocument();
  });

  it('invites to redeem when empty, only with a link to go to', () => {
    renderWithScenario(
      <GiftKitRoot name="test">
        <ReceivedGifts status="empty" gifts={[]} error={null} retry={() => undefined} redeemUrl="/redeem" />
      </GiftKitRoot>,
      'empty',
    );
    expect(screen.getByRole('link', { name: 'Redeem a gift code' })).toHaveAttribute('href', '/redeem');
  });
});
