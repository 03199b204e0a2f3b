import { giftTimeline, type Gift, type UnixSeconds } from '@giftkit/core';
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
          {link ? (
            <div>
              <Secondary>{t('giftManager.detail.redeemLinkHint')}</Secondary>
              <LinkText>{link}</LinkText>
              <CopyButton value={link} label={t('giftManager.copy')} accessibleLabel={t('giftManager.copyLink')} />
            </div>
          ) : (
            <Secondary>{t('giftManager.detail.noRedeemUrl')}</Secondary>
          )}
        </>
      ) : null}
      <Secondary>{t('giftManager.detail.resendNote')}</Secondary>
    </Dialog>
  );
}
