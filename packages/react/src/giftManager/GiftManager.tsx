import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Gift, UnixSeconds } from '@giftkit/core';
import type { Appearance } from '../appearance/types';
import { GiftKitRoot } from '../provider/GiftKitRoot';
import { Alert } from '../primitives/Alert/Alert';
import { Button } from '../primitives/Button/Button';
import { Skeleton } from '../primitives/Skeleton/Skeleton';
import { useT } from '../i18n/useT';
import { Analytics } from './Analytics';
import { GiftDetails } from './GiftDetails';
import { GiftReport } from './GiftReport';
import { GiftTable, type GiftTableProps } from './GiftTable';
import { toAnalyticsQuery, toReportQuery } from './query';
import { SearchAndFilters } from './SearchAndFilters';
import { Heading, Layout, Pagination, Row, SubHeading } from './styles';
import { useGiftManager, type GiftManagerState, type UseGiftManagerOptions } from './useGiftManager';

export interface GiftManagerProps extends UseGiftManagerOptions {
  /** This component's appearance, merged over the provider's. */
  appearance?: Appearance;
  /**
   * The current time, for each gift's timeline (the platform's clock in tests and demos).
   * @default () => Math.floor(Date.now() / 1000)
   * @example now={() => platform.now()}
   */
  now?: () => UnixSeconds;
}

/**
 * The operator's gift table (okast's editor): search by sender email, gift code, offer name or
 * creation day; filter by offer, creation dates, gift period and status; sort; page through
 * the platform; open a gift's details and redeem link; download the filtered set as CSV; see
 * analytics. Needs an operator session: others get a clear refusal, nobody `onRequireAuth`.
 * @example
 * <GiftKitProvider api={api} session={{ customerId: 'op_1', role: 'operator' }} redeemUrl="https://tv.example/gift/activate">
 *   <GiftManager pageSize={50} />
 * </GiftKitProvider>
 */
export function GiftManager({ appearance, ...options }: GiftManagerProps) {
  return (
    <GiftKitRoot name="giftManager" appearance={appearance}>
      <GiftManagerBody {...options} />
    </GiftKitRoot>
  );
}

const defaultNow = () => Math.floor(Date.now() / 1000);

function GiftManagerBody({ now = defaultNow, ...options }: Omit<GiftManagerProps, 'appearance'>) {
  const { t } = useT();
  const state = useGiftManager(options);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [selected, setSelected] = useState<Gift | null>(null);
  const restoreTable = useRef<(() => void) | null>(null);
  const [showAnalytics, setShowAnalytics] = useState(false);
  const reportQuery = useMemo(() => toReportQuery({ ...state.filters }), [state.filters]);
  const analyticsQuery = useMemo(() => toAnalyticsQuery(state.filters), [state.filters]);
  const blocked = state.status === 'signedOut' || state.status === 'forbidden';

  // Runs after the closed dialog's own cleanup (which focuses the opener): undo its scroll.
  useEffect(() => {
    if (selected || !restoreTable.current) return;
    restoreTable.current();
    restoreTable.current = null;
  }, [selected]);

  // A refusal replaces the screen: take the reader to its heading.
  useEffect(() => {
    if (blocked) headingRef.current?.focus();
  }, [blocked]);

  return (
    <Layout as="section" aria-labelledby={headingId} data-status={state.status}>
      <Heading id={headingId} ref={headingRef} tabIndex={-1}>
        {t('giftManager.title')}
      </Heading>
      {state.status === 'signedOut' ? (
        <Alert variant="info">{t('giftManager.signIn')}</Alert>
      ) : state.status === 'forbidden' ? (
        <Alert variant="warning">{t('giftManager.forbidden')}</Alert>
      ) : (
        <>
          <SearchAndFilters {...state} />
          <Results
            state={state}
            onDetails={(gift, restore) => {
              restoreTable.current = restore;
              setSelected(gift);
            }}
          />
          <Row>
            <GiftReport query={reportQuery} />
          </Row>
          <Row>
            <SubHeading>{t('giftManager.analytics.title')}</SubHeading>
            <Button variant="secondary" aria-expanded={showAnalytics} onClick={() => setShowAnalytics((shown) => !shown)}>
              {t(showAnalytics ? 'giftManager.analytics.hide' : 'giftManager.analytics.show')}
            </Button>
          </Row>
          {showAnalytics ? <Analytics query={analyticsQuery} /> : null}
          <GiftDetails gift={selected} now={now()} onClose={() => setSelected(null)} />
        </>
      )}
    </Layout>
  );
}

function Results({ state, onDetails }: { state: GiftManagerState; onDetails: GiftTableProps['onDetails'] }) {
  const { t, format } = useT();
  if (state.status === 'failed') {
    return (
      <Alert variant="danger" onAction={state.retry}>
        {t(`errors.${state.errorCode ?? 'UNKNOWN'}`)}
      </Alert>
    );
  }
  if (state.status === 'loading') return <Skeleton lines={6} label={t('giftManager.loading')} />;
  const page = state.filters.page + 1;
  return (
    <>
      <p role="status">
        {state.updating ? t('giftManager.updating') : state.totalCount === 0 ? (state.filtered ? t('giftManager.noMatch') : t('giftManager.empty')) : t('giftManager.search.results', { count: state.totalCount, total: format.number(state.totalCount) })}
      </p>
      {state.totalCount > 0 ? (
        <>
          <GiftTable gifts={state.gifts} offers={state.offers} filters={state.filters} updating={state.updating} onSort={state.toggleSort} onDetails={onDetails} />
          {state.pageCount > 1 ? (
            <Pagination className="gk-giftManagerPagination" aria-label={t('giftManager.pagination.label')}>
              <Button variant="secondary" disabled={page <= 1} onClick={() => state.setPage(state.filters.page - 1)}>
                {t('giftManager.pagination.previous')}
              </Button>
              <span>{t('giftManager.pagination.page', { page: format.number(page), pages: format.number(state.pageCount) })}</span>
              <Button variant="secondary" disabled={page >= state.pageCount} onClick={() => state.setPage(state.filters.page + 1)}>
                {t('giftManager.pagination.next')}
              </Button>
            </Pagination>
          ) : null}
        </>
      ) : null}
    </>
  );
}
