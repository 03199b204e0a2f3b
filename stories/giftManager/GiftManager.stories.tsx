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

/** A box of `width` CSS pixels around the story, as a host's layout gives it. */
const inBox = (width: number): NonNullable<Story['decorators']> => [
  (Story) => (
    <div style={{ inlineSize: width, maxInlineSize: 'none' }}>
      <Story />
    </div>
  ),
];
const tableBox = (table: HTMLElement): HTMLElement => {
  const box = table.parentElement;
  if (!box) throw new Error('the table has no box');
  return box;
};

/** A desktop page (966px): the columns wrap to fit, nothing is cut off and nothing scrolls sideways. */
export const FitsDesktopWidth: Story = {
  decorators: inBox(966),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('table');
    const box = tableBox(table);
    await waitFor(() => expect(rows(table).length).toBeGreaterThan(0));
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth + 1);
    // Not a tab stop when there is nothing to scroll.
    await expect(box).not.toHaveAttribute('tabindex');
    const edge = box.getBoundingClientRect();
    for (const button of within(table).getAllByRole('button', { name: /^Details of the gift to / })) {
      const rect = button.getBoundingClientRect();
      await expect(rect.right).toBeLessThanOrEqual(edge.right + 0.5);
      await expect(rect.left).toBeGreaterThanOrEqual(edge.left - 0.5);
    }
  },
};

/**
 * A phone (375px): the table scrolls sideways in a box that is a named region reached with
 * Tab (arrow keys scroll it), shadows hint at the hidden side, and opening and closing a
 * gift's details leaves it where it was.
 */
export const NarrowScreen: Story = {
  decorators: inBox(375),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('table');
    const region = await canvas.findByRole('region', { name: 'Gifts table (scrolls sideways)' });
    await expect(region).toContainElement(table);
    await expect(region).toHaveAttribute('tabindex', '0');
    region.focus();
    await expect(region).toHaveFocus();
    await expect(getComputedStyle(region).outlineStyle).not.toBe('none');
    // Scrolled to the start, open the last column's Details, close it: still at the start.
    region.scrollLeft = 0;
    const [details] = within(table).getAllByRole('button', { name: /^Details of the gift to / });
    if (!details) throw new Error('no Details button');
    await userEvent.click(details);
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close dialog' }));
    await waitFor(() => expect(details).toHaveFocus());
    await expect(region.scrollLeft).toBe(0);
  },
};

/** The labels of a chart and where its plot starts, in screen pixels. */
const chartParts = (chart: HTMLElement) => {
  const svg = chart.getBoundingClientRect();
  const labels = Array.from(chart.querySelectorAll<SVGTextElement>('text.gk-chartLabel')).map((label) => label.getBoundingClientRect());
  const bars = Array.from(chart.querySelectorAll<SVGRectElement>('rect')).map((bar) => bar.getBoundingClientRect());
  return { svg, labels, bars };
};

const openArabicAnalytics = async (canvasElement: HTMLElement) => {
  const canvas = within(canvasElement);
  await canvas.findByRole('table');
  await userEvent.click(await canvas.findByRole('button', { name: 'عرض التحليلات' }));
  const months = await canvas.findByRole('img', { name: 'الهدايا شهريًا' });
  const offers = canvas.getByRole('img', { name: 'الهدايا حسب العرض' });
  return { months, offers };
};

/** Every label inside the chart, and no label over a bar (the offer names sit left of their bars). */
const expectLabelsClear = async (offers: HTMLElement, months: HTMLElement) => {
  const perOffer = chartParts(offers);
  await expect(perOffer.labels.length).toBeGreaterThan(0);
  const plotStart = Math.min(...perOffer.bars.map((bar) => bar.left));
  for (const label of perOffer.labels) {
    await expect(label.left).toBeGreaterThanOrEqual(perOffer.svg.left - 0.5);
    await expect(label.right).toBeLessThanOrEqual(plotStart + 0.5);
  }
  // Rows never overlap each other.
  const sorted = [...perOffer.labels].sort((a, b) => a.top - b.top);
  for (let i = 1; i < sorted.length; i += 1) await expect(sorted[i]!.top).toBeGreaterThanOrEqual(sorted[i - 1]!.bottom - 0.5);
  const perMonth = chartParts(months);
  for (const label of perMonth.labels) {
    await expect(label.left).toBeGreaterThanOrEqual(perMonth.svg.left - 0.5);
    await expect(label.right).toBeLessThanOrEqual(perMonth.svg.right + 0.5);
  }
};

/**
 * Analytics in Arabic: the charts keep their left-to-right geometry (time runs left to right,
 * bars grow from the axis) whatever the page's direction; offer names end at the axis, left of
 * their bars, and the first month is not cut off. The monthly chart has a 0…max scale.
 */
export const AnalyticsArabic: Story = {
  globals: { locale: 'ar' },
  decorators: inBox(966),
  play: async ({ canvasElement }) => {
    const { months, offers } = await openArabicAnalytics(canvasElement);
    await expect(months.closest('[dir="rtl"]')).not.toBeNull();
    await expect(getComputedStyle(offers).direction).toBe('ltr');
    await expectLabelsClear(offers, months);
    await expect(offers).toHaveTextContent('Football Monthly');
    // The y axis: 0 and the maximum, each with a gridline.
    const scale = months.querySelectorAll('.gk-chartScale text');
    await expect(scale.length).toBeGreaterThanOrEqual(2);
    await expect(months.querySelectorAll('.gk-chartScale line').length).toBe(scale.length);
  },
};

/** Analytics in Arabic on a phone (375px): labels shortened to fit, legible, never over the bars. */
export const AnalyticsArabicNarrow: Story = {
  globals: { locale: 'ar' },
  decorators: inBox(375),
  play: async ({ canvasElement }) => {
    const { months, offers } = await openArabicAnalytics(canvasElement);
    await expectLabelsClear(offers, months);
    // Drawn near 1:1, so the 11px text is not scaled down to an unreadable size.
    const label = offers.querySelector<SVGTextElement>('text.gk-chartLabel');
    await expect(label?.getBoundingClientRect().height ?? 0).toBeGreaterThanOrEqual(10);
  },
};
