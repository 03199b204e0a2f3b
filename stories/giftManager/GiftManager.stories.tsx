import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DEFAULT_NOW, scenarios, seed } from '@giftkit/mocks';
import { GiftManager } from '@giftkit/react';

const day = (offsetDays: number) => new Date((DEFAULT_NOW + offsetDays * 86_400) * 1000).toISOString().slice(0, 10);
const rows = (table: HTMLElement): HTMLElement[] => Array.from(table.querySelectorAll<HTMLElement>('tbody tr'));

/**
 * The operator's gift table (okast's editor): search, filters, sorting, server-side pages,
 * details with the redeem link, the CSV report and analytics. Signed in as Olivia, the
 * operator, against the simulated platform (its clock stands at 2 March 2026).
 */
const meta = {
  title: 'Flows/GiftManager',
  component: GiftManager,
  // URL sync is off in stories so one story's filters never leak into the next one's URL.
  args: { syncUrl: false, now: () => DEFAULT_NOW },
  parameters: { giftkit: { scenario: 'operator', root: false } },
} satisfies Meta<typeof GiftManager>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A page of results, newest first; sort by any column header. */
export const PageOfResults: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('table');
    await expect(rows(table).length).toBeGreaterThan(0);
    await expect(within(table).getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(within(table).getByRole('button', { name: /Status/ }));
    await waitFor(() => expect(within(table).getByRole('columnheader', { name: /Status/ })).toHaveAttribute('aria-sort', 'ascending'));
  },
};

/** An operator whose platform has no gift yet. */
export const Empty: Story = {
  loaders: [() => ({ scenario: scenarios.manyGifts(0) })],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No gift has been bought yet.')).toBeInTheDocument();
  },
};

/** Filter: status (expired gifts only). */
export const FilterByStatus: Story = {
  args: { defaultFilters: { status: 'expired' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('table');
    await expect(canvas.getByRole('combobox', { name: 'Status' })).toHaveValue('expired');
    await expect(rows(table).every((row) => row.getAttribute('data-status') === 'expired')).toBe(true);
  },
};

/** Filter: offer. */
export const FilterByOffer: Story = {
  args: { defaultFilters: { offerId: seed.offers.footballMonthly } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('table');
    await expect(rows(table).every((row) => /Football Monthly/.test(row.textContent ?? ''))).toBe(true);
  },
};

/** Filter: gift period (12 months), chosen from the select. */
export const FilterByGiftPeriod: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('table');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Gift period' }), '12');
    await waitFor(() => expect(rows(canvas.getByRole('table')).every((row) => /12 months/.test(row.textContent ?? ''))).toBe(true));
  },
};

/** Filter: creation dates (the last 90 days before the platform's today). */
export const FilterByCreationDate: Story = {
  args: { defaultFilters: { createdFrom: day(-90), createdTo: day(0) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText('Created from')).toHaveValue(day(-90));
    await canvas.findByText(/gifts?$|No gift matches/);
  },
};

/** Search by a gift code typed loosely (lower case, a space): normalised like the redeem field. */
export const SearchByCode: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('table');
    const code = seed.giftCodes.readyToRedeem;
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search gifts' }), code.toLowerCase().replace('-', ' '));
    await waitFor(() => expect(rows(canvas.getByRole('table'))).toHaveLength(1));
    await expect(canvas.getByText(code)).toBeInTheDocument();
  },
};

/** Nothing matches the search. */
export const NoMatch: Story = {
  args: { defaultFilters: { q: 'nobody@nowhere.test' } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No gift matches your search and filters.')).toBeInTheDocument();
  },
};

/** 100,000 gifts: the platform pages and sorts; the table only ever holds one page. */
export const HundredThousandGifts: Story = {
  parameters: { giftkit: { scenario: 'operatorLarge', root: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('table');
    await expect(canvas.getByText('100,000 gifts')).toBeInTheDocument();
    await expect(rows(table)).toHaveLength(25);
  },
};

/** The platform fails: a clear message and a retry; the second try works. */
export const ApiFailure: Story = {
  loaders: [
    () => {
      const scenario = scenarios.operator();
      scenario.platform.faults.inject('searchGifts', { status: 503, times: 'once' });
      return { scenario };
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await canvas.findByRole('table');
  },
};

/** A customer who is not an operator: the platform answers FORBIDDEN. */
export const NotAnOperator: Story = {
  parameters: { giftkit: { scenario: 'default', root: false } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/Only operators can see the gift table/)).toBeInTheDocument();
  },
};

/** Nobody signed in: `onRequireAuth({ flow: 'giftManager' })` asks the host for a login. */
export const SignedOut: Story = {
  parameters: { giftkit: { scenario: 'signedOut', root: false } },
};

/** A gift's details: gifter, recipient, note as text, timeline and the redeem link to send. */
export const GiftDetails: Story = {
  parameters: { giftkit: { scenario: 'operator', root: false, provider: { redeemUrl: 'https://tv.example/subscribe/gift/activate' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('table');
    const [first] = within(table).getAllByRole('button', { name: /^Details of the gift to / });
    if (first) await userEvent.click(first);
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await expect(within(dialog).getByText('Timeline')).toBeInTheDocument();
  },
};

/** The CSV report of the filtered set, as a download link. */
export const GiftReport: Story = {
  args: { defaultFilters: { status: 'expired' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('table');
    await userEvent.click(canvas.getByRole('button', { name: 'Prepare CSV report' }));
    const link = await canvas.findByRole('link', { name: 'Download gift report (CSV)' });
    await expect(link.getAttribute('href')).toMatch(/^blob:/);
  },
};

/** Analytics: totals, a chart per month and per offer, each with its data table. */
export const Analytics: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('table');
    await userEvent.click(canvas.getByRole('button', { name: 'Show analytics' }));
    const months = await canvas.findByRole('img', { name: 'Gifts per month' });
    const offers = canvas.getByRole('img', { name: 'Gifts per offer' });
    // Offers by full name (they differ only at the end), months by name, never YYYY-MM.
    await expect(offers).toHaveTextContent('Football Monthly');
    await expect(offers).toHaveTextContent('Football Annual');
    await expect(months).toHaveTextContent(/Mar/);
    await expect(months).not.toHaveTextContent(/\d{4}-\d{2}/);
    const [summary] = canvas.getAllByText('Show as table');
    if (summary) await userEvent.click(summary);
    const table = canvas.getByRole('table', { name: 'Gifts per month' });
    await expect(table).toBeVisible();
    await expect(within(table).getByRole('rowheader', { name: 'March 2026' })).toBeInTheDocument();
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** In French. */
export const French: Story = { globals: { locale: 'fr' } };

/** Analytics in French: month names from Intl (« mars 2026 »). */
export const AnalyticsFrench: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Afficher les statistiques' }));
    const [summary] = await canvas.findAllByText('Afficher sous forme de tableau');
    if (summary) await userEvent.click(summary);
    await expect(await canvas.findByRole('rowheader', { name: 'mars 2026' })).toBeInTheDocument();
  },
};

/** In Polish (plural forms: 1 miesiąc, 3 miesiące, 12 miesięcy). */
export const Polish: Story = { globals: { locale: 'pl' } };

/** In Arabic, right to left: the table mirrors and the count uses Arabic plural forms. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const search = await canvas.findByRole('searchbox', { name: 'البحث في الهدايا' });
    await expect(search.closest('.gk-root')).toHaveAttribute('dir', 'rtl');
    await expect(await canvas.findByRole('table')).toBeInTheDocument();
  },
};
