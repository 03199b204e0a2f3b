import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const pl: FlowStrings<typeof en> = {
  title: 'Moje prezenty',
  tabs: {
    label: 'Moje prezenty',
    sent: 'Podarowane',
    received: 'Otrzymane',
  },
  sent: {
    heading: 'Podarowane prezenty',
    loading: 'Wczytywanie prezentów…',
    empty: 'Nie podarowano jeszcze żadnego prezentu.',
    noGiftsInRange: 'Wśród zakupów od {{from}} do {{to}} nie ma prezentów: to Twoje własne subskrypcje. Starsze zakupy są na następnej stronie.',
    noMoreGifts: 'Nie ma więcej prezentów: starsze zakupy to Twoje własne subskrypcje.',
    boughtOn: 'Kupiono {{date}}',
    rowFailed: 'Nie udało się wczytać szczegółów tego prezentu.',
    rowRetry: 'Spróbuj ponownie: {{offer}}, kupiono {{date}}',
    buy: 'Podaruj subskrypcję',
    recipient: 'Odbiorca',
    recipientNamed: '{{name}} ({{email}})',
    delivery: 'Dostarczenie',
    deliveryYours: 'Twój czas: {{time}}',
  },
  timeline: {
    label: 'Stan prezentu dla {{recipient}}',
    phases: {
      scheduled: 'Zaplanowany',
      sent: 'Wysłany',
      redeemed: 'Aktywowany',
      ended: 'Dostęp zakończony',
      expired: 'Kod wygasł',
    },
    done: 'zakończono',
    current: 'obecny stan',
    upcoming: 'w przyszłości',
    expected: 'planowo {{date}}',
    unknown: 'jeszcze nie',
  },
  edit: {
    button: 'Zmień dostarczenie',
    buttonFor: 'Zmień dostarczenie prezentu dla {{recipient}}',
    openUntil: 'Zmiany możliwe do {{time}}.',
    title: 'Zmień dostarczenie',
    description: 'Prezent dla {{recipient}}: {{offer}}',
    save: 'Zapisz zmiany',
    saved: 'Zapisano dostarczenie prezentu dla {{recipient}}.',
    refusedTitle: 'Nie zapisano zmian',
    locked: {
      ALREADY_SENT: 'Już wysłany: nie można go zmienić.',
      ALREADY_REDEEMED: 'Już aktywowany: nie można go zmienić.',
      SENDING_SOON: 'Wkrótce wysyłka: zmiany zamknięto {{time}}.',
    },
  },
  pagination: {
    label: 'Strony prezentów',
    previous: 'Poprzednia strona',
    next: 'Następna strona',
    status: 'Strona {{page}}: zakupy od {{from}} do {{to}} z {{total}}',
    page: 'Strona {{page}}',
  },
  received: {
    heading: 'Otrzymane prezenty',
    loading: 'Wczytywanie otrzymanych prezentów…',
    empty: 'Nie otrzymano jeszcze żadnego prezentu.',
    redeem: 'Aktywuj kod prezentu',
    fromLabel: 'Od',
    statusLabel: 'Stan',
    note: 'Wiadomość',
    redeemedAt: 'Aktywowano {{date}}',
    notRedeemed: 'Jeszcze nieaktywowany',
    accessUntil: 'Dostęp do {{date}}',
  },
  signedOut: 'Zaloguj się, aby zobaczyć swoje prezenty.',
};

export default pl;
