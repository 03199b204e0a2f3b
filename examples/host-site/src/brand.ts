import type { Appearance } from '@giftkit/react';

/**
 * Streamly's look passed to GiftKit: the preset theme plus the brand's colour, radius and
 * font, and one element override. Every colour pair keeps WCAG AA contrast.
 */
export function streamlyAppearance(theme: 'light' | 'dark'): Appearance {
  return {
    theme,
    variables:
      theme === 'dark'
        ? { colorPrimary: '#ff8a8a', colorPrimaryText: '#1a0a0a', colorBackground: '#15161a', colorSurface: '#1f2128', borderRadius: '10px', fontFamily: 'inherit' }
        : { colorPrimary: '#b3121b', colorPrimaryText: '#ffffff', borderRadius: '10px', fontFamily: 'inherit' },
    elements: { buttonPrimary: { fontWeight: 700, letterSpacing: '0.01em' } },
  };
}
