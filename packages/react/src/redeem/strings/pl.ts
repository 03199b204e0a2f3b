import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const pl: FlowStrings<typeof en> = {
  title: 'Zrealizuj prezent',
  intro: 'Wpisz kod z e-maila z prezentem, aby zobaczyć, co otrzymujesz.',
  codeLabel: 'Kod prezentu',
  codeHint: '8 liter i cyfr, na przykład {{example}}.',
  check: 'Sprawdź kod',
  checking: 'Sprawdzamy Twój kod…',
  codeErrors: {
    EMPTY: 'Wpisz kod prezentu z e-maila, na przykład {{example}}.',
    TOO_SHORT: 'Ten kod jest za krótki: kody prezentów mają 8 znaków, na przykład {{example}}.',
    TOO_LONG: 'Ten kod jest za długi: kody prezentów mają 8 znaków, na przykład {{example}}.',
    INVALID_CHARACTERS: 'Kody prezentów zawierają tylko litery i cyfry, bez 0, 1, I, L, O i U, na przykład {{example}}.',
  },
  signedOut: {
    title: 'Zaloguj się, aby zrealizować prezent',
    withCode: 'Twój prezent {{code}} czeka na Ciebie. Zaloguj się lub załóż konto, a wrócimy tutaj z Twoim kodem.',
    withoutCode: 'Zaloguj się lub załóż konto, aby zrealizować prezent.',
    action: 'Zaloguj się',
  },
  preview: {
    newTitle: 'Twój prezent: nowa subskrypcja',
    newBody: 'Otrzymasz {{offer}} od dziś do {{date}}.',
    extendTitle: 'Twój prezent przedłuża subskrypcję',
    extendBody: 'Ten prezent przedłuża Twoją subskrypcję {{offer}}.',
    currentDate: 'Obecna data odnowienia',
    newDate: 'Nowa data odnowienia',
    extendKeeps: 'Jej oferta i rozliczenia pozostają bez zmian: przesuwa się tylko data odnowienia.',
    currentEnd: 'Obecny koniec dostępu',
    newEnd: 'Nowy koniec dostępu',
    extendKeepsEnding: 'Oferta pozostaje bez zmian: przesuwa się tylko data końca dostępu.',
    details: 'Wczytujemy szczegóły prezentu…',
    someSubscription: 'obecną',
    redeem: 'Zrealizuj prezent',
  },
  cooldown: {
    title: 'Zbyt wiele prób',
    body: 'Aby chronić kody prezentów, odczekaj chwilę przed sprawdzeniem kolejnego kodu.',
    timer_one: 'Spróbuj ponownie za {{count}} sekundę.',
    timer_few: 'Spróbuj ponownie za {{count}} sekundy.',
    timer_many: 'Spróbuj ponownie za {{count}} sekund.',
    timer_other: 'Spróbuj ponownie za {{count}} sekundy.',
  },
  refusal: {
    title: 'Nie można zrealizować tego prezentu',
    REDEEMED: {
      message: 'Ten kod prezentu został już wykorzystany.',
      next: 'Każdy kod działa tylko raz. Jeśli to Ty go wykorzystałeś, subskrypcja jest już na Twoim koncie; w przeciwnym razie zapytaj osobę, która Ci go dała.',
    },
    EXPIRED: {
      message: 'Ten kod prezentu wygasł.',
      next: 'Kody prezentów trzeba zrealizować w ciągu roku od otrzymania. Poproś osobę, która Ci go dała, o kontakt z pomocą techniczną.',
    },
    NOT_FOUND: {
      message: 'Nie znaleźliśmy prezentu z tym kodem.',
      next: 'Sprawdź kod z e-maila znak po znaku i spróbuj ponownie.',
    },
    NOT_YET_DELIVERED: {
      message: 'Ten prezent nie został jeszcze dostarczony.',
      next: 'Dotrze e-mailem w terminie wybranym przez darczyńcę. Wtedy użyj kodu z tej wiadomości.',
    },
    INACTIVE_OFFER: {
      message: 'Podarowana subskrypcja nie jest już oferowana.',
      next: 'Skontaktuj się z pomocą techniczną lub z osobą, która Ci ją podarowała.',
    },
    OFFER_GEO_RESTRICTED: {
      message: 'Podarowana subskrypcja nie jest dostępna w Twoim kraju.',
      next: 'Można ją zrealizować tylko tam, gdzie oferta jest dostępna. Jeśli to pomyłka, skontaktuj się z pomocą techniczną.',
    },
    PUBLISHER_GEO_RESTRICTED: {
      message: 'Nasza usługa nie jest dostępna w Twoim kraju.',
      next: 'Prezenty można realizować tylko tam, gdzie działa usługa.',
    },
    EXTERNALLY_MANAGED_SUBSCRIPTION: {
      message: 'Twoja pasująca subskrypcja jest rozliczana przez sklep z aplikacjami lub partnera, więc nie możemy jej tutaj przedłużyć.',
      next: 'Zarządzaj tą subskrypcją tam, gdzie ją wykupiłeś, lub skontaktuj się z pomocą techniczną.',
    },
    RECURRING_PROCESS_ALREADY_STARTED: {
      message: 'Właśnie przetwarzamy płatność za odnowienie Twojej subskrypcji.',
      next: 'Spróbuj ponownie za kilka minut, gdy płatność się zakończy.',
    },
    MORE_THAN_ONE_MATCHING_SUBSCRIPTION: {
      message: 'Do tego prezentu pasuje więcej niż jedna Twoja subskrypcja, więc nie wiemy, którą przedłużyć.',
      next: 'Skontaktuj się z pomocą techniczną, a przypiszą go do właściwej.',
    },
    manage: 'Zarządzaj tą subskrypcją',
    support: 'Skontaktuj się z pomocą techniczną',
    retry: 'Sprawdź ponownie',
  },
  failed: {
    verify: 'Nie udało się sprawdzić Twojego kodu',
    redeem: 'Nie udało się zrealizować Twojego prezentu',
    redeemSafe: 'Ponowna próba jest bezpieczna: prezent zostanie wykorzystany tylko raz.',
  },
  done: {
    title: 'Dziękujemy! Twój prezent jest aktywny',
    newBody: 'Masz teraz {{offer}} do {{date}}.',
    extendBody: 'Twoja subskrypcja {{offer}} trwa teraz do {{date}}.',
    renews: 'Potem odnowi się w normalnej cenie z użyciem zapisanej metody płatności.',
    lapses: 'Potem dostęp wygaśnie, ponieważ nie zapisano żadnej metody płatności. Dodaj ją, aby oglądać bez przerwy.',
    addPaymentMethod: 'Dodaj metodę płatności',
    managePaymentMethod: 'Zarządzaj metodami płatności',
    another: 'Zrealizuj kolejny prezent',
  },
};

export default pl;
