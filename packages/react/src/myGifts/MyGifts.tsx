import { lazy, Suspense, useEffect, useRef } from 'react';
import type { UnixSeconds } from '@giftkit/core';
import type { Appearance } from '../appearance/types';
import { useT } from '../i18n/useT';
import { Alert } from '../primitives/Alert/Alert';
import { Spinner } from '../primitives/Spinner/Spinner';
import { useGiftKit } from '../provider/context';
import type { GiftKitEventMap } from '../provider/events';
import { GiftKitRoot, useRootElement } from '../provider/GiftKitRoot';
import { useEmit } from '../provider/useEmit';
import type { StoredError } from '../store/giftsApi';
import { useListReceivedGiftsQuery } from './api';
import { ReceivedGifts, type ReceivedGiftsStatus } from './ReceivedGifts';
import { recipientLabel } from './SentGiftCard';
import { SentGifts } from './SentGifts';
import { Panel, Tab, Tabs } from './styles';
import { useEditGift } from './useEditGift';
import { useNow } from './useNow';
import { useSentGifts } from './useSentGifts';
import { useTabs } from './useTabs';

/** The two tabs of `MyGifts`. */
export type MyGiftsTab = 'sent' | 'received';
const TABS: readonly MyGiftsTab[] = ['sent', 'received'];

// The delivery form (time-zone list and all) loads on the first edit, not with the list:
// most visits only look. With the package's one-file-per-module build, a host's bundler
// turns this into its own chunk.
const EditGiftDialog = lazy(() => import('./EditGiftDialog.lazy').then((module) => ({ default: module.EditGiftDialog })));

export interface MyGiftsProps {
  /**
   * "Now" in Unix seconds, for the timeline and the edit window. Pin it in stories and tests
   * (e.g. the simulated platform's `platform.now()`).
   * @default the current time, refreshed every minute
   * @example now={platform.now()}
   */
  now?: UnixSeconds;
  /**
   * Where the empty "gifts I gave" tab sends the viewer to buy a gift.
   * @example buyGiftUrl="/offers?purchaseAsGift=true"
   */
  buyGiftUrl?: string;
  /**
   * Where the empty "gifts I received" tab sends the viewer to redeem a code.
   * @default the provider's `redeemUrl`
   * @example redeemUrl="/subscribe/gift/activate"
   */
  redeemUrl?: string;
  /** The tab shown first. @default 'sent' */
  defaultTab?: MyGiftsTab;
  /**
   * Purchases read per window (at most 50), so at most this many gifts per page. A page whose
   * window holds no gift reads up to two more windows before it stops.
   * @default 20
   */
  pageSize?: number;
  /**
   * Called after the gifter saved new delivery details (also the provider's `onGiftUpdated`
   * and the DOM event `giftkit:giftUpdated`).
   * @example onGiftUpdated={({ giftId }) => track('gift_edited', giftId)}
   */
  onGiftUpdated?: (detail: GiftKitEventMap['giftUpdated']) => void;
  /** This component's appearance, merged over the provider's. */
  appearance?: Appearance;
}

/**
 * The gifter's gifts, newest first and paginated without a cap, each with its status
 * timeline and delivery details editable until the cut-off; and, in a second tab, the gifts
 * the viewer received.
 * @example
 * <GiftKitProvider api={api} session={session} redeemUrl="/subscribe/gift/activate">
 *   <MyGifts buyGiftUrl="/offers?purchaseAsGift=true" onGiftUpdated={refreshBadge} />
 * </GiftKitProvider>
 */
export function MyGifts(props: MyGiftsProps) {
  const { appearance } = props;
  const { t } = useT('<MyGifts>');
  return (
    <GiftKitRoot name="myGifts" appearance={appearance} aria-label={t('myGifts.title')}>
      <MyGiftsContent {...props} />
    </GiftKitRoot>
  );
}

