import { useEffect, useId, useRef, type FormEvent, type RefObject } from 'react';
import { GIFT_CODE_EXAMPLE, type VerificationThrottlePolicy } from '@giftkit/core';
import type { Appearance } from '../appearance/types';
import { useT } from '../i18n/useT';
import { GiftKitRoot } from '../provider/GiftKitRoot';
import { Alert } from '../primitives/Alert/Alert';
import { Button } from '../primitives/Button/Button';
import { Skeleton } from '../primitives/Skeleton/Skeleton';
import { TextField } from '../primitives/TextField/TextField';
import { RedeemPreview } from './RedeemPreview';
import { RedeemRefusal } from './RedeemRefusal';
import { RedeemThankYou } from './RedeemThankYou';
import { Card, Cooldown, Form, Panel, PanelTitle, Text, Title } from './styles';
import { useRedeemGift, type RedeemStatus } from './useRedeemGift';

export interface RedeemGiftProps {
  /**
   * A code to start with. Without it, the code is read from the page URL
   * (`?giftCode=…`, see `codeParam`) after mounting.
   * @example <RedeemGift code="ABCD-2345" />
   */
  code?: string;
  /**
   * The URL query parameter that carries the code in the invitation email's link.
   * @default 'giftCode'
   * @example <RedeemGift codeParam="code" /> // for …/activate?code=ABCD-2345
   */
  codeParam?: string;
  /**
   * The query string to read the code from, for routers that keep it elsewhere (or tests).
   * @default window.location.search, read after mounting (never during a server render)
   * @example <RedeemGift search={router.location.search} />
   */
  search?: string;
  /**
   * Where the viewer manages a subscription billed by an app store or partner; offered when a
   * gift cannot extend it (`EXTERNALLY_MANAGED_SUBSCRIPTION`).
   * @example manageSubscriptionUrl="/account/subscriptions"
   */
  manageSubscriptionUrl?: string;
  /**
   * Where the viewer adds a payment method, offered on the thank-you screen: access renews
   * after the gift only with one on file (rule 10).
   * @example paymentMethodUrl="/account/payment"
   */
  paymentMethodUrl?: string;
  /**
   * Your support page, offered for refusals only support can solve (expired code, offer
   * ended, several matching subscriptions…).
   * @example supportUrl="https://help.example.com/gifts"
   */
  supportUrl?: string;
  /**
   * The client-side cool-down after failed verifications, on top of the platform's limit.
   * @default DEFAULT_VERIFICATION_THROTTLE — 3 failures, then 30 s, doubling, at most 15 min
   */
  throttlePolicy?: VerificationThrottlePolicy;
  /** This component's appearance, merged over the provider's. */
  appearance?: Appearance;
}

const FOCUS_ON: ReadonlySet<RedeemStatus> = new Set(['preview', 'refused', 'failed', 'done']);

/**
 * The recipient's page: the code (prefilled from the email link and normalised), sign-in
 * hand-off, verification with a preview of what redeeming does, every refusal explained,
 * redemption and a thank-you. Fires `requireAuth`, `giftRedeemed` and `error`.
 * @example
 * // at /subscribe/gift/activate?giftCode=ABCD-2345
 * <GiftKitProvider api={api} session={session} onRequireAuth={goToLogin} onGiftRedeemed={track}>
 *   <RedeemGift paymentMethodUrl="/account/payment" manageSubscriptionUrl="/account" />
 * </GiftKitProvider>
 */
export function RedeemGift({ appearance, ...props }: RedeemGiftProps) {
  return (
    <GiftKitRoot name="redeemGift" appearance={appearance}>
      <RedeemGiftFlow {...props} />
    </GiftKitRoot>
  );
}

