import type { GiftAnalyticsQuery, GiftCounts } from '@giftkit/core';
import { Alert } from '../primitives/Alert/Alert';
import { Skeleton } from '../primitives/Skeleton/Skeleton';
import { useT } from '../i18n/useT';
import { useGiftAnalyticsQuery } from './api';
import { BarChart, type BarDatum } from './BarChart';
import { formatMonth, monthAxisLines, withQuietMonths } from './months';
import { AnalyticsBox, SubHeading, Table, TableWrap, Totals } from './styles';

type Labelled = GiftCounts & { key: string; label: string; axis?: readonly string[] };

const noGifts = (month: string): GiftCounts & { month: string } => ({ month, bought: 0, sent: 0, redeemed: 0, expired: 0, redemptionRate: 0, revenue: [] });

function CountsTable({ caption, first, rows }: { caption: string; first: string; rows: readonly Labelled[] }) {
  const { t, format } = useT();
  const money = (counts: GiftCounts) => counts.revenue.map((r) => format.money(r.amount, r.currency)).join(', ') || t('giftManager.analytics.noRevenue');
  return (
    <TableWrap>
      <Table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col">{t('giftManager.analytics.bought')}</th>
            <th scope="col">{t('giftManager.analytics.sent')}</th>
            <th scope="col">{t('giftManager.analytics.redeemed')}</th>
            <th scope="col">{t('giftManager.analytics.expired')}</th>
            <th scope="col">{t('giftManager.analytics.redemptionRate')}</th>
            <th scope="col">{t('giftManager.analytics.revenue')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{format.number(row.bought)}</td>
              <td>{format.number(row.sent)}</td>
              <td>{format.number(row.redeemed)}</td>
              <td>{format.number(row.expired)}</td>
              <td>{format.percent(row.redemptionRate)}</td>
              <td>{money(row)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableWrap>
  );
}

/** Bought, sent, redeemed, expired, redemption rate and revenue: totals, per month, per offer. */
export function Analytics({ query }: { query: GiftAnalyticsQuery }) {
  const { t, format, locale } = useT();
  const result = useGiftAnalyticsQuery(query);
  if (result.isError) {
    const code = (result.error as { code?: string } | undefined)?.code ?? 'UNKNOWN';
    return (
      <Alert variant="danger" onAction={result.refetch}>
        {t(`errors.${code}` as 'errors.UNKNOWN')}
      </Alert>
    );
  }
  const data = result.currentData;
  if (!data) return <Skeleton lines={4} label={t('giftManager.analytics.loading')} />;
  const { totals } = data;
  const months: Labelled[] = withQuietMonths(data.perMonth, noGifts).map((m) => ({ ...m, key: m.month, label: formatMonth(m.month, locale), axis: monthAxisLines(m.month, locale) }));
  const offers: Labelled[] = data.perOffer.map((o) => ({ ...o, key: o.offerId, label: o.offerTitle }));
  const bars = (rows: readonly Labelled[]): BarDatum[] =>
    rows.map((r) => ({ key: r.key, label: r.label, ...(r.axis ? { axis: r.axis } : {}), bought: r.bought, redeemed: r.redeemed }));
  const perMonth = t('giftManager.analytics.perMonth');
  const perOffer = t('giftManager.analytics.perOffer');
  return (
    <AnalyticsBox className="gk-giftManagerAnalytics" aria-busy={result.isFetching}>
      <Totals>
        {(
          [
            ['bought', format.number(totals.bought)],
            ['sent', format.number(totals.sent)],
            ['redeemed', format.number(totals.redeemed)],
            ['expired', format.number(totals.expired)],
            ['redemptionRate', format.percent(totals.redemptionRate)],
            ['revenue', totals.revenue.map((r) => format.money(r.amount, r.currency)).join(', ') || t('giftManager.analytics.noRevenue')],
          ] as const
        ).map(([key, value]) => (
          <div key={key}>
            <dt>{t(`giftManager.analytics.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </Totals>
      {totals.bought === 0 ? (
        <p>{t('giftManager.analytics.none')}</p>
      ) : (
        <>
          <SubHeading>{perMonth}</SubHeading>
          <BarChart title={perMonth} data={bars(months)} />
          <details>
            <summary>{t('giftManager.analytics.showTable')}</summary>
            <CountsTable caption={perMonth} first={t('giftManager.analytics.month')} rows={months} />
          </details>
          <SubHeading>{perOffer}</SubHeading>
          <BarChart title={perOffer} data={bars(offers)} layout="rows" />
          <details>
            <summary>{t('giftManager.analytics.showTable')}</summary>
            <CountsTable caption={perOffer} first={t('giftManager.analytics.offer')} rows={offers} />
          </details>
        </>
      )}
    </AnalyticsBox>
  );
}
