import type { Gift, GiftSortField, Offer } from '@giftkit/core';
import { Button } from '../primitives/Button/Button';
import { VisuallyHidden } from '../primitives/shared/VisuallyHidden';
import { useT } from '../i18n/useT';
import type { TranslationKey } from '../i18n/types';
import { CopyButton } from './CopyButton';
import { NoValue } from './NoValue';
import type { GiftManagerFilters } from './query';
import { StatusBadge } from './StatusBadge';
import { Code, Secondary, SortButton, Table, TableWrap } from './styles';
import { giftValidity } from './validity';

type Column = { key: 'status' | 'recipient' | 'offer' | 'code' | 'createdAt'; sort: GiftSortField };

const COLUMNS: readonly Column[] = [
  { key: 'status', sort: 'status' },
  { key: 'recipient', sort: 'recipientEmail' },
  { key: 'offer', sort: 'offer' },
  { key: 'code', sort: 'code' },
  { key: 'createdAt', sort: 'createdAt' },
];

export interface GiftTableProps {
  gifts: readonly Gift[];
  offers: readonly Offer[];
  filters: Pick<GiftManagerFilters, 'sort' | 'descending'>;
  updating: boolean;
  onSort: (field: GiftSortField) => void;
  onDetails: (gift: Gift) => void;
}

/** One page of gifts; sortable headers carry `aria-sort`. */
export function GiftTable({ gifts, offers, filters, updating, onSort, onDetails }: GiftTableProps) {
  const { t, format } = useT();
  const direction = filters.descending ? 'descending' : 'ascending';
  const sortedColumn = COLUMNS.find((column) => column.sort === filters.sort);
  return (
    <TableWrap data-updating={updating} aria-busy={updating}>
      <Table className="gk-giftManagerTable">
        <caption>
          {t('giftManager.tableCaption', {
            column: t(`giftManager.columns.${sortedColumn?.key ?? 'createdAt'}`),
            direction: t(`giftManager.${direction}`),
          })}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = filters.sort === column.sort;
              return (
                <th key={column.key} scope="col" aria-sort={active ? direction : 'none'}>
                  <SortButton type="button" className="gk-giftManagerSortButton" data-active={active} onClick={() => onSort(column.sort)}>
                    {t(`giftManager.columns.${column.key}`)}
                    <span aria-hidden="true">{active ? (filters.descending ? '▼' : '▲') : '↕'}</span>
                  </SortButton>
                </th>
              );
            })}
            <th scope="col">{t('giftManager.columns.validity')}</th>
            <th scope="col">
              <VisuallyHidden>{t('giftManager.columns.actions')}</VisuallyHidden>
            </th>
          </tr>
        </thead>
        <tbody>
          {gifts.map((gift) => {
            const validity = giftValidity(gift, offers);
            const email = gift.deliveryDetails.recipientEmail;
            return (
              <tr key={gift.id} data-status={gift.status}>
                <td>{gift.status ? <StatusBadge status={gift.status} /> : <NoValue />}</td>
                <td>{email}</td>
                <td>{gift.offerTitle ?? gift.offerId}</td>
                <td>
                  {gift.code ? (
                    <>
                      <Code className="gk-giftManagerCode">{gift.code}</Code>
                      <CopyButton value={gift.code} label={t('giftManager.copy')} accessibleLabel={t('giftManager.copyCode', { code: gift.code })} />
                    </>
                  ) : (
                    <Secondary>{t('giftManager.codeHidden')}</Secondary>
                  )}
                </td>
                <td>{gift.createdAt == null ? <NoValue /> : format.date(gift.createdAt)}</td>
                <td>
                  {validity.months == null ? null : t('giftManager.filters.months', { count: validity.months })}
                  <Secondary>
                    {validity.kind === 'notSentYet' || validity.at == null
                      ? t('giftManager.notSentYet')
                      : t(`giftManager.${validity.kind}` as TranslationKey, { date: format.date(validity.at) })}
                  </Secondary>
                </td>
                <td>
                  <Button variant="secondary" onClick={() => onDetails(gift)}>
                    <span aria-hidden="true">{t('giftManager.details')}</span>
                    <VisuallyHidden>{t('giftManager.detailsFor', { email })}</VisuallyHidden>
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </TableWrap>
  );
}
