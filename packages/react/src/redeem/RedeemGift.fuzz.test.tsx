import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GIFT_CODE_ALPHABET, GIFT_CODE_PATTERN, normalizeGiftCode, parseGiftCode, type VerificationThrottlePolicy } from '@giftkit/core';
import { seed } from '@giftkit/mocks';
import { RedeemGift } from './RedeemGift';
import { renderRedeem } from './test/harness';

/** Plausible and hostile input: real-looking codes mangled, unicode, separators, junk. */
const codeLike = fc
  .tuple(fc.string({ unit: fc.constantFrom(...GIFT_CODE_ALPHABET, ...'abcdxyz0O1Il'), minLength: 0, maxLength: 12 }), fc.constantFrom('', ' ', '-', '—', '\u200B', '  '))
  .map(([chars, sep]) => [...chars].join(sep));

/** Well-formed codes (the seed's, so some verify, and random ones) as a link or a person mangles them. */
const wellFormedMangled = fc
  .tuple(
    fc.oneof(fc.constantFrom(...Object.values(seed.giftCodes).map((c) => c.replace('-', ''))), fc.string({ unit: fc.constantFrom(...GIFT_CODE_ALPHABET), minLength: 8, maxLength: 8 })),
    fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    fc.constantFrom('', '-', ' ', ' - ', '--'),
    fc.constantFrom('', ' ', '\t', '  '),
  )
  .map(([chars, lower, middle, pad]) => {
    const cased = [...chars].map((c, i) => (lower[i] ? c.toLowerCase() : c)).join('');
    return `${pad}${cased.slice(0, 4)}${middle}${cased.slice(4)}${pad}`;
  });

const anyInput = fc.oneof(codeLike, wellFormedMangled, fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));

/** The client and platform throttles have their own tests; here they would silence later inputs. */
const NO_THROTTLE: VerificationThrottlePolicy = { freeAttempts: Number.MAX_SAFE_INTEGER, baseSeconds: 0, maxSeconds: 0 };
const BATCH = 50;
const BATCHES = 20;

/** One macrotask: the in-memory API answers, RTK Query settles, unused cache entries drop. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe('RedeemGift with arbitrary input', () => {
  it(`1,000 inputs (${BATCHES} fresh forms × ${BATCH}): never a crash, always normalised, each well-formed code verified, never a request for a malformed one`, async () => {
    const seen = { malformed: 0, wellFormed: 0, previews: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(anyInput, { minLength: BATCH, maxLength: BATCH }), async (inputs) => {
        // A fresh form (and platform) per batch: no state from an earlier batch can mask an input.
        const r = renderRedeem(<RedeemGift throttlePolicy={NO_THROTTLE} />, 'giftReadyToRedeem');
        r.scenario.platform.dev.setSettings({ verifyFailureLimit: Number.MAX_SAFE_INTEGER });
        try {
          const input = screen.getByRole('textbox', { name: 'Gift code' });
          const form = input.closest('form');
          // The flow's step is on its root as `data-status` (the stable state hook hosts style on).
          const card = screen.getByRole('region', { name: 'Redeem a gift' });
          if (!form) throw new Error('no form');
          let lastVerified: string | null = null;
          for (const raw of inputs) {
            const before = r.verifyGift.mock.calls.length;
            act(() => {
              fireEvent.change(input, { target: { value: raw } });
            });
            expect(input).toHaveValue(normalizeGiftCode(raw));
            act(() => {
              fireEvent.submit(form);
            });
            const parsed = parseGiftCode(raw);
            if (!parsed.ok) {
              seen.malformed += 1;
              await settle();
              // Refused on the spot, with the field error; nothing sent.
              expect(r.verifyGift.mock.calls.length).toBe(before);
              expect(card).toHaveAttribute('data-status', 'editing');
              expect(input).toHaveAttribute('aria-invalid', 'true');
              lastVerified = null;
              continue;
            }
            seen.wellFormed += 1;
            // Checked, and answered: a preview or a refusal, never stuck, never the editing step.
            for (let i = 0; i < 20 && card.dataset.status === 'verifying'; i += 1) await settle();
            expect(['preview', 'refused']).toContain(card.dataset.status);
            if (card.dataset.status === 'preview') seen.previews += 1;
            const sent = r.verifyGift.mock.calls.slice(before).map(([code]) => code);
            // Once per distinct code: re-submitting the code already shown sends nothing.
            expect(sent).toEqual(parsed.code === lastVerified ? [] : [parsed.code]);
            expect(input).not.toHaveAttribute('aria-invalid', 'true');
            lastVerified = parsed.code;
          }
          for (const [code] of r.verifyGift.mock.calls) expect(code).toMatch(GIFT_CODE_PATTERN);
          expect(screen.getByRole('heading', { name: 'Redeem a gift' })).toBeInTheDocument();
        } finally {
          r.unmount();
        }
      }),
      { numRuns: BATCHES },
    );
    expect(seen.malformed + seen.wellFormed).toBe(BATCH * BATCHES);
    // The mix is meaningful: both paths, and real gifts reaching the preview.
    expect(seen.malformed).toBeGreaterThan(300);
    expect(seen.wellFormed).toBeGreaterThan(100);
    expect(seen.previews).toBeGreaterThan(0);
  }, 240_000);

  it('real typing (user-event, 25 runs): what is typed is normalised and malformed codes send nothing', async () => {
    const user = userEvent.setup({ delay: null });
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
