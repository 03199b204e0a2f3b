import styled, { type DefaultTheme } from 'styled-components';
import { space, v } from '../../appearance/resolve';
import { overrides } from '../../appearance/styled';
import type { ElementKey } from '../../appearance/elements';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

export const VARIANT_ELEMENT: Record<ButtonVariant, ElementKey> = {
  primary: 'buttonPrimary',
  secondary: 'buttonSecondary',
  danger: 'buttonDanger',
  link: 'buttonLink',
};

export const StyledButton = styled.button<{ $variant: ButtonVariant }>`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: ${space(1)};
  min-block-size: 44px;
  min-inline-size: 44px;
  margin: 0;
  padding: ${space(1)} ${space(2)};
  font: inherit;
  font-weight: 600;
  line-height: 1.25;
  text-align: center;
  text-decoration: none;
  border: 2px solid transparent;
  border-radius: ${v('borderRadius')};
  cursor: pointer;
  &[data-full-width='true'] {
    inline-size: 100%;
  }
  &[data-variant='primary'] {
    color: ${v('colorPrimaryText')};
    background: ${v('colorPrimary')};
  }
  &[data-variant='secondary'] {
    color: ${v('colorPrimary')};
    background: ${v('colorBackground')};
    border-color: currentColor;
  }
  &[data-variant='danger'] {
    color: ${v('colorBackground')};
    background: ${v('colorDanger')};
  }
  &[data-variant='link'] {
    padding-inline: ${space(0.5)};
    color: ${v('colorPrimary')};
    background: transparent;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  &:hover:not(:disabled):not([aria-disabled='true']) {
    filter: brightness(0.92);
  }
  &[data-variant='link']:hover:not(:disabled) {
    filter: none;
    text-decoration-thickness: 2px;
  }
  &:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  &[data-loading='true'] {
    cursor: progress;
  }
  &:focus-visible {
    outline: 3px solid ${v('colorFocus')};
    outline-offset: 2px;
  }
  ${overrides('button')}
  ${({ theme, $variant }: { theme: DefaultTheme; $variant: ButtonVariant }) => overrides(VARIANT_ELEMENT[$variant])({ theme })}
`;
