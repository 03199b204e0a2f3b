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

export const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${space(1.5)};
  align-items: end;
  & > * {
    flex: 1 1 10rem;
  }
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
