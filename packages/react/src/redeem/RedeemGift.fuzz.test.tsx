import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GIFT_CODE_ALPHABET, GIFT_CODE_PATTERN, normalizeGiftCode, parseGiftCode } from '@giftkit/core';
import { RedeemGift } from './RedeemGift';
import { renderRedeem } from './test/harness';

/** Plausible and hostile input: real-looking codes mangled, unicode, separators, junk. */
const codeLike = fc
  .tuple(fc.string({ unit: fc.constantFrom(...GIFT_CODE_ALPHABET, ...'abcdxyz0O1Il'), minLength: 0, maxLength: 12 }), fc.constantFrom('', ' ', '-', '—', '\u200B', '  '))
  .map(([chars, sep]) => [...chars].join(sep));
const anyInput = fc.oneof(codeLike, fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));

describe('RedeemGift with arbitrary input', () => {
  it('1,000 inputs through the field: never a crash, always normalised, never a request for a malformed code', async () => {
    const { verifyGift, container } = renderRedeem(<RedeemGift />, 'giftReadyToRedeem');
    const input = screen.getByRole('textbox', { name: 'Gift code' });
    const form = container.querySelector('form');
    if (!form) throw new Error('no form');
    let malformedSubmits = 0;
    fc.assert(
      fc.property(anyInput, (raw) => {
        act(() => {
          fireEvent.change(input, { target: { value: raw } });
        });
        expect(input).toHaveValue(normalizeGiftCode(raw));
        act(() => {
          fireEvent.submit(form);
        });
        if (!parseGiftCode(raw).ok) malformedSubmits += 1;
      }),
      { numRuns: 1000 },
    );
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(malformedSubmits).toBeGreaterThan(500);
    for (const [code] of verifyGift.mock.calls) expect(code).toMatch(GIFT_CODE_PATTERN);
    expect(screen.getByRole('heading', { name: 'Redeem a gift' })).toBeInTheDocument();
  }, 60_000);

  it('real typing (user-event, 25 runs): what is typed is normalised and malformed codes send nothing', async () => {
    const user = userEvent.setup();
    await fc.assert(
      fc.asyncProperty(codeLike.filter((s) => s.trim() !== ''), async (raw) => {
        const r = renderRedeem(<RedeemGift />, 'giftReadyToRedeem');
        const input = screen.getByRole('textbox', { name: 'Gift code' });
        await user.type(input, raw.replace(/[{[]/g, ''));
        await user.keyboard('{Enter}');
        expect(input).toHaveValue(normalizeGiftCode(raw.replace(/[{[]/g, '')));
        for (const [code] of r.verifyGift.mock.calls) expect(code).toMatch(GIFT_CODE_PATTERN);
        if (!parseGiftCode(raw).ok) expect(r.verifyGift).not.toHaveBeenCalled();
        r.unmount();
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
