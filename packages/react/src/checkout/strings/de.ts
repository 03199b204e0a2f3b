import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const de: FlowStrings<typeof en> = {
  title: 'Kasse',
  loading: 'Angebot wird geladen…',
  loadFailed: 'Dieses Angebot konnte nicht geladen werden.',
  offer: {
    heading: 'Ihr Kauf',
    price: '{{price}}, {{period}}',
  },
  period: {
    month_one: 'monatlich abgerechnet',
    month_other: 'alle {{count}} Monate abgerechnet',
    year_one: 'jährlich abgerechnet',
    year_other: 'alle {{count}} Jahre abgerechnet',
    week_one: 'wöchentlich abgerechnet',
    week_other: 'alle {{count}} Wochen abgerechnet',
    season_one: 'jede Saison abgerechnet',
    season_other: 'alle {{count}} Saisons abgerechnet',
    once: 'Einmalkauf',
  },
  mode: {
    legend: 'Für wen ist es?',
    myself: 'Für mich',
    gift: 'Als Geschenk',
    giftHint: 'Eine Zahlung; sie verlängert sich für Sie nicht.',
  },
  reasons: {
    ALREADY_HAS_ACCESS: 'Sie haben dieses Abo bereits und können es nur verschenken.',
    INACTIVE: 'Dieses Angebot ist beendet und kann nicht mehr gekauft werden.',
    NOT_A_SUBSCRIPTION: 'Nur Abos können verschenkt werden; dieses Angebot gibt es nur für Sie selbst.',
    BILLING_PERIOD_NOT_GIFTABLE: 'Nur Monats-, 3-Monats-, 6-Monats- und Jahresabos können verschenkt werden.',
    GIFTING_DISABLED: 'Dieses Angebot ist nicht als Geschenk erhältlich.',
  },
  unavailable: {
    heading: 'Dieses Angebot kann nicht gekauft werden',
  },
  auth: {
    required: 'Melden Sie sich an, um zu kaufen. Ihre Eingaben bleiben erhalten.',
    signIn: 'Anmelden und fortfahren',
  },
  order: {
    failed: 'Ihre Bestellung konnte nicht vorbereitet werden.',
  },
  summary: {
    heading: 'Preisübersicht',
    offerPrice: 'Preis',
    discount: 'Rabatt ({{code}})',
    discountOnce: 'auf die erste Zahlung',
    discountForever: 'auf jede Zahlung',
    discountMonths_one: 'für {{count}} Monat',
    discountMonths_other: 'für {{count}} Monate',
    tax: 'Inklusive Steuern',
    total: 'Heute zu zahlen',
    pending: 'Der Endpreis erscheint, sobald Ihre Bestellung bereit ist.',
  },
  legal: {
    gift: 'Ein Geschenk ist eine einmalige Zahlung. Es verlängert sich nicht und wird Ihnen nicht erneut berechnet.',
    myself: 'Ihr Abo verlängert sich automatisch zum Normalpreis, bis Sie kündigen.',
  },
  payment: {
    heading: 'Zahlung',
    free: 'Nichts zu zahlen: keine Zahlungsdaten nötig.',
    pay: '{{total}} bezahlen',
    confirmFree: 'Bestellung bestätigen',
    failed: 'Die Zahlung konnte nicht abgeschlossen werden.',
    retry: 'Zahlung erneut versuchen',
    retrySafe: 'Ein erneuter Versuch belastet Sie nie doppelt.',
    declined: {
      INSUFFICIENT_FUNDS: 'Ihre Karte ist nicht ausreichend gedeckt. Es wurde nichts abgebucht. Versuchen Sie eine andere Karte.',
      AUTHENTICATION_FAILED: 'Ihre Bank konnte nicht bestätigen, dass die Zahlung von Ihnen stammt. Es wurde nichts abgebucht. Versuchen Sie es erneut oder nutzen Sie eine andere Karte.',
      CARD_DECLINED: 'Ihre Bank hat diese Karte ohne Angabe von Gründen abgelehnt. Es wurde nichts abgebucht. Versuchen Sie eine andere Karte oder fragen Sie Ihre Bank.',
    },
    cancelled: 'Zahlung abgebrochen. Es wurde nichts belastet.',
    locked: 'Ihr letzter Zahlungsversuch blieb ohne Antwort und ist möglicherweise durchgegangen. Ihre Angaben bleiben gesperrt, bis Sie die Zahlung erneut versuchen, damit das Geschenk dem entspricht, was Sie sehen. Sie werden nicht doppelt belastet.',
  },
  card: {
    number: 'Kartennummer',
    testHint: 'Testkarten: 4242 4242 4242 4242 zahlt, 4000 0000 0000 0002 wird abgelehnt, 4000 0000 0000 9995 ist nicht gedeckt, 4000 0000 0000 3220 verlangt eine Bestätigung.',
    REQUIRED: 'Geben Sie eine Kartennummer ein.',
    INVALID: 'Geben Sie die Kartennummer mit 12 bis 19 Ziffern ein.',
  },
  challenge: {
    heading: 'Zahlung bestätigen',
    text: 'Ihre Bank bittet Sie, diese Zahlung zu bestätigen (simuliert).',
    approve: 'Zahlung bestätigen',
    fail: 'Authentifizierung scheitern lassen',
    cancel: 'Zahlung abbrechen',
  },
  done: {
    giftHeading: 'Ihr Geschenk ist geplant',
    myselfHeading: 'Vielen Dank!',
    myselfText: 'Sie haben jetzt {{offer}}.',
    recipient: 'Empfänger',
    offer: 'Angebot',
    delivery: 'Zustellung',
    deliveryRecipient: 'Beim Empfänger',
    note: 'Ihre Nachricht',
    editUntil: 'Änderbar bis',
    editClosed: 'Es wird heute versendet und kann nicht mehr geändert werden.',
    total: 'Bezahlt',
    myGifts: 'Meine Geschenke ansehen',
  },
};

export default de;
