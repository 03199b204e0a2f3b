import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const de: FlowStrings<typeof en> = {
  title: 'Meine Geschenke',
  tabs: {
    label: 'Meine Geschenke',
    sent: 'Verschenkt',
    received: 'Erhalten',
  },
  sent: {
    heading: 'Verschenkte Geschenke',
    loading: 'Ihre Geschenke werden geladen…',
    empty: 'Sie haben noch nichts verschenkt.',
    noGiftsInRange: 'Keine Geschenke unter Ihren Käufen {{from}} bis {{to}}: Es sind Ihre eigenen Abonnements. Ältere Käufe finden Sie auf der nächsten Seite.',
    noMoreGifts: 'Keine weiteren Geschenke: Ihre älteren Käufe sind Ihre eigenen Abonnements.',
    boughtOn: 'Gekauft am {{date}}',
    rowFailed: 'Die Details dieses Geschenks konnten nicht geladen werden.',
    rowRetry: 'Erneut versuchen: {{offer}}, gekauft am {{date}}',
    buy: 'Ein Abo verschenken',
    recipient: 'Empfänger',
    recipientNamed: '{{name}} ({{email}})',
    delivery: 'Zustellung',
    deliveryYours: 'Ihre Zeit: {{time}}',
  },
  timeline: {
    label: 'Status des Geschenks für {{recipient}}',
    phases: {
      scheduled: 'Geplant',
      sent: 'Versendet',
      redeemed: 'Eingelöst',
      ended: 'Zugang beendet',
      expired: 'Code abgelaufen',
    },
    done: 'erledigt',
    current: 'aktueller Status',
    upcoming: 'folgt',
    expected: 'voraussichtlich {{date}}',
    unknown: 'noch nicht',
  },
  edit: {
    button: 'Zustellung bearbeiten',
    buttonFor: 'Zustellung bearbeiten für das Geschenk an {{recipient}}',
    openUntil: 'Änderbar bis {{time}}.',
    title: 'Zustellung bearbeiten',
    description: 'Geschenk für {{recipient}}: {{offer}}',
    save: 'Änderungen speichern',
    saved: 'Die Zustellung des Geschenks für {{recipient}} wurde gespeichert.',
    refusedTitle: 'Ihre Änderungen wurden nicht gespeichert',
    locked: {
      ALREADY_SENT: 'Bereits versendet: Es kann nicht mehr geändert werden.',
      ALREADY_REDEEMED: 'Bereits eingelöst: Es kann nicht mehr geändert werden.',
      SENDING_SOON: 'Wird bald versendet: Änderungen waren bis {{time}} möglich.',
    },
  },
  pagination: {
    label: 'Seiten der Geschenke',
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
    status: 'Seite {{page}}: Käufe {{from}} bis {{to}} von {{total}}',
    page: 'Seite {{page}}',
  },
  received: {
    heading: 'Erhaltene Geschenke',
    loading: 'Erhaltene Geschenke werden geladen…',
    empty: 'Sie haben noch kein Geschenk erhalten.',
    redeem: 'Geschenkcode einlösen',
    fromLabel: 'Von',
    statusLabel: 'Status',
    note: 'Nachricht',
    redeemedAt: 'Eingelöst am {{date}}',
    notRedeemed: 'Noch nicht eingelöst',
    accessUntil: 'Zugang bis {{date}}',
  },
  signedOut: 'Melden Sie sich an, um Ihre Geschenke zu sehen.',
};

export default de;
