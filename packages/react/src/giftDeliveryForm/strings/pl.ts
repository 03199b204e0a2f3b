import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const pl: FlowStrings<typeof en> = {
  title: 'Szczegóły dostawy',
};

export default pl;
