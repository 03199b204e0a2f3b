import type { CSSObject, DefaultTheme } from 'styled-components';
import type { ElementKey } from './elements';
import type { ResolvedAppearance } from './types';

/** Our namespace inside the styled-components theme, so a host theme never collides. */
export interface GiftKitTheme extends DefaultTheme {
  giftkit: ResolvedAppearance;
}

/** Interpolation: the host's overrides for one element, applied last. */
export const overrides =
  (key: ElementKey) =>
  ({ theme }: { theme: DefaultTheme }): CSSObject =>
    (theme as Partial<GiftKitTheme>).giftkit?.elements[key] ?? {};
