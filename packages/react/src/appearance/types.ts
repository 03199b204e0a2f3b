import type { CSSObject } from 'styled-components';
import type { ElementKey } from './elements';

/** Design variables. Every one becomes a CSS custom property `--gk-<kebab-name>` on each root. */
export interface AppearanceVariables {
  /** Buttons, links, focus accents. @default '#4f2bd1' (light) */
  colorPrimary: string;
  /** Text on `colorPrimary`. @default '#ffffff' (light) */
  colorPrimaryText: string;
  /** Body text. @default '#1a1d23' (light) */
  colorText: string;
  /** Hints, secondary text. @default '#4b5563' (light) */
  colorTextSecondary: string;
  /** Component background. @default '#ffffff' (light) */
  colorBackground: string;
  /** Cards and inputs. @default '#f6f7f9' (light) */
  colorSurface: string;
  /** Input and card borders (3:1 against the background). @default '#767f8f' (light) */
  colorBorder: string;
  /** Errors. @default '#b42318' (light) */
  colorDanger: string;
  /** Success messages. @default '#1a7f37' (light) */
  colorSuccess: string;
  /** Warnings. @default '#8a5300' (light) */
  colorWarning: string;
  /** The focus ring. @default '#1d4ed8' (light) */
  colorFocus: string;
  /** @default 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' */
  fontFamily: string;
  /** Base font size. @default '16px' */
  fontSize: string;
  /** @default '8px' */
  borderRadius: string;
  /** The spacing step; paddings and gaps are multiples of it. @default '8px' */
  spacingUnit: string;
}

export type ThemeName = 'light' | 'dark';

/**
 * How GiftKit looks, in one prop (on the provider, or per component).
 * @example
 * <GiftKitProvider appearance={{
 *   theme: 'dark',
 *   variables: { colorPrimary: '#e50914', fontFamily: 'Inter, sans-serif', borderRadius: '2px' },
 *   elements: { buttonPrimary: { textTransform: 'uppercase' } },
 * }} />
 */
export interface Appearance {
  /** The preset the variables start from. @default 'light' */
  theme?: ThemeName;
  /** Overrides of the preset's variables. */
  variables?: Partial<AppearanceVariables>;
  /** Per-element CSS (styled-components objects), applied after GiftKit's own styles. */
  elements?: Partial<Record<ElementKey, CSSObject>>;
}

/** The appearance after merging: what styled components read from the theme. */
export interface ResolvedAppearance {
  theme: ThemeName;
  /** The preset's values with every override applied. */
  variables: AppearanceVariables;
  /** Only the variables the appearance props set (the rest come from the preset). */
  overrides: Partial<AppearanceVariables>;
  elements: Partial<Record<ElementKey, CSSObject>>;
}
