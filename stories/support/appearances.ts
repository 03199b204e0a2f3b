import type { Appearance } from '@giftkit/react';

/** The toolbar's "custom" theme: a broadcaster's brand, as a host would pass it. */
export const BRAND_APPEARANCE: Appearance = {
  theme: 'dark',
  variables: {
    // A brand red light enough for links on the dark background (5.2:1), with dark text on
    // buttons (5.2:1): the classic #e50914 reaches only 3.8:1 there.
    colorPrimary: '#ff3b45',
    colorPrimaryText: '#141414',
    colorBackground: '#141414',
    fontFamily: 'Georgia, "Times New Roman", serif',
    borderRadius: '2px',
  },
  elements: { buttonPrimary: { textTransform: 'uppercase', letterSpacing: '0.08em' } },
};

export function appearanceFor(theme: unknown): Appearance {
  if (theme === 'dark') return { theme: 'dark' };
  if (theme === 'custom') return BRAND_APPEARANCE;
  return { theme: 'light' };
}
