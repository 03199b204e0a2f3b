import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
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
  /**
   * Opens a gift's details. `restore` puts the table back as it was (its sideways scroll, focus
   * on the Details button without scrolling): call it once the dialog has closed.
   */
  onDetails: (gift: Gift, restore: () => void) => void;
}

/**
 * Whether the box is narrower than its content (it scrolls sideways), kept current as the box
 * or its content resizes. Without ResizeObserver (old browsers, jsdom) it checks on window resize.
 */
function useScrollsSideways(ref: RefObject<HTMLElement | null>, content: unknown): boolean {
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    const check = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', check);
      return () => window.removeEventListener('resize', check);
    }
    const observer = new ResizeObserver(check);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [ref, content]);
  return scrolls;
}

/** One page of gifts; sortable headers carry `aria-sort`. */
export function GiftTable({ gifts, offers, filters, updating, onSort, onDetails }: GiftTableProps) {
  const { t, format } = useT();
  const direction = filters.descending ? 'descending' : 'ascending';
  const sortedColumn = COLUMNS.find((column) => column.sort === filters.sort);
  const wrapRef = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(wrapRef, gifts);
  // Where the box stood when the pointer went down: focusing a half-hidden button on press
  // scrolls it into view before the click, and the view to restore is the one clicked in.
  const pressedAt = useRef<number | null>(null);
  const openDetails = (gift: Gift, button: HTMLElement, byPointer: boolean) => {
    const box = wrapRef.current;
    const scrollLeft = (byPointer ? pressedAt.current : null) ?? box?.scrollLeft ?? 0;
    pressedAt.current = null;
    onDetails(gift, () => {
      // The dialog hands focus back with a plain focus(), which scrolls a half-hidden button
      // into view and leaves the first columns cut off: put the box back where it was.
      if (button.isConnected) button.focus({ preventScroll: true });
      if (box) box.scrollLeft = scrollLeft;
    });
  };
  return (
    <TableWrap
      ref={wrapRef}
      data-updating={updating}
      data-scrolls={scrolls}
      aria-busy={updating}
      // Only a box that scrolls is a stop for the keyboard (arrow keys scroll it) and a named region.
      {...(scrolls ? { role: 'region', tabIndex: 0, 'aria-label': t('giftManager.tableRegion') } : {})}
    >
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
                <td data-column="recipient">{email}</td>
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
                  <Button
                    variant="secondary"
                    onPointerDown={() => {
                      pressedAt.current = wrapRef.current?.scrollLeft ?? null;
                    }}
                    onClick={(event) => openDetails(gift, event.currentTarget, event.detail > 0)}
                  >
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
