import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Gift } from '@giftkit/core';
import { scenarios, seed } from '@giftkit/mocks';
import { renderWithScenario } from '../../test/renderWithScenario';
import { GiftDetails } from './GiftDetails';

/** A gift as a platform might answer it without the operator-only fields. */
function bareGift(): { gift: Gift; now: number } {
  const s = scenarios.operator();
  const { status: _status, gifterEmail: _gifter, ...gift } = s.platform.dev.gift(seed.gifts.readyToRedeem);
  return { gift, now: s.platform.now() };
}

/** The definition that follows a term in the details dialog. */
const valueOf = (term: string) => {
  const dt = screen.getAllByRole('term').find((element) => element.textContent === term);
  const dd = dt?.nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${term}`);
  return dd;
};

describe('missing values in the gift details', () => {
  it('show a dash to the eye and “none” to a screen reader', async () => {
    const { gift, now } = bareGift();
    renderWithScenario(<GiftDetails gift={gift} now={now} onClose={() => undefined} />, 'operator');
    await screen.findByRole('dialog');
    for (const term of ['Status', 'Gifter']) {
      const value = valueOf(term);
      expect(value).toHaveTextContent(/^—none$/);
      expect(within(value).getByText('—')).toHaveAttribute('aria-hidden', 'true');
      expect(within(value).getByText('none')).toBeInTheDocument();
    }
  });

  it('are localised (French)', async () => {
    const { gift, now } = bareGift();
    renderWithScenario(<GiftDetails gift={gift} now={now} onClose={() => undefined} />, 'operator', { locale: 'fr' });
    expect(await screen.findAllByText('non renseigné')).toHaveLength(2);
  });
});
