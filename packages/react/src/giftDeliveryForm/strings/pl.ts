import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const pl: FlowStrings<typeof en> = {
  title: 'Szczegóły dostawy',
  recipientEmail: 'E-mail odbiorcy',
  recipientEmailHint: 'Wyślemy prezent na ten adres.',
  recipientEmailConfirmation: 'Potwierdź e-mail odbiorcy',
  recipientName: 'Imię odbiorcy',
  whenLegend: 'Kiedy prezent ma dotrzeć?',
  sendNow: 'Wyślij dziś',
  sendNowHint: 'Wybiera najbliższą pełną godzinę: prezenty wychodzą o pełnych godzinach.',
  deliveryZone: 'Twoja strefa czasowa',
  scheduled: 'Prezent zostanie wysłany {{time}}.',
  gapResolved: 'Czas {{requested}} nie istnieje (zmiana czasu na letni), więc prezent zostanie wysłany {{time}}.',
  overlapResolved: 'Czas {{requested}} występuje dwa razy (zmiana czasu na zimowy); prezent zostanie wysłany za pierwszym razem: {{time}}.',
  recipientZoneToggle: 'Pokaż godzinę dla odbiorcy w innej strefie czasowej',
  recipientZone: 'Strefa czasowa odbiorcy',
  recipientArrival: 'U odbiorcy dotrze {{time}}.',
  personalNote: 'Osobista wiadomość',
  personalNoteHint: 'Zwykły tekst, pokazany tak, jak go napiszesz.',
  submit: 'Zapisz dostawę',
};

export default pl;
