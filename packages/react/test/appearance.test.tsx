import { render } from '@testing-library/react';
import styled from 'styled-components';
import { describe, expect, it } from 'vitest';
import { GiftKitProvider, GiftKitRoot, THEMES, cssVariableName, cssVariables, resolveAppearance, type AppearanceVariables } from '@giftkit/react';
import { contrastRatio } from '../src/appearance/contrast';
import { overrides } from '../src/appearance/styled';
import { v } from '../src/appearance/resolve';
import { fakeApi } from './offlineApi';

describe('resolveAppearance', () => {
  it('starts from the light preset', () => {
    expect(resolveAppearance()).toEqual({ theme: 'light', variables: THEMES.light, overrides: {}, elements: {} });
  });
  it('lets the component override the provider, variable by variable and element by element', () => {
    const resolved = resolveAppearance(
      { theme: 'dark', variables: { colorPrimary: '#e50914', borderRadius: '2px' }, elements: { button: { color: 'red', padding: '4px' } } },
      { variables: { borderRadius: '12px' }, elements: { button: { color: 'blue' }, alert: { fontWeight: 700 } } },
    );
    expect(resolved.theme).toBe('dark');
    expect(resolved.variables).toMatchObject({ colorPrimary: '#e50914', borderRadius: '12px', colorBackground: THEMES.dark.colorBackground });
    expect(resolved.elements).toEqual({ button: { color: 'blue', padding: '4px' }, alert: { fontWeight: 700 } });
  });
  it('ignores empty variables instead of blanking a colour', () => {
    expect(resolveAppearance({ variables: { colorText: '  ' } }).variables.colorText).toBe(THEMES.light.colorText);
  });
  it('names CSS custom properties predictably', () => {
    expect(cssVariableName('colorPrimary')).toBe('--gk-color-primary');
    expect(cssVariables(THEMES.light)['--gk-spacing-unit']).toBe('8px');
  });
});

describe('presets meet WCAG AA', () => {
  const text: Array<[keyof AppearanceVariables, keyof AppearanceVariables]> = [
    ['colorText', 'colorBackground'],
    ['colorText', 'colorSurface'],
    ['colorTextSecondary', 'colorBackground'],
    ['colorTextSecondary', 'colorSurface'],
    ['colorPrimaryText', 'colorPrimary'],
    ['colorPrimary', 'colorBackground'],
    ['colorDanger', 'colorBackground'],
    ['colorDanger', 'colorSurface'],
    ['colorSuccess', 'colorBackground'],
    ['colorWarning', 'colorBackground'],
  ];
  for (const theme of ['light', 'dark'] as const) {
    it.each(text)(`${theme}: %s on %s ≥ 4.5:1`, (fg, bg) => {
      expect(contrastRatio(THEMES[theme][fg], THEMES[theme][bg])).toBeGreaterThanOrEqual(4.5);
    });
    it(`${theme}: borders and focus ≥ 3:1 (non-text)`, () => {
      expect(contrastRatio(THEMES[theme].colorBorder, THEMES[theme].colorBackground)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(THEMES[theme].colorFocus, THEMES[theme].colorBackground)).toBeGreaterThanOrEqual(3);
    });
  }
  it('computes contrast like WCAG', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(() => contrastRatio('red', '#fff')).toThrow(RangeError);
  });
});

const Probe = styled.button`
  color: ${v('colorPrimary')};
  ${overrides('button')}
`;

describe('GiftKitRoot', () => {
  it('puts classes, theme, direction, language and CSS variables on the root', () => {
    const { container } = render(
      <GiftKitProvider api={fakeApi()} locale="ar" appearance={{ theme: 'dark', variables: { colorPrimary: '#e50914' } }}>
        <GiftKitRoot name="redeem" appearance={{ variables: { borderRadius: '3px' } }}>
          x
        </GiftKitRoot>
      </GiftKitProvider>,
    );
    const root = container.querySelector('.gk-root') as HTMLElement;
    expect(root).toHaveClass('gk-root', 'gk-redeem');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(root.style.getPropertyValue('--gk-color-primary')).toBe('#e50914');
    expect(root.style.getPropertyValue('--gk-border-radius')).toBe('3px');
    // The preset's values come from a zero-specificity rule, not inline, so host CSS can override them.
    expect(root.style.getPropertyValue('--gk-color-background')).toBe('');
    const styleText = Array.from(document.querySelectorAll('style')).map((s) => s.textContent ?? '').join('\n');
    expect(styleText).toMatch(new RegExp(`:where\\(\\.[\\w-]+\\)\\{[^}]*--gk-color-background:${THEMES.dark.colorBackground}`));
  });

  it('applies element overrides from the appearance prop', () => {
    const { getByRole } = render(
      <GiftKitProvider api={fakeApi()} appearance={{ elements: { button: { textTransform: 'uppercase' } } }}>
        <GiftKitRoot name="test">
          <Probe type="button">go</Probe>
        </GiftKitRoot>
      </GiftKitProvider>,
    );
    expect(getComputedStyle(getByRole('button')).textTransform).toBe('uppercase');
  });

  it('adds no global styles: every rule GiftKit injects is scoped to one of its generated classes', () => {
    render(
      <GiftKitProvider api={fakeApi()}>
        <GiftKitRoot name="test">
          <Probe type="button">go</Probe>
        </GiftKitRoot>
      </GiftKitProvider>,
    );
    const selectors: string[] = [];
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) {
        if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
      }
    }
    const styleText = Array.from(document.querySelectorAll('style')).map((s) => s.textContent ?? '').join('\n');
    const fromText = [...styleText.matchAll(/(^|})\s*([^{}@]+)\{/g)].map((m) => (m[2] ?? '').trim());
    const all = [...selectors, ...fromText].filter(Boolean);
    expect(all.length).toBeGreaterThan(0);
    for (const selector of all) {
      for (const part of selector.split(',')) expect(part.trim(), selector).toMatch(/^(:where\()?\.[\w-]+/);
    }
  });
});
