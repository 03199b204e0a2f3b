import type { CSSObject } from 'styled-components';
import type { ElementKey } from './elements';
import { THEMES } from './themes';
import type { Appearance, AppearanceVariables, ResolvedAppearance } from './types';

/**
 * Merges appearances from the outside in (provider, then component): later variables win
 * one by one, later element styles are merged into earlier ones per element.
 */
export function resolveAppearance(...layers: Array<Appearance | undefined>): ResolvedAppearance {
  const theme = layers.reduce<Appearance['theme']>((current, layer) => layer?.theme ?? current, undefined) ?? 'light';
  const overrides: Partial<AppearanceVariables> = {};
  const elements: Partial<Record<ElementKey, CSSObject>> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer.variables ?? {}) as Array<[keyof AppearanceVariables, string | undefined]>) {
      if (typeof value === 'string' && value.trim() !== '') overrides[key] = value;
    }
    for (const [key, css] of Object.entries(layer.elements ?? {}) as Array<[ElementKey, CSSObject | undefined]>) {
      if (css) elements[key] = { ...elements[key], ...css };
    }
  }
  return { theme, variables: { ...THEMES[theme], ...overrides }, overrides, elements };
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `colorPrimary` → `--gk-color-primary`. */
export function cssVariableName(variable: keyof AppearanceVariables): `--gk-${string}` {
  return `--gk-${kebab(variable)}`;
}

/** The variables as custom properties (for a `style`, or declarations in a rule). */
export function cssVariables(variables: Partial<AppearanceVariables>): Record<`--gk-${string}`, string> {
  const out: Record<`--gk-${string}`, string> = {};
  for (const [key, value] of Object.entries(variables) as Array<[keyof AppearanceVariables, string]>) out[cssVariableName(key)] = value;
  return out;
}

/** `var(--gk-color-primary)`, for styles. */
export function v(variable: keyof AppearanceVariables): string {
  return `var(${cssVariableName(variable)})`;
}

/** `calc(var(--gk-spacing-unit) * n)` */
export function space(n: number): string {
  return `calc(${v('spacingUnit')} * ${n})`;
}
