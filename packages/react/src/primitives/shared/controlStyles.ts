import { css, type DefaultTheme } from 'styled-components';
import { space, v } from '../../appearance/resolve';
import type { GiftKitTheme } from '../../appearance/styled';

/** Native pickers (date, select lists) follow the theme instead of staying light in dark mode. */
export const colorScheme = ({ theme }: { theme: DefaultTheme }): string => (theme as Partial<GiftKitTheme>).giftkit?.theme ?? 'light';

/** What text inputs, selects and text areas share: size, colours, invalid and disabled states. */
export const controlStyles = css`
  display: block;
  inline-size: 100%;
  min-block-size: 44px;
  margin: 0;
  padding: ${space(1)} ${space(1.5)};
  font: inherit;
  color: ${v('colorText')};
  background: ${v('colorBackground')};
  border: 1px solid ${v('colorBorder')};
  border-radius: ${v('borderRadius')};
  color-scheme: ${colorScheme};
  &::placeholder {
    color: ${v('colorTextSecondary')};
    opacity: 1;
  }
  &[aria-invalid='true'] {
    border-color: ${v('colorDanger')};
    box-shadow: inset 0 0 0 1px ${v('colorDanger')};
  }
  &:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  &:focus-visible {
    outline: 3px solid ${v('colorFocus')};
    outline-offset: 2px;
  }
`;
