import { useEffect, useRef } from 'react';
import type { EditLockReason, Gift, GiftId, UnixSeconds } from '@giftkit/core';
import { useT } from '../i18n/useT';
import { Alert } from '../primitives/Alert/Alert';
import { Button } from '../primitives/Button/Button';
import { Skeleton } from '../primitives/Skeleton/Skeleton';
import { SentGiftCard } from './SentGiftCard';
import { Empty, Heading, List, Pagination, Secondary } from './styles';
import type { SentGiftsState } from './useSentGifts';

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
          {state.rows.length === 0 ? <Secondary>{t('myGifts.sent.emptyPageHint')}</Secondary> : null}
          <List className="gk-myGiftsList">
            {state.rows.map((row) => (
              <SentGiftCard key={row.gift.id} transaction={row.transaction} gift={row.gift} now={now} serverLock={serverLocks[row.gift.id]} onEdit={onEdit} />
            ))}
          </List>
        </>
      ) : null}
      {state.pages > 1 && (state.status === 'ready' || state.status === 'loading') ? (
        <Pagination className="gk-myGiftsPagination" aria-label={t('myGifts.pagination.label')}>
          <Button variant="secondary" disabled={!state.hasPrevious} onClick={state.previous}>
            {t('myGifts.pagination.previous')}
          </Button>
          <span aria-live="polite">
            {t('myGifts.pagination.status', { page: format.number(state.page), pages: format.number(state.pages) })}
          </span>
          <Button variant="secondary" disabled={!state.hasNext} onClick={state.next}>
            {t('myGifts.pagination.next')}
          </Button>
        </Pagination>
      ) : null}
    </>
  );
}
