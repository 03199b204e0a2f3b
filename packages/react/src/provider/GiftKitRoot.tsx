import { createContext, useContext, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import styled, { ThemeProvider } from 'styled-components';
import { cssVariables, resolveAppearance, v } from '../appearance/resolve';
import { overrides, type GiftKitTheme } from '../appearance/styled';
import { THEMES } from '../appearance/themes';
import type { Appearance } from '../appearance/types';
import { localeDirection } from '../i18n/locales';
import { useGiftKit } from './context';

const RootRefContext = createContext<RefObject<HTMLElement | null> | null>(null);

/** The element a flow's DOM events are dispatched on. */
export function useRootElement(): RefObject<HTMLElement | null> | null {
  return useContext(RootRefContext);
}

// Everything is scoped under the root's generated class: nothing reaches the host page.
// The preset's variables sit at zero specificity (`:where`), so a host stylesheet such as
// `.gk-root { --gk-color-primary: … }` overrides them; the variables the appearance props set
// go inline on the root and win over both.
const Root = styled.div`
  :where(&) {
    ${({ theme }) => cssVariables(THEMES[(theme as GiftKitTheme).giftkit.theme])}
  }
  font-family: ${v('fontFamily')};
  font-size: ${v('fontSize')};
  line-height: 1.5;
  color: ${v('colorText')};
  background: ${v('colorBackground')};
  text-align: start;
  /* Native controls (date pickers, select menus) follow the theme. */
  &[data-theme='dark'] {
    color-scheme: dark;
  }
  &[data-theme='light'] {
    color-scheme: light;
  }
  &,
  & *,
  & *::before,
  & *::after {
    box-sizing: border-box;
  }
  & :focus-visible {
    outline: 3px solid ${v('colorFocus')};
    outline-offset: 2px;
  }
  ${overrides('root')}
`;

export interface GiftKitRootProps {
  /** The flow's name, also its class: `gk-checkout`. */
  name: string;
  /** This component's appearance, merged over the provider's. */
  appearance?: Appearance;
  /** Accessible name of the region, when the flow has no visible heading. */
  'aria-label'?: string;
  children?: ReactNode;
}

/**
 * The root every public component renders: its theme, CSS variables, text direction and
 * language, the stable classes `gk-root gk-<name>`, and the target of its DOM events.
 */
export function GiftKitRoot({ name, appearance, children, ...aria }: GiftKitRootProps) {
  const { appearance: providerAppearance, locale } = useGiftKit(`<${name}>`);
  const resolved = useMemo(() => resolveAppearance(providerAppearance, appearance), [providerAppearance, appearance]);
  const theme = useMemo<GiftKitTheme>(() => ({ giftkit: resolved }), [resolved]);
  const ref = useRef<HTMLDivElement>(null);
  return (
    <ThemeProvider theme={theme}>
      <RootRefContext.Provider value={ref}>
        <Root
          ref={ref}
          className={`gk-root gk-${name}`}
          data-theme={resolved.theme}
          dir={localeDirection(locale)}
          lang={locale}
          style={cssVariables(resolved.overrides)}
          {...aria}
        >
          {children}
        </Root>
      </RootRefContext.Provider>
    </ThemeProvider>
  );
}
