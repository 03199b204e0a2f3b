import styled from 'styled-components';
import { space, v } from '../appearance/resolve';
import { overrides } from '../appearance/styled';

export const Form = styled.form`
  display: grid;
  gap: ${space(2)};
  ${overrides('deliveryForm')}
`;

export const Fields = styled.div`
  display: grid;
  gap: ${space(2)};
`;

export const Fieldset = styled.fieldset`
  display: grid;
  gap: ${space(1.5)};
  margin: 0;
  padding: ${space(1.5)};
  border: 1px solid ${v('colorBorder')};
  border-radius: ${v('borderRadius')};
  min-inline-size: 0;
  & > legend {
    padding: 0 ${space(0.5)};
    font-weight: 600;
  }
  ${overrides('deliveryFieldset')}
`;

/**
 * Date and hour side by side. Aligned to the top: an error under one field grows that field
 * downwards and never moves the other's input out of line.
 */
export const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${space(1.5)};
  align-items: start;
  & > * {
    flex: 1 1 10rem;
  }
`;

/** The submit button, then any secondary action, on one row that wraps only when too narrow. */
export const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space(1)};
`;

export const Schedule = styled.p`
  margin: 0;
  color: ${v('colorTextSecondary')};
  &[data-resolution='gap'],
  &[data-resolution='overlap'] {
    color: ${v('colorText')};
    font-weight: 600;
  }
  ${overrides('deliverySchedule')}
`;
