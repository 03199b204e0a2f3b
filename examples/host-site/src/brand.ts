import type { Appearance } from '@giftkit/react';

/**
 * Streamly's look passed to GiftKit: the preset theme plus the brand's colour, radius and
 * font, and two element overrides (a see-through root, bolder primary buttons). Every colour pair keeps WCAG AA contrast.
 */
export function streamlyAppearance(theme: 'light' | 'dark'): Appearance {
  return {
    theme,
    variables:
      theme === 'dark'
        ? { colorPrimary: '#ff8a8a', colorPrimaryText: '#1a0a0a', colorBackground: '#15161a', colorSurface: '#1f2128', borderRadius: '10px', fontFamily: 'inherit' }
        : { colorPrimary: '#b3121b', colorPrimaryText: '#ffffff', borderRadius: '10px', fontFamily: 'inherit' },
    // The components paint the theme's background by default; Streamly lets its own page
    // colour show through instead, so they sit on the page like the rest of its content.
    elements: { root: { background: 'transparent' }, buttonPrimary: { fontWeight: 700, letterSpacing: '0.01em' } },
  };
}
