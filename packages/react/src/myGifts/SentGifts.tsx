import { useEffect, useRef } from 'react';
import type { EditLockReason, Gift, GiftId, UnixSeconds } from '@giftkit/core';
import { useT } from '../i18n/useT';
import { Alert } from '../primitives/Alert/Alert';
import { Button } from '../primitives/Button/Button';
import { Skeleton } from '../primitives/Skeleton/Skeleton';
import { FailedGiftCard } from './FailedGiftCard';
import { SentGiftCard } from './SentGiftCard';
import { Empty, Heading, List, Pagination, Secondary } from './styles';
import type { SentGiftsState } from './useSentGifts';

/** Why a page shows no gift: the scanned purchases held none, and whether older ones follow. */
function emptyRangeHint(state: SentGiftsState, t: ReturnType<typeof useT>['t'], number: (value: number) => string): string {
  if (!state.hasNext) return t('myGifts.sent.noMoreGifts');
  return t('myGifts.sent.noGiftsInRange', { from: number(state.offset + 1), to: number(state.scannedTo) });
}

export interface SentGiftsProps {
  state: SentGiftsState;
  now: UnixSeconds;
  serverLocks: Readonly<Record<GiftId, EditLockReason>>;
  buyGiftUrl: string | undefined;
  onEdit: (gift: Gift) => void;
}

/** The gifter's purchases, one page at a time. */
export function SentGifts({ state, now, serverLocks, buyGiftUrl, onEdit }: SentGiftsProps) {
  const { t, format } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const lastOffset = useRef(state.offset);
  // A new page replaces the list: move focus to its heading so the reader starts at the top.
  useEffect(() => {
    if (lastOffset.current === state.offset) return;
    lastOffset.current = state.offset;
    heading.current?.focus();
  }, [state.offset]);

  return (
    <>
      <Heading ref={heading} tabIndex={-1}>
        {t('myGifts.sent.heading')}
      </Heading>
      {state.status === 'loading' ? <Skeleton lines={6} height="1.5em" label={t('myGifts.sent.loading')} /> : null}
      {state.status === 'failed' ? (
        <Alert variant="danger" onAction={state.retry}>
          {t(`errors.${state.error?.code ?? 'UNKNOWN'}`)}
        </Alert>
      ) : null}
      {state.status === 'empty' ? (
        <Empty className="gk-myGiftsEmpty">
          <p>{t('myGifts.sent.empty')}</p>
          {buyGiftUrl ? <a href={buyGiftUrl}>{t('myGifts.sent.buy')}</a> : null}
        </Empty>
      ) : null}
      {state.status === 'ready' ? (
        <>
          {state.rows.length === 0 ? <Secondary>{emptyRangeHint(state, t, (value) => format.number(value))}</Secondary> : null}
          <List className="gk-myGiftsList">
            {state.rows.map((row) =>
              row.gift ? (
                <SentGiftCard key={row.transaction.transactionId} transaction={row.transaction} gift={row.gift} now={now} serverLock={serverLocks[row.gift.id]} onEdit={onEdit} />
              ) : (
                <FailedGiftCard key={row.transaction.transactionId} transaction={row.transaction} error={row.error} />
              ),
            )}
          </List>
        </>
      ) : null}
      {(state.hasPrevious || state.hasNext) && (state.status === 'ready' || state.status === 'loading') ? (
        <Pagination className="gk-myGiftsPagination" aria-label={t('myGifts.pagination.label')}>
          <Button variant="secondary" disabled={!state.hasPrevious} onClick={state.previous}>
            {t('myGifts.pagination.previous')}
          </Button>
          <span aria-live="polite">
            {state.status === 'ready'
              ? t('myGifts.pagination.status', {
                  page: format.number(state.page),
                  from: format.number(state.offset + 1),
                  to: format.number(state.scannedTo),
                  total: format.number(state.totalCount),
                })
              : t('myGifts.pagination.page', { page: format.number(state.page) })}
          </span>
          <Button variant="secondary" disabled={!state.hasNext} onClick={state.next}>
            {t('myGifts.pagination.next')}
          </Button>
        </Pagination>
      ) : null}
    </>
  );
}
