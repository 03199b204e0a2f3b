import { skipToken } from '@reduxjs/toolkit/query/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  normalizeGiftCode,
  parseGiftCode,
  type GiftCodeError,
  type GiftRedemption,
  type GiftVerification,
  type GiftsApiErrorCode,
  type RedeemRefusalReason,
  type VerificationThrottlePolicy,
} from '@giftkit/core';
import { useGiftKit } from '../provider/context';
import { useEmit } from '../provider/useEmit';
import type { StoredError } from '../store/giftsApi';
import { codeFromSearch, newIdempotencyKey, returnToWithCode } from './codeParam';
import { useRedeemGiftCodeMutation, useVerifyGiftCodeQuery } from './redeemApi';
import { refusalOfError } from './refusals';
import { useVerificationThrottle } from './useVerificationThrottle';

/** Where the flow is. Exactly one at a time; the screen renders from it. */
export type RedeemStatus = 'signedOut' | 'editing' | 'verifying' | 'preview' | 'refused' | 'redeeming' | 'done' | 'failed';

export interface UseRedeemGiftOptions {
  /** A code to start with (takes precedence over the URL). */
  code?: string;
  /** The URL parameter carrying the code. */
  codeParam: string;
  /** The query string to read the code from; `window.location.search` when absent (read after mount). */
  search?: string;
  /** Client-side throttle of failed verifications (core's default when absent). */
  throttlePolicy?: VerificationThrottlePolicy;
}

export interface RedeemFailure {
  step: 'verify' | 'redeem';
  code: GiftsApiErrorCode;
}

export interface RedeemGiftState {
  status: RedeemStatus;
  /** The field's text, normalised as typed. */
  value: string;
  /** The shape problem to show on the field, once the viewer tried to go on with it. */
  codeError: GiftCodeError | null;
  /** The code that was verified (or is being verified). */
  verifiedCode: string | null;
  verification: GiftVerification | null;
  refusal: RedeemRefusalReason | null;
  failure: RedeemFailure | null;
  redemption: GiftRedemption | null;
  /** Seconds before another code may be checked. */
  cooldownSeconds: number;
  setValue: (raw: string) => void;
  /** Checks the shape, then verifies (or asks the host to sign the viewer in). */
  submit: () => void;
  /** Asks the host to sign the viewer in (`requireAuth`). */
  requireAuth: () => void;
  /** Verifies the same code again (after a network failure, or a renewal that completed). */
  retryVerify: () => void;
  /** Redeems the verified code; repeated calls during one attempt do nothing. */
  redeem: () => Promise<void>;
  /** After a redemption: start over with an empty field. */
  reset: () => void;
}

