import { giftExpiresAt, giftTimeline, type Gift, type GiftPhase, type UnixSeconds } from '@giftkit/core';
import { Dialog } from '../primitives/Dialog/Dialog';
import { useGiftKit } from '../provider/context';
import { useT } from '../i18n/useT';
import { CopyButton } from './CopyButton';
import { NoValue } from './NoValue';
import { StatusBadge } from './StatusBadge';
import { Facts, LinkText, Secondary, SubHeading, Timeline } from './styles';

/** The link a recipient who never got the email can open: `redeemUrl?giftCode=…`. */
export function redeemLink(redeemUrl: string, code: string): string {
  const [base = '', hash] = redeemUrl.split('#', 2);
  const link = `${base}${base.includes('?') ? '&' : '?'}giftCode=${encodeURIComponent(code)}`;
  return hash === undefined ? link : `${link}#${hash}`;
}

export interface GiftDetailsProps {
  gift: Gift | null;
  now: UnixSeconds;
  onClose: () => void;
}

/** Everything support needs about one gift, the note always as plain text. */
export function GiftDetails({ gift, now, onClose }: GiftDetailsProps) {
  const { t, format } = useT();
  const { redeemUrl } = useGiftKit();
  if (!gift) return null;
  const details = gift.deliveryDetails;
  const timeline = giftTimeline(gift, now);
  const link = gift.code && redeemUrl ? redeemLink(redeemUrl, gift.code) : null;
  const recipient = gift.recipientName ?? details.recipientName;
  return (
    <Dialog open onClose={onClose} title={gift.code ? t('giftManager.detail.title', { code: gift.code }) : t('giftManager.detail.titleNoCode')}>
      <Facts>
        <dt>{t('giftManager.columns.status')}</dt>
        <dd>{gift.status ? <StatusBadge status={gift.status} /> : <NoValue />}</dd>
        <dt>{t('giftManager.detail.gifter')}</dt>
        <dd>{gift.gifterEmail || <NoValue />}</dd>
        <dt>{t('giftManager.detail.recipient')}</dt>
        <dd>{recipient ? `${recipient} <${details.recipientEmail}>` : details.recipientEmail}</dd>
        <dt>{t('giftManager.columns.offer')}</dt>
        <dd>{gift.offerTitle ?? gift.offerId}</dd>
        <dt>{t('giftManager.detail.note')}</dt>
        <dd>{details.personalNote || t('giftManager.detail.noNote')}</dd>
      </Facts>
      <SubHeading>{t('giftManager.detail.timeline')}</SubHeading>
      <Timeline className="gk-giftManagerTimeline">
        {timeline.steps.map((step) => (
          <li key={step.phase} data-state={step.state} aria-current={step.state === 'current' ? 'step' : undefined}>
            {t('giftManager.detail.stepAt', {
              phase: t(`giftManager.detail.phase.${step.phase}`),
              date: step.at == null ? t('giftManager.detail.unknownDate') : format.dateTime(step.at, { withZone: true }),
            })}
            <Secondary>{t(`giftManager.detail.state.${step.state}`)}</Secondary>
          </li>
        ))}
      </Timeline>
      {gift.code ? (
        <>
          <SubHeading>{t('giftManager.detail.redeemLink')}</SubHeading>
          {link ? <RedeemAdvice gift={gift} phase={timeline.phase} now={now} link={link} /> : <Secondary>{t('giftManager.detail.noRedeemUrl')}</Secondary>}
        </>
      ) : null}
      <Secondary>{t('giftManager.detail.resendNote')}</Secondary>
    </Dialog>
  );
}

/**
 * What the operator may tell a viewer about the link, true to what redeeming it answers now
 * (core's redemption rules): it works once the gift is sent, not before, and never again once
 * redeemed or expired.
 */
function RedeemAdvice({ gift, phase, now, link }: { gift: Gift; phase: GiftPhase; now: UnixSeconds; link: string }) {
  const { t, format } = useT();
  if (phase === 'redeemed' || phase === 'ended') return <Secondary>{t('giftManager.detail.redeemLinkRedeemed')}</Secondary>;
  if (phase === 'expired') {
    const expired = giftExpiresAt(gift);
    return <Secondary>{t('giftManager.detail.redeemLinkExpired', { date: expired == null ? t('giftManager.detail.unknownDate') : format.dateTime(expired, { withZone: true }) })}</Secondary>;
  }
  // A delivery date already past while the gift is still unsent: the platform is late, say no date.
  const due = gift.sentAt ?? gift.deliveryDetails.deliveryDate;
  const deliversAt = due != null && due > now ? due : null;
  let advice = t('giftManager.detail.redeemLinkHint');
  if (phase !== 'sent') {
    advice = deliversAt == null ? t('giftManager.detail.redeemLinkUnsent') : t('giftManager.detail.redeemLinkScheduled', { date: format.dateTime(deliversAt, { withZone: true }) });
  }
  return (
    <div>
      <Secondary>{advice}</Secondary>
      <LinkText>{link}</LinkText>
      <CopyButton value={link} label={t('giftManager.copy')} accessibleLabel={t('giftManager.copyLink')} />
    </div>
  );
}
