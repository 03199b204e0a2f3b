import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const pl: FlowStrings<typeof en> = {
  title: 'Kod promocyjny',
  label: 'Kod promocyjny',
  apply: 'Zastosuj',
  remove: 'Usuń kod',
  applied: 'Zastosowano kod {{code}}.',
  removed: 'Kod został usunięty.',
  badFormat: 'Kod zawiera tylko litery, cyfry i myślniki.',
  empty: 'Najpierw wpisz kod promocyjny.',
  tooLong: 'Kod może mieć najwyżej {{max}} znaków.',
  oneCode: 'Jeden kod na zamówienie: usuń ten, aby użyć innego.',
  unapplied: 'Zastosuj ten kod lub wyczyść pole przed zapłatą.',
  hints: {
    COUPON_NOT_FOUND: 'Kody to litery, cyfry i myślniki; porównaj z wiadomością e-mail.',
    COUPON_INACTIVE: 'Poproś nadawcę o aktualny kod.',
    COUPON_EXPIRED: 'Poszukaj nowszej oferty lub kup w normalnej cenie.',
    COUPON_LIMIT_REACHED: 'Wykorzystano już wszystkie możliwe użycia.',
    COUPON_CUSTOMER_MISMATCH: 'Zaloguj się na konto, na które wysłano kod.',
    COUPON_FIRST_TIME_ONLY: 'Działa tylko dla osób, które nic wcześniej nie kupiły.',
    COUPON_MINIMUM_NOT_MET: 'Wybierz dłuższy plan, aby osiągnąć minimum.',
    COUPON_NOT_APPLICABLE: 'Działa tylko dla innych ofert.',
    COUPON_CURRENCY_MISMATCH: 'Dotyczy cen w innej walucie.',
  },
};

export default pl;