/** Inside the root, so the flow's DOM events are dispatched from it. */
function RedeemGiftFlow({ code, codeParam = 'giftCode', search, manageSubscriptionUrl, paymentMethodUrl, supportUrl, throttlePolicy }: Omit<RedeemGiftProps, 'appearance'>) {
  const { t } = useT();
  const flow = useRedeemGift({ code, codeParam, search, throttlePolicy });
  const { status } = flow;
  const titleId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  // Focus follows the step, but never on the first render (the host page owns that).
  const previous = useRef<RedeemStatus>(status);
  useEffect(() => {
    if (previous.current === status) return;
    const from = previous.current;
    previous.current = status;
    if (FOCUS_ON.has(status)) stepHeading.current?.focus();
    else if (status === 'editing' && from === 'done') inputRef.current?.focus();
  }, [status]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    flow.submit();
    if (flow.codeError !== null || status === 'editing') inputRef.current?.focus();
  };

  const codeErrorText = flow.codeError ? t(`redeem.codeErrors.${flow.codeError}`, { example: GIFT_CODE_EXAMPLE }) : undefined;
  const coolingDown = flow.cooldownSeconds > 0;

  return (
    <Card className="gk-redeemCard" aria-labelledby={titleId} data-status={status}>
      <Title id={titleId} ref={titleRef} className="gk-redeemTitle">
        {t('redeem.title')}
      </Title>
      {status === 'done' && flow.redemption ? (
        <RedeemThankYou redemption={flow.redemption} paymentMethodUrl={paymentMethodUrl} onAnother={flow.reset} headingRef={stepHeading} />
      ) : (
        <>
          <Text>{t('redeem.intro')}</Text>
          <Form className="gk-redeemForm" noValidate onSubmit={onSubmit}>
            <TextField
              ref={inputRef}
              label={t('redeem.codeLabel')}
              description={t('redeem.codeHint', { example: GIFT_CODE_EXAMPLE })}
              error={codeErrorText}
              value={flow.value}
              onValueChange={flow.setValue}
              autoComplete="off"
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
              name={codeParam}
            />
            <Button type="submit" variant={status === 'preview' || status === 'redeeming' ? 'secondary' : 'primary'} loading={status === 'verifying'} aria-disabled={coolingDown || undefined}>
              {t('redeem.check')}
            </Button>
          </Form>
          {coolingDown ? (
            <Cooldown className="gk-redeemCooldown">
              <Alert variant="warning" title={t('redeem.cooldown.title')}>
                {t('redeem.cooldown.body')}
              </Alert>
              <Text role="timer" aria-live="off">
                {t('redeem.cooldown.timer', { count: flow.cooldownSeconds })}
              </Text>
            </Cooldown>
          ) : null}
          <StepPanel flow={flow} headingRef={stepHeading} manageSubscriptionUrl={manageSubscriptionUrl} supportUrl={supportUrl} />
        </>
      )}
    </Card>
  );
}

interface StepPanelProps {
  flow: ReturnType<typeof useRedeemGift>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  manageSubscriptionUrl?: string;
  supportUrl?: string;
}

function StepPanel({ flow, headingRef, manageSubscriptionUrl, supportUrl }: StepPanelProps) {
  const { t } = useT();
  switch (flow.status) {
    case 'signedOut':
      return (
        <Panel className="gk-redeemPanel" data-step="signedOut">
          <PanelTitle ref={headingRef} tabIndex={-1} className="gk-redeemPanelTitle">
            {t('redeem.signedOut.title')}
          </PanelTitle>
          <Text>{flow.verifiedCode ? t('redeem.signedOut.withCode', { code: flow.verifiedCode }) : t('redeem.signedOut.withoutCode')}</Text>
          <Button onClick={flow.requireAuth}>{t('redeem.signedOut.action')}</Button>
        </Panel>
      );
    case 'verifying':
      return <Skeleton lines={2} label={t('redeem.checking')} />;
    case 'refused':
      return flow.refusal ? (
        <RedeemRefusal reason={flow.refusal} manageSubscriptionUrl={manageSubscriptionUrl} supportUrl={supportUrl} onRetry={flow.retryVerify} headingRef={headingRef} />
      ) : null;
    case 'failed':
      return flow.failure ? (
        <Panel className="gk-redeemPanel" data-step="failed" data-failed-step={flow.failure.step}>
          <PanelTitle ref={headingRef} tabIndex={-1} className="gk-redeemPanelTitle">
            {flow.failure.step === 'verify' ? t('redeem.failed.verify') : t('redeem.failed.redeem')}
          </PanelTitle>
          <Alert
            variant="danger"
            onAction={flow.failure.code === 'UNAUTHORIZED' ? flow.requireAuth : flow.failure.step === 'verify' ? flow.retryVerify : flow.redeem}
            actionLabel={flow.failure.code === 'UNAUTHORIZED' ? t('redeem.signedOut.action') : undefined}
          >
            {t(`errors.${flow.failure.code}`)}
            {flow.failure.step === 'redeem' ? ` ${t('redeem.failed.redeemSafe')}` : null}
          </Alert>
        </Panel>
      ) : null;
    case 'preview':
    case 'redeeming':
      return flow.verification ? <RedeemPreview verification={flow.verification} redeeming={flow.status === 'redeeming'} onRedeem={flow.redeem} headingRef={headingRef} /> : null;
    default:
      return null;
  }
}