/** The redeem flow's behaviour, without any markup. */
export function useRedeemGift({ code: initialCode, codeParam, search, throttlePolicy }: UseRedeemGiftOptions): RedeemGiftState {
  const { session } = useGiftKit();
  const emit = useEmit();
  const throttle = useVerificationThrottle(throttlePolicy);
  const [value, setRawValue] = useState(() => normalizeGiftCode(initialCode ?? ''));
  const [showCodeError, setShowCodeError] = useState(false);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [redeemRefusal, setRedeemRefusal] = useState<RedeemRefusalReason | null>(null);
  const [redeemError, setRedeemError] = useState<StoredError | null>(null);
  const [redemption, setRedemption] = useState<GiftRedemption | null>(null);
  const [redeemTrigger, redeemState] = useRedeemGiftCodeMutation();
  const attempt = useRef<{ code: string; key: string } | null>(null);
  const inFlight = useRef(false);

  const verifyArg = session && submitted && !redemption ? submitted : skipToken;
  const query = useVerifyGiftCodeQuery(verifyArg);
  const verification = verifyArg === skipToken ? null : (query.currentData ?? null);
  const verifyError = verifyArg === skipToken || query.isFetching ? null : ((query.error as StoredError | undefined) ?? null);

  const parsed = parseGiftCode(value);
  const codeError = showCodeError && !parsed.ok ? parsed.error : null;

  const returnTo = useCallback((code: string) => (typeof window === 'undefined' ? undefined : returnToWithCode(window.location.href, codeParam, code)), [codeParam]);
  const requireAuth = useCallback(() => {
    const target = returnTo(parseGiftCode(value).ok ? normalizeGiftCode(value) : '');
    emit('requireAuth', target === undefined ? { flow: 'redeem' } : { flow: 'redeem', returnTo: target });
  }, [emit, returnTo, value]);

  // Prefill once, after mount (the URL is only read in the browser), and verify a good code.
  const prefilled = useRef(false);
  const [prefillDone, setPrefillDone] = useState(false);
  useEffect(() => {
    if (prefilled.current) return;
    prefilled.current = true;
    setPrefillDone(true);
    const fromProp = initialCode ? normalizeGiftCode(initialCode) : null;
    const fromUrl = fromProp ?? codeFromSearch(search ?? (typeof window === 'undefined' ? '' : window.location.search), codeParam);
    if (fromUrl === null) return;
    setRawValue(fromUrl);
    const result = parseGiftCode(fromUrl);
    if (result.ok) setSubmitted(result.code);
    else setShowCodeError(true); // a mangled link: say what a code looks like straight away
  }, [initialCode, search, codeParam]);

  // Signed out: tell the host once; the flow resumes by itself when `session` arrives.
  const askedForAuth = useRef(false);
  useEffect(() => {
    if (session || !prefillDone || askedForAuth.current) return;
    askedForAuth.current = true;
    requireAuth();
  }, [session, prefillDone, requireAuth]);

  // Feed each finished verification to the throttle exactly once.
  const counted = useRef<string | undefined>(undefined);
  useEffect(() => {
    const id = query.requestId;
    if (verifyArg === skipToken || !id || query.isFetching || counted.current === id) return;
    if (!query.currentData && !query.error) return;
    counted.current = id;
    const error = query.error as StoredError | undefined;
    if (query.currentData) {
      // Only a redeemable code resets the count: alternating a known, refused code with
      // guesses must not reopen the door.
      if (query.currentData.redeemable) throttle.recordSuccess();
      else if (query.currentData.redeemRefusalReason === 'NOT_FOUND') throttle.recordFailure();
    } else if (error?.code === 'RATE_LIMITED') {
      throttle.recordServerLimit(error.retryAfter);
    } else if (error?.code === 'NOT_FOUND') {
      throttle.recordFailure();
    }
    if (error && error.code !== 'NOT_FOUND') emit('error', { code: error.code, message: error.message, flow: 'redeem' });
  }, [verifyArg, query.requestId, query.isFetching, query.currentData, query.error, throttle, emit]);

  const clearAttempt = useCallback(() => {
    setRedeemRefusal(null);
    setRedeemError(null);
    attempt.current = null;
  }, []);

  const setValue = useCallback(
    (raw: string) => {
      const next = normalizeGiftCode(raw);
      setRawValue(next);
      // A code that was not verified can never be redeemed: editing drops the preview.
      if (next !== submitted) {
        setSubmitted(null);
        clearAttempt();
      }
    },
    [submitted, clearAttempt],
  );

  const submit = useCallback(() => {
    const result = parseGiftCode(value);
    if (!result.ok) {
      setShowCodeError(true);
      return;
    }
    setRawValue(result.code);
    if (!session) {
      setSubmitted(result.code);
      requireAuth();
      return;
    }
    if (throttle.secondsLeft > 0) return;
    if (result.code === submitted) {
      if (verifyError) void query.refetch();
      return;
    }
    clearAttempt();
    setSubmitted(result.code);
  }, [value, session, requireAuth, throttle.secondsLeft, submitted, verifyError, query, clearAttempt]);

  const retryVerify = useCallback(() => {
    if (throttle.secondsLeft > 0 || verifyArg === skipToken) return;
    clearAttempt();
    void query.refetch();
  }, [throttle.secondsLeft, verifyArg, query, clearAttempt]);

  const redeem = useCallback(async () => {
    const code = submitted;
    if (!code || !verification?.redeemable || inFlight.current || redemption) return;
    inFlight.current = true;
    // One key per attempt: a retry after a network failure can never redeem twice.
    if (attempt.current?.code !== code) attempt.current = { code, key: newIdempotencyKey() };
    setRedeemError(null);
    try {
      const result = await redeemTrigger({ code, idempotencyKey: attempt.current.key }).unwrap();
      attempt.current = null;
      setRedemption(result);
      emit('giftRedeemed', { giftId: result.giftId, redeemMode: result.redeemMode, subscriptionId: result.subscriptionId, offerId: result.offerId, expiresAt: result.expiresAt });
    } catch (thrown) {
      const error = thrown as StoredError;
      const refusal = refusalOfError(error);
      if (refusal) {
        attempt.current = null;
        setRedeemRefusal(refusal);
      } else {
        if (error.code === 'RATE_LIMITED') throttle.recordServerLimit(error.retryAfter);
        setRedeemError(error);
        emit('error', { code: error.code, message: error.message, flow: 'redeem' });
      }
    } finally {
      inFlight.current = false;
    }
  }, [submitted, verification, redemption, redeemTrigger, emit, throttle]);

  const reset = useCallback(() => {
    setRedemption(null);
    setSubmitted(null);
    setRawValue('');
    setShowCodeError(false);
    clearAttempt();
    redeemState.reset();
  }, [redeemState, clearAttempt]);

  const verifyRefusal = verification && !verification.redeemable ? (verification.redeemRefusalReason ?? 'NOT_FOUND') : refusalOfError(verifyError);
  const refusal = verifyRefusal ?? redeemRefusal;
  let failure: RedeemFailure | null = null;
  let status: RedeemStatus;
  if (redemption) status = 'done';
  else if (!session) status = 'signedOut';
  else if (submitted === null) status = 'editing';
  else if (refusal) status = 'refused';
  else if (verifyError) {
    status = 'failed';
    failure = { step: 'verify', code: verifyError.code };
  } else if (!verification) status = 'verifying';
  else if (redeemState.isLoading) status = 'redeeming';
  else if (redeemError) {
    status = 'failed';
    failure = { step: 'redeem', code: redeemError.code };
  } else status = 'preview';

  return {
    status,
    value,
    codeError,
    verifiedCode: submitted,
    verification,
    refusal: status === 'refused' ? refusal : null,
    failure,
    redemption,
    cooldownSeconds: throttle.secondsLeft,
    setValue,
    submit,
    requireAuth,
    retryVerify,
    redeem,
    reset,
  };
}
