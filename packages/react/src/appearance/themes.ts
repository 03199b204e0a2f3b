import type { AppearanceVariables, ThemeName } from './types';

const shared = {
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  fontSize: '16px',
  borderRadius: '8px',
  spacingUnit: '8px',
} as const;

/** The presets; a test checks every text/background pair meets WCAG AA (4.5:1, borders 3:1). */
export const THEMES: Record<ThemeName, AppearanceVariables> = {
  light: {
    ...shared,
    colorPrimary: '#4f2bd1',
    colorPrimaryText: '#ffffff',
    colorText: '#1a1d23',
    colorTextSecondary: '#4b5563',
    colorBackground: '#ffffff',
    colorSurface: '#f6f7f9',
    colorBorder: '#767f8f',
    colorDanger: '#b42318',
    colorSuccess: '#1a7f37',
    colorWarning: '#8a5300',
    colorFocus: '#1d4ed8',
  },
  dark: {
    ...shared,
    colorPrimary: '#b3a1ff',
    colorPrimaryText: '#14121f',
    colorText: '#f2f4f7',
    colorTextSecondary: '#b6bdc9',
    colorBackground: '#121418',
    colorSurface: '#1c1f26',
    colorBorder: '#7d8697',
    colorDanger: '#ff8a80',
    colorSuccess: '#6fdc8c',
    colorWarning: '#f5c451',
    colorFocus: '#8ab4ff',
  },
};
