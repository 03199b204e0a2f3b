import { useCallback, useEffect, useRef, useState } from 'react';
import { COUPON_CHECK_ORDER, normalizePromotionCode, promotionCodeFormatIssue, type CouponRefusal, type GiftsApiErrorCode, type Order, type PromotionCodeFormatIssue } from '@giftkit/core';
import { useEmit } from '../provider/useEmit';
import type { StoredError } from '../store/giftsApi';
import { useUpdateOrderMutation } from './orderApi';

export type CouponStatus = 'idle' | 'applying' | 'removing';

/** Why the last apply did not go through: the platform refused the code, its shape is wrong (checked before any request), or the call failed. */
export type CouponProblem =
  | { kind: 'refusal'; code: CouponRefusal }
  | { kind: 'format'; issue: PromotionCodeFormatIssue }
  | { kind: 'error'; code: GiftsApiErrorCode };

export interface UseCouponInputOptions {
  /** The order the code goes on (its `couponCode` tells whether one is applied). */
  order: Pick<Order, 'id' | 'couponCode'>;
  /** Called with the order the API returns after each apply / remove. */
  onOrderChange?: (order: Order) => void;
  /** A code to apply once, as soon as the order is known (from a prop or `?couponCode=`). */
  autoApply?: string | null;
  /**
   * Called with the text in the field that is not applied to the order, each time it changes:
   * `''` when the field is empty (or blank) or once its code is applied. A form around the
   * field uses it to refuse to submit while a code is typed but not applied.
   */
  onDraftChange?: (draft: string) => void;
}

/** The field's text that is not on the order: `''` when blank, or while a code is applied (the field is hidden then). */
function unappliedDraft(text: string, applied: string | null | undefined): string {
  return applied || text.trim() === '' ? '' : text;
}

function isRefusal(code: string): code is CouponRefusal {
  return (COUPON_CHECK_ORDER as readonly string[]).includes(code);
}

/** Apply / remove a promotion code on an order, through `updateOrder`, with the precise refusal. */
export function useCouponInput({ order, onOrderChange, autoApply, onDraftChange }: UseCouponInputOptions) {
  const [updateOrder] = useUpdateOrderMutation();
  const emit = useEmit();
  const [text, setText] = useState(autoApply ?? '');
  const [status, setStatus] = useState<CouponStatus>('idle');
  const [problem, setProblem] = useState<CouponProblem | null>(null);
  const [announcement, setAnnouncement] = useState<'applied' | 'removed' | null>(null);
  const busy = useRef(false);
  const autoApplied = useRef<string | null>(null);

  const run = useCallback(
    async (couponCode: string | null) => {
      if (busy.current) return;
      busy.current = true;
      setStatus(couponCode === null ? 'removing' : 'applying');
      setProblem(null);
      try {
        const next = await updateOrder({ orderId: order.id, patch: { couponCode } }).unwrap();
        onOrderChange?.(next);
        // Removed on purpose: the field comes back empty, not holding the old code as a draft
        // that would hold up the form around it.
        if (couponCode === null) setText('');
        setAnnouncement(couponCode === null ? 'removed' : 'applied');
        if (couponCode === null) emit('couponRemoved', { orderId: next.id });
        else emit('couponApplied', { code: next.couponCode ?? couponCode, orderId: next.id });
      } catch (caught) {
        const error = caught as StoredError;
        setProblem(isRefusal(error.code) ? { kind: 'refusal', code: error.code } : { kind: 'error', code: error.code });
        emit('error', { code: error.code, message: error.message, flow: 'coupon' });
      } finally {
        busy.current = false;
        setStatus('idle');
      }
    },
    [updateOrder, order.id, onOrderChange, emit],
  );

  const apply = useCallback(
    (value: string = text) => {
      const issue = promotionCodeFormatIssue(value);
      if (issue) {
        setProblem({ kind: 'format', issue });
        return Promise.resolve();
      }
      return run(normalizePromotionCode(value));
    },
    [text, run],
  );
  const remove = useCallback(() => run(null), [run]);

  // Auto-apply once per code, when no code is on the order yet.
  useEffect(() => {
    if (!autoApply || order.couponCode || autoApplied.current === autoApply) return;
    autoApplied.current = autoApply;
    setText(autoApply);
    void apply(autoApply);
  }, [autoApply, order.couponCode, apply]);

  // Tell the parent what is typed but not applied (an effect: also after auto-apply and apply).
  const draft = unappliedDraft(text, order.couponCode);
  const draftListener = useRef(onDraftChange);
  draftListener.current = onDraftChange;
  useEffect(() => {
    draftListener.current?.(draft);
  }, [draft]);

  return { text, setText, status, problem, announcement, apply, remove, applied: order.couponCode, draft };
}
