import styled from 'styled-components';
import { overrides } from '../../appearance/styled';
import { controlStyles } from '../shared/controlStyles';

export const Input = styled.input`
  ${controlStyles}
  ${overrides('input')}
`;

export const NativeSelect = styled.select`
  ${controlStyles}
  cursor: pointer;
  ${overrides('select')}
`;

export const TextAreaControl = styled.textarea`
  ${controlStyles}
  min-block-size: 6em;
  resize: vertical;
  ${overrides('textarea')}
`;
