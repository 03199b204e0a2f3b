import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { GiftKitProvider, GiftKitRoot, useT, type GiftKitLocalization } from '@giftkit/react';
import { createOfflineApi } from '../support/storyApi';

const api = createOfflineApi();

function Sampler() {
  const { t, format } = useT();
  const instant = 1_798_149_600; // 2026-12-24 17:00 UTC
  return (
    <dl>
      <dt>common.retry</dt>
      <dd>{t('common.retry')}</dd>
      <dt>errors.COUPON_EXPIRED</dt>
      <dd>{t('errors.COUPON_EXPIRED')}</dd>
      <dt>field.charactersLeft (count 3)</dt>
      <dd>{t('field.charactersLeft', { count: 3 })}</dd>
      <dt>money</dt>
      <dd>{format.money(1234.5, 'EUR')}</dd>
      <dt>date and time (Europe/Paris)</dt>
      <dd>{format.dateTime(instant, { timeZone: 'Europe/Paris', withZone: true })}</dd>
    </dl>
  );
}

/** One provider per locale: each has its own i18next instance, side by side on one page. */
function Locales({ locales, localization }: { locales: string[]; localization?: GiftKitLocalization }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', gap: 16 }}>
      {locales.map((locale) => (
        <GiftKitProvider key={locale} api={api} locale={locale} {...(localization ? { localization } : {})}>
          <GiftKitRoot name="sampler">
            <section aria-label={locale} style={{ padding: 12 }}>
              <h2 style={{ marginBlockStart: 0 }}>{locale}</h2>
              <Sampler />
            </section>
          </GiftKitRoot>
        </GiftKitProvider>
      ))}
    </div>
  );
}

const meta = {
  title: 'Foundation/Localization',
  component: Locales,
  parameters: { giftkit: { root: false } },
} satisfies Meta<typeof Locales>;
export default meta;
type Story = StoryObj<typeof meta>;

export const EveryLanguage: Story = {
  args: { locales: ['en', 'fr', 'de', 'es', 'pl'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Non-English strings arrive lazily; each provider re-renders when its chunk lands.
    await waitFor(() => expect(canvas.getByRole('region', { name: 'fr' })).toHaveTextContent('Réessayer'));
    await waitFor(() => expect(canvas.getByRole('region', { name: 'pl' })).toHaveTextContent('Pozostały 3 znaki'));
    await expect(canvas.getByRole('region', { name: 'de' })).toHaveTextContent('Erneut versuchen');
    await expect(canvas.getByRole('region', { name: 'en' })).toHaveTextContent('€1,234.50');
  },
};

/** Arabic: right to left, every key translated, with Arabic's plural forms (3 → `_few`). */
export const RightToLeft: Story = {
  args: { locales: ['ar'] },
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: 'ar' });
    await expect(region.closest('.gk-root')).toHaveAttribute('dir', 'rtl');
    await waitFor(() => expect(region).toHaveTextContent('حاول مرة أخرى'));
    await expect(region).toHaveTextContent('انتهت صلاحية هذا الرمز.');
    await expect(region).toHaveTextContent('تبقّت 3 أحرف');
  },
};

/** A host's own wording for two keys wins over the shipped strings. */
export const HostOverrides: Story = {
  args: { locales: ['en', 'fr'], localization: { common: { retry: 'Give it another go' }, errors: { COUPON_EXPIRED: 'Too late for this one!' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'en' })).toHaveTextContent('Give it another go');
    await waitFor(() => expect(canvas.getByRole('region', { name: 'fr' })).toHaveTextContent('Too late for this one!'));
  },
};