function MyGiftsContent({ now: pinnedNow, buyGiftUrl, redeemUrl, defaultTab = 'sent', pageSize, onGiftUpdated }: MyGiftsProps) {
  const { t, dir } = useT();
  const { session, redeemUrl: providerRedeemUrl } = useGiftKit('<MyGifts>');
  const emit = useEmit();
  const signedIn = session !== null;
  const now = useNow(pinnedNow);
  const tabs = useTabs(TABS, defaultTab, dir);
  const sent = useSentGifts({ pageSize, signedIn, now });
  const edit = useEditGift(onGiftUpdated);
  const received = useListReceivedGiftsQuery(undefined, { skip: !signedIn || tabs.selected !== 'received' });

  // No session, or the platform says it ended: ask the host to sign the viewer in.
  const unauthorized = !signedIn || sent.error?.code === 'UNAUTHORIZED' || (received.error as StoredError | undefined)?.code === 'UNAUTHORIZED';
  const asked = useRef(false);
  useEffect(() => {
    if (!unauthorized || asked.current) return;
    asked.current = true;
    emit('requireAuth', { flow: 'myGifts' });
  }, [unauthorized, emit]);

  // A refused edit removes the button that opened the dialog: put focus on the reason instead.
  const root = useRootElement();
  const { status: editStatus, lastGiftId } = edit;
  useEffect(() => {
    const container = root?.current;
    if (editStatus !== 'closed' || !lastGiftId || !container) return;
    const active = document.activeElement;
    if (active && active !== document.body && container.contains(active)) return;
    const card = Array.from(container.querySelectorAll<HTMLElement>('.gk-myGiftsCard')).find((element) => element.dataset.giftId === lastGiftId);
    card?.querySelector<HTMLElement>('.gk-myGiftsLock')?.focus();
  }, [editStatus, lastGiftId, root]);

  const receivedStatus: ReceivedGiftsStatus = !signedIn
    ? 'signedOut'
    : received.isError && !received.isFetching
      ? 'failed'
      : !received.currentData
        ? 'loading'
        : received.currentData.length === 0
          ? 'empty'
          : 'ready';

  if (!signedIn) {
    return <Alert variant="info">{t('myGifts.signedOut')}</Alert>;
  }

  return (
    <>
      <Tabs className="gk-myGiftsTabs" aria-label={t('myGifts.tabs.label')} {...tabs.tabListProps}>
        {TABS.map((tab) => (
          <Tab key={tab} className="gk-myGiftsTab" {...tabs.getTabProps(tab)}>
            {t(`myGifts.tabs.${tab}`)}
          </Tab>
        ))}
      </Tabs>
      {edit.saved ? (
        <Alert variant="success">
          {t('myGifts.edit.saved', { recipient: recipientLabel(edit.saved, (name, email) => t('myGifts.sent.recipientNamed', { name, email })) })}
        </Alert>
      ) : null}
      <Panel className="gk-myGiftsPanel" data-tab="sent" aria-busy={sent.status === 'loading'} {...tabs.getPanelProps('sent')}>
        {tabs.selected === 'sent' ? (
          <SentGifts state={sent} now={now} serverLocks={edit.serverLocks} buyGiftUrl={buyGiftUrl} onEdit={edit.open} />
        ) : null}
      </Panel>
      <Panel className="gk-myGiftsPanel" data-tab="received" aria-busy={receivedStatus === 'loading'} {...tabs.getPanelProps('received')}>
        {tabs.selected === 'received' ? (
          <ReceivedGifts
            status={receivedStatus}
            gifts={received.currentData ?? []}
            error={(received.error as StoredError | undefined) ?? null}
            retry={() => void received.refetch()}
            redeemUrl={redeemUrl ?? providerRedeemUrl}
          />
        ) : null}
      </Panel>
      {edit.status === 'closed' ? null : (
        <Suspense fallback={<Spinner label={t('common.loading')} showLabel />}>
          <EditGiftDialog edit={edit} now={now} />
        </Suspense>
      )}
    </>
  );
}
