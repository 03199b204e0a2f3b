import type { ReactNode } from 'react';
import styled from 'styled-components';
import { space, v } from '../../appearance/resolve';
import { overrides } from '../../appearance/styled';
import { useT } from '../../i18n/useT';
import { cx } from '../shared/dom';
import { VisuallyHidden } from '../shared/VisuallyHidden';
import type { FieldBaseProps } from './types';
import type { FieldAria } from './useField';

export const FieldWrapper = styled.div`
  display: grid;
  gap: ${space(0.5)};
  min-inline-size: 0;
  ${overrides('field')}
`;

export const Label = styled.label`
  font-weight: 600;
  color: ${v('colorText')};
  ${overrides('label')}
`;

const RequiredMarker = styled.span`
  color: ${v('colorDanger')};
  margin-inline-start: ${space(0.5)};
  ${overrides('requiredMarker')}
`;

const Optional = styled.span`
  font-weight: 400;
  color: ${v('colorTextSecondary')};
`;

export const Hint = styled.p`
  margin: 0;
  font-size: 0.875em;
  color: ${v('colorTextSecondary')};
  ${overrides('fieldHint')}
`;

export const ErrorText = styled.p`
  margin: 0;
  font-size: 0.875em;
  font-weight: 600;
  color: ${v('colorDanger')};
  ${overrides('fieldError')}
`;

/** The label's content: text, then the required marker or “(optional)”. */
export function LabelText({ label, required, showOptional }: Pick<FieldBaseProps, 'label' | 'required' | 'showOptional'>) {
  const { t } = useT();
  return (
    <>
      {label}
      {required ? (
        // The control says "required" itself (aria-required); the star is for sighted users.
        <RequiredMarker className="gk-requiredMarker" aria-hidden="true">
          *
        </RequiredMarker>
      ) : showOptional ? (
        <>
          {' '}
          <Optional>({t('common.optional')})</Optional>
        </>
      ) : null}
    </>
  );
}

/** The error under a field, with a hidden “Error:” so it is not conveyed by colour alone. */
export function FieldErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useT();
  return (
    <ErrorText id={id} className="gk-fieldError">
      <VisuallyHidden>{t('field.errorPrefix')}</VisuallyHidden> {children}
    </ErrorText>
  );
}

/** The resolved error text of a field: `error`, else the localised `issue`, else nothing. */
export function useFieldError(error: ReactNode, issue: FieldBaseProps['issue']): ReactNode {
  const { t } = useT();
  if (error !== undefined && error !== null && error !== false && error !== '') return error;
  return issue ? t(`field.issues.${issue}`) : null;
}

interface FieldFrameProps extends Pick<FieldBaseProps, 'label' | 'description' | 'required' | 'showOptional' | 'className'> {
  field: FieldAria;
  error: ReactNode;
  /** Shown after the control, before the error (a counter). */
  after?: ReactNode;
  children: ReactNode;
}

/** Label, hint, control, error: the layout every text-like field shares. */
export function FieldFrame({ field, label, description, required, showOptional, error, after, className, children }: FieldFrameProps) {
  return (
    <FieldWrapper className={cx('gk-field', className)} {...field.fieldProps}>
      <Label className="gk-label" {...field.labelProps}>
        <LabelText label={label} required={required} showOptional={showOptional} />
      </Label>
      {description ? (
        <Hint className="gk-fieldHint" {...field.descriptionProps}>
          {description}
        </Hint>
      ) : null}
      {children}
      {after}
      {error ? <FieldErrorMessage id={field.ids.error}>{error}</FieldErrorMessage> : null}
    </FieldWrapper>
  );
}
