import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const de: FlowStrings<typeof en> = {
  title: 'Aktionscode',
  label: 'Aktionscode',
  apply: 'Anwenden',
  remove: 'Code entfernen',
  applied: 'Code {{code}} angewendet.',
  removed: 'Der Code wurde entfernt.',
  badFormat: 'Ein Code enthält nur Buchstaben, Ziffern und Bindestriche.',
  empty: 'Geben Sie zuerst einen Aktionscode ein.',
  tooLong: 'Ein Code hat höchstens {{max}} Zeichen.',
  oneCode: 'Ein Code pro Bestellung: Entfernen Sie diesen, um einen anderen zu nutzen.',
  unapplied: 'Wenden Sie diesen Code an oder leeren Sie das Feld, bevor Sie bezahlen.',
  hints: {
    COUPON_NOT_FOUND: 'Codes bestehen aus Buchstaben, Ziffern und Bindestrichen; prüfen Sie Ihre E-Mail.',
    COUPON_INACTIVE: 'Fragen Sie den Absender nach einem aktuellen Code.',
    COUPON_EXPIRED: 'Suchen Sie ein neueres Angebot oder kaufen Sie zum Normalpreis.',
    COUPON_LIMIT_REACHED: 'Alle möglichen Einlösungen sind bereits erfolgt.',
    COUPON_CUSTOMER_MISMATCH: 'Melden Sie sich mit dem Konto an, an das der Code ging.',
    COUPON_FIRST_TIME_ONLY: 'Er gilt nur für Kunden ohne frühere Käufe.',
    COUPON_MINIMUM_NOT_MET: 'Wählen Sie ein längeres Abo, um den Mindestbetrag zu erreichen.',
    COUPON_NOT_APPLICABLE: 'Er gilt nur für andere Angebote.',
    COUPON_CURRENCY_MISMATCH: 'Er gilt für Preise in einer anderen Währung.',
  },
};

export default de;
