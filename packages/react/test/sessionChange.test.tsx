import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seed } from '@giftkit/mocks';
import { MyGifts } from '@giftkit/react';
import { renderWithScenario } from './renderWithScenario';

/**
 * A shared computer: Alice signs out and Bob signs in on the same page. Nothing cached for
 * Alice may show to Bob, not even for one render.
 */
describe('when the signed-in person changes', () => {
  it('drops everything cached for the previous person', async () => {
    const view = renderWithScenario(<MyGifts now={1_772_444_000} />, 'myGiftsEveryStatus');
    const alicesRecipient = await screen.findAllByText(/@example\.com/);
    expect(alicesRecipient.length).toBeGreaterThan(0);
    const seenByAlice = screen.getByRole('tabpanel').textContent ?? '';

    const shown: string[] = [];
    const observer = new MutationObserver(() => shown.push(document.body.textContent ?? ''));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    view.signIn({ customerId: seed.customers.newRecipient.id });
    await waitFor(() => expect(screen.getByRole('tabpanel')).toHaveTextContent('You have not given a gift yet.'));
    observer.disconnect();

    // Alice's recipients never appear in anything Bob's page showed after the switch.
    const alicesEmails = [...new Set(seenByAlice.match(/[\w.+-]+@example\.com/g) ?? [])];
    expect(alicesEmails.length).toBeGreaterThan(0);
    for (const text of shown) for (const email of alicesEmails) expect(text).not.toContain(email);
  });
});
