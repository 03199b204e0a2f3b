import { giftTimeline, type Gift, type TimelineStep, type UnixSeconds } from '@giftkit/core';
import { useT } from '../i18n/useT';
import { VisuallyHidden } from '../primitives/shared/VisuallyHidden';
import { Secondary, Step, Timeline } from './styles';

export interface GiftTimelineProps {
  gift: Gift;
  now: UnixSeconds;
  /** Who the gift is for, to name the list. */
  recipient: string;
  /** The zone dates are shown in (the gift's). */
  timeZone: string;
}

/** A step not reached yet says what will happen ("Access ends"), not what happened. */
const isAhead = (step: TimelineStep): step is TimelineStep & { phase: 'sent' | 'ended' } =>
  step.state === 'upcoming' && (step.phase === 'sent' || step.phase === 'ended');

/** scheduled → sent → redeemed → access ended, or expired: core `giftTimeline`, with dates. */
export function GiftTimeline({ gift, now, recipient, timeZone }: GiftTimelineProps) {
  const { t, format } = useT();
  const timeline = giftTimeline(gift, now);
  return (
    <Timeline className="gk-myGiftsTimeline" aria-label={t('myGifts.timeline.label', { recipient })} data-phase={timeline.phase}>
      {timeline.steps.map((step) => {
        const date = step.at == null ? null : format.date(step.at, { timeZone });
        return (
          <Step
            key={step.phase}
            className="gk-myGiftsTimelineStep"
            data-phase={step.phase}
            data-state={step.state}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            <span>
              {isAhead(step) ? t(`myGifts.timeline.ahead.${step.phase}`) : t(`myGifts.timeline.phases.${step.phase}`)}
              <VisuallyHidden>{` (${t(`myGifts.timeline.${step.state}`)})`}</VisuallyHidden>
            </span>
            <Secondary>{date == null ? t('myGifts.timeline.unknown') : step.state === 'upcoming' ? t('myGifts.timeline.expected', { date }) : date}</Secondary>
          </Step>
        );
      })}
    </Timeline>
  );
}
