import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const de: FlowStrings<typeof en> = {
  title: 'Zustellung',
  recipientEmail: 'E-Mail des Empfängers',
  recipientEmailHint: 'Wir senden das Geschenk an diese Adresse.',
  recipientEmailConfirmation: 'E-Mail des Empfängers bestätigen',
  recipientName: 'Name des Empfängers',
  whenLegend: 'Wann soll das Geschenk ankommen?',
  sendNow: 'Heute senden',
  sendNowHint: 'Wählt die nächste volle Stunde: Geschenke gehen zur vollen Stunde raus.',
  deliveryZone: 'Ihre Zeitzone',
  scheduled: 'Das Geschenk wird am {{time}} gesendet.',
  gapResolved: '{{requested}} gibt es nicht (Zeitumstellung), daher wird das Geschenk am {{time}} gesendet.',
  overlapResolved: '{{requested}} gibt es zweimal (Zeitumstellung); das Geschenk geht beim ersten Mal raus, am {{time}}.',
  recipientZoneToggle: 'Uhrzeit für den Empfänger in einer anderen Zeitzone anzeigen',
  recipientZone: 'Zeitzone des Empfängers',
  recipientArrival: 'Beim Empfänger kommt es am {{time}} an.',
  personalNote: 'Persönliche Nachricht',
  personalNoteHint: 'Reiner Text, so angezeigt, wie Sie ihn schreiben.',
  submit: 'Zustellung speichern',
};

export default de;
