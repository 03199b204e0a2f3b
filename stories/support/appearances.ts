import type { Appearance } from '@giftkit/react';

/** The toolbar's "custom" theme: a broadcaster's brand, as a host would pass it. */
export const BRAND_APPEARANCE: Appearance = {
  theme: 'dark',
  variables: {
    colorPrimary: '#e50914',
    colorPrimaryText: '#ffffff',
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
