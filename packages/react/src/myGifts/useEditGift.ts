import { useCallback, useState } from 'react';
import { completeDeliveryDetails, type DeliveryDetails, type EditLockReason, type Gift, type GiftId } from '@giftkit/core';
import { useEmit } from '../provider/useEmit';
import type { GiftKitEventMap } from '../provider/events';
import { useGiftKitDispatch } from '../store/reduxContext';
import type { StoredError } from '../store/giftsApi';
import { invalidateGift, useUpdateGiftMutation } from './api';

/** The edit dialog's states: closed, typing, saving, refused by the platform, or failed. */
export type EditGiftStatus = 'closed' | 'editing' | 'saving' | 'refused' | 'failed';

const LOCK_REASONS: readonly EditLockReason[] = ['ALREADY_SENT', 'ALREADY_REDEEMED', 'SENDING_SOON'];

/** The platform's `reason` of a GIFT_NOT_EDITABLE refusal, as one of core's lock reasons. */
export function refusalReason(error: StoredError): EditLockReason {
  return (LOCK_REASONS as readonly string[]).includes(error.reason ?? '') ? (error.reason as EditLockReason) : 'SENDING_SOON';
}

export interface EditGiftState {
  status: EditGiftStatus;
  gift: Gift | null;
  error: StoredError | null;
  refusal: EditLockReason | null;
  /** Locks the platform reported for gifts the viewer's clock still thought editable. */
  serverLocks: Readonly<Record<GiftId, EditLockReason>>;
  /** The gift last saved, for the confirmation message. */
  saved: Gift | null;
  /** The gift the dialog was last opened for (to put focus back near it). */
  lastGiftId: GiftId | null;
  open: (gift: Gift) => void;
  close: () => void;
  /** Sends the complete details (core `completeDeliveryDetails`), whatever changed. */
  save: (changes: Partial<DeliveryDetails>) => Promise<void>;
}

/** Edit one gift's delivery details; the cache is updated from the platform's answer. */
export function useEditGift(onGiftUpdated?: (detail: GiftKitEventMap['giftUpdated']) => void): EditGiftState {
  const emit = useEmit();
  const dispatch = useGiftKitDispatch();
  const [updateGift] = useUpdateGiftMutation();
  const [status, setStatus] = useState<EditGiftStatus>('closed');
  const [gift, setGift] = useState<Gift | null>(null);
  const [error, setError] = useState<StoredError | null>(null);
  const [refusal, setRefusal] = useState<EditLockReason | null>(null);
  const [serverLocks, setServerLocks] = useState<Record<GiftId, EditLockReason>>({});
  const [saved, setSaved] = useState<Gift | null>(null);
  const [lastGiftId, setLastGiftId] = useState<GiftId | null>(null);

  const open = useCallback((next: Gift) => {
    setGift(next);
    setLastGiftId(next.id);
    setError(null);
    setRefusal(null);
    setSaved(null);
    setStatus('editing');
  }, []);

  const close = useCallback(() => {
    setStatus('closed');
    setGift(null);
  }, []);

  const save = useCallback(
    async (changes: Partial<DeliveryDetails>) => {
      if (!gift) return;
      const deliveryDetails = completeDeliveryDetails(gift.deliveryDetails, changes);
      setStatus('saving');
      setError(null);
      const result = await updateGift({ giftId: gift.id, deliveryDetails });
      if ('data' in result && result.data) {
        const detail = { giftId: result.data.id, deliveryDetails: result.data.deliveryDetails };
        setSaved(result.data);
        setStatus('closed');
        setGift(null);
        onGiftUpdated?.(detail);
        emit('giftUpdated', detail);
        return;
      }
      const failure = ('error' in result ? (result.error as StoredError) : null) ?? { code: 'UNKNOWN', message: 'No answer' };
      emit('error', { code: failure.code, message: failure.message, flow: 'myGifts' });
      if (failure.code === 'GIFT_NOT_EDITABLE') {
        const reason = refusalReason(failure);
        setRefusal(reason);
        setServerLocks((locks) => ({ ...locks, [gift.id]: reason }));
        setStatus('refused');
        dispatch(invalidateGift(gift.id));
        return;
      }
      setError(failure);
      setStatus('failed');
    },
    [gift, updateGift, onGiftUpdated, emit, dispatch],
  );

  return { status, gift, error, refusal, serverLocks, saved, lastGiftId, open, close, save };
}
