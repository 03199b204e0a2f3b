import styled from 'styled-components';
import { space, v } from '../../appearance/resolve';
import { overrides } from '../../appearance/styled';
import { useT } from '../../i18n/useT';
import { cx } from '../shared/dom';
import { VisuallyHidden } from '../shared/VisuallyHidden';

export type StepState = 'complete' | 'current' | 'upcoming';

/** One step of a `Stepper`. */
export interface StepperStep {
  /** A stable key. */
  id: string;
  /** The step's visible, localised name. */
  label: string;
}

const List = styled.ol`
  display: flex;
  flex-wrap: wrap;
  gap: ${space(1)} ${space(3)};
  margin: 0;
  padding: 0;
  list-style: none;
  ${overrides('stepper')}
`;

const Item = styled.li`
  display: flex;
  align-items: center;
  gap: ${space(1)};
  color: ${v('colorTextSecondary')};
  &[data-state='current'] {
    color: ${v('colorText')};
    font-weight: 700;
  }
  &[data-state='complete'] {
    color: ${v('colorText')};
  }
  ${overrides('step')}
`;

const Marker = styled.span`
  display: inline-grid;
  place-items: center;
  flex: none;
  inline-size: 2em;
  block-size: 2em;
  border: 2px solid ${v('colorBorder')};
  border-radius: 50%;
  font-weight: 700;
  line-height: 1;
  background: ${v('colorBackground')};
  &[data-state='current'] {
    border-color: ${v('colorPrimary')};
    color: ${v('colorPrimary')};
  }
  &[data-state='complete'] {
    border-color: ${v('colorPrimary')};
    color: ${v('colorPrimaryText')};
    background: ${v('colorPrimary')};
  }
  ${overrides('stepMarker')}
`;

export interface StepperProps {
  /**
   * The steps in order.
   * @example steps={[{ id: 'details', label: t('checkout.steps.details') }, { id: 'pay', label: t('checkout.steps.pay') }]}
   */
  steps: readonly StepperStep[];
  /** The index (0-based) or id of the current step. Earlier steps are complete. */
  current: number | string;
  /** The list's accessible name. @default t('stepper.label') — “Progress” */
  label?: string;
  className?: string;
}

/**
 * Where the viewer is in a multi-step flow: an ordered list, the current step marked with
 * `aria-current="step"`, completed steps marked with a tick and in words (“completed”),
 * never by colour alone.
 * @example <Stepper steps={steps} current="pay" />
 */
export function Stepper({ steps, current, label, className }: StepperProps) {
  const { t } = useT();
  const currentIndex = typeof current === 'number' ? current : steps.findIndex((step) => step.id === current);
  return (
    <List className={cx('gk-stepper', className)} aria-label={label ?? t('stepper.label')}>
      {steps.map((step, index) => {
        const state: StepState = index < currentIndex ? 'complete' : index === currentIndex ? 'current' : 'upcoming';
        return (
          <Item key={step.id} className="gk-step" data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            <Marker className="gk-stepMarker" aria-hidden="true" data-state={state}>
              {state === 'complete' ? '✓' : index + 1}
            </Marker>
            <span>{step.label}</span>
            {state === 'upcoming' ? null : <VisuallyHidden>{`, ${t(state === 'complete' ? 'stepper.completed' : 'stepper.current')}`}</VisuallyHidden>}
          </Item>
        );
      })}
    </List>
  );
}
