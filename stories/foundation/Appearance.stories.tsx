import type { Meta, StoryObj } from '@storybook/react-vite';
import styled from 'styled-components';
import { expect, within } from 'storybook/test';
import { GiftDeliveryForm, GiftKitRoot, contrastRatio, resolveAppearance, type Appearance, type AppearanceVariables } from '@giftkit/react';

import { BRAND_APPEARANCE } from '../support/appearances';

const PAIRS: Array<[keyof AppearanceVariables, keyof AppearanceVariables]> = [
  ['colorText', 'colorBackground'],
  ['colorTextSecondary', 'colorBackground'],
  ['colorPrimaryText', 'colorPrimary'],
  ['colorPrimary', 'colorBackground'],
  ['colorDanger', 'colorBackground'],
  ['colorSuccess', 'colorBackground'],
  ['colorWarning', 'colorBackground'],
];

const Swatch = styled.li`
  display: flex;
  align-items: center;
  gap: 12px;
  padding: 8px 12px;
  border: 1px solid var(--gk-color-border);
  border-radius: var(--gk-border-radius);
  list-style: none;
  margin-block-end: 8px;
`;

const Sample = styled.span`
  display: inline-block;
  min-inline-size: 140px;
  padding: 4px 8px;
  border-radius: var(--gk-border-radius);
`;

/** The resolved palette of an appearance, each pair with its WCAG contrast ratio. */
function Palette({ appearance }: { appearance?: Appearance }) {
  const { variables, theme } = resolveAppearance(appearance);
  return (
    <GiftKitRoot name="palette" {...(appearance ? { appearance } : {})}>
      <div style={{ padding: 16 }}>
        <h2 style={{ marginBlockStart: 0 }}>{`Theme: ${theme}`}</h2>
        <ul style={{ padding: 0 }}>
          {PAIRS.map(([fg, bg]) => (
            <Swatch key={`${fg}-${bg}`} data-pair={`${fg}/${bg}`}>
              <Sample style={{ color: variables[fg], background: variables[bg] }}>{fg}</Sample>
              <span>{`on ${bg}: ${contrastRatio(variables[fg], variables[bg]).toFixed(2)}:1`}</span>
            </Swatch>
          ))}
        </ul>
      </div>
    </GiftKitRoot>
  );
}

const meta = {
  title: 'Foundation/Appearance',
  component: Palette,
  parameters: { giftkit: { root: false } },
} satisfies Meta<typeof Palette>;
export default meta;
type Story = StoryObj<typeof meta>;

const ratios = (canvas: HTMLElement) =>
  Array.from(canvas.querySelectorAll('[data-pair]')).map((el) => Number(/([\d.]+):1/.exec(el.textContent)?.[1]));

export const Light: Story = {
  args: { appearance: { theme: 'light' } },
  play: async ({ canvasElement }) => {
    for (const ratio of ratios(canvasElement)) await expect(ratio).toBeGreaterThanOrEqual(4.5);
  },
};

export const Dark: Story = {
  args: { appearance: { theme: 'dark' } },
  play: async ({ canvasElement }) => {
    for (const ratio of ratios(canvasElement)) await expect(ratio).toBeGreaterThanOrEqual(4.5);
  },
};

/** A broadcaster's brand: colour, font, radius, and one element override. */
export const CustomBrand: Story = {
  args: { appearance: BRAND_APPEARANCE },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.gk-palette') as HTMLElement;
    const style = getComputedStyle(root);
    // The computed styles follow the props, not just the inline variables.
    await expect(style.getPropertyValue('--gk-color-primary').trim()).toBe('#ff3b45');
    await expect(style.fontFamily).toContain('Georgia');
    await expect(style.backgroundColor).toBe('rgb(20, 20, 20)');
    const swatch = within(canvasElement).getAllByRole('listitem')[0] as HTMLElement;
    await expect(getComputedStyle(swatch).borderTopLeftRadius).toBe('2px');
    for (const ratio of ratios(canvasElement)) await expect(ratio).toBeGreaterThanOrEqual(4.5);
  },
};

/** `#ff3b45` → `rgb(255, 59, 69)`, the way computed styles report a colour. */
const rgb = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};

/**
 * The same brand on a real flow: `GiftDeliveryForm` with its text fields and buttons. The
 * play function reads the computed styles and checks each follows the `appearance` prop.
 */
export const CustomBrandOnRealComponents: Story = {
  args: { appearance: BRAND_APPEARANCE },
  render: (args) => <GiftDeliveryForm appearance={args.appearance} now={1_772_443_800} defaultTimeZone="Europe/Paris" onSubmit={() => undefined} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const variables = args.appearance?.variables ?? {};
    const primaryOverride = args.appearance?.elements?.buttonPrimary ?? {};
    const submit = canvas.getByRole('button', { name: 'Save delivery details' });
    const secondary = canvas.getByRole('button', { name: 'Send today' });
    const email = canvas.getByRole('textbox', { name: /Recipient’s email/ });

    const primary = getComputedStyle(submit);
    await expect(primary.backgroundColor).toBe(rgb(variables.colorPrimary ?? ''));
    await expect(primary.color).toBe(rgb(variables.colorPrimaryText ?? ''));
    await expect(primary.borderTopLeftRadius).toBe(variables.borderRadius);
    await expect(primary.fontFamily).toBe(variables.fontFamily);
    // The element override reaches the primary button only.
    await expect(primary.textTransform).toBe(primaryOverride.textTransform);
    await expect(getComputedStyle(secondary).textTransform).toBe('none');

    const field = getComputedStyle(email);
    await expect(field.borderTopLeftRadius).toBe(variables.borderRadius);
    await expect(field.fontFamily).toBe(variables.fontFamily);
    const root = canvasElement.querySelector('.gk-root') as HTMLElement;
    await expect(getComputedStyle(root).backgroundColor).toBe(rgb(variables.colorBackground ?? ''));
    await expect(root).toHaveAttribute('data-theme', args.appearance?.theme);
  },
};

/**
 * Plain CSS works too: a host stylesheet that sets the variables on `.gk-root` (or on one
 * flow's root, here `.gk-root.gk-deliveryForm`) wins over the preset; a variable the `appearance`
 * prop sets wins over the stylesheet.
 */
export const PlainCss: Story = {
  args: { appearance: { variables: { colorBackground: '#fdf6e3' } } },
  render: (args) => (
    <>
      <style>{'.gk-root.gk-deliveryForm { --gk-color-primary: #0a5cbf; --gk-color-background: #000000; }'}</style>
      <GiftDeliveryForm appearance={args.appearance} now={1_772_443_800} defaultTimeZone="Europe/Paris" onSubmit={() => undefined} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const submit = within(canvasElement).getByRole('button', { name: 'Save delivery details' });
    await expect(getComputedStyle(submit).backgroundColor).toBe(rgb('#0a5cbf'));
    const root = canvasElement.querySelector('.gk-deliveryForm') as HTMLElement;
    await expect(getComputedStyle(root).backgroundColor).toBe(rgb('#fdf6e3'));
  },
};
