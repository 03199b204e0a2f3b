import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const de: FlowStrings<typeof en> = {
  title: 'Geschenk einlösen',
  intro: 'Geben Sie den Code aus Ihrer Geschenk-E-Mail ein, um zu sehen, was Sie erhalten.',
  codeLabel: 'Geschenkcode',
  codeHint: '8 Buchstaben und Ziffern, zum Beispiel {{example}}.',
  check: 'Code prüfen',
  checking: 'Ihr Code wird geprüft…',
  codeErrors: {
    EMPTY: 'Geben Sie den Geschenkcode aus Ihrer E-Mail ein, zum Beispiel {{example}}.',
    TOO_SHORT: 'Dieser Code ist zu kurz: Geschenkcodes haben 8 Zeichen, zum Beispiel {{example}}.',
    TOO_LONG: 'Dieser Code ist zu lang: Geschenkcodes haben 8 Zeichen, zum Beispiel {{example}}.',
    INVALID_CHARACTERS: 'Geschenkcodes bestehen nur aus Buchstaben und Ziffern, ohne 0, 1, I, L, O und U, zum Beispiel {{example}}.',
  },
  signedOut: {
    title: 'Melden Sie sich an, um Ihr Geschenk einzulösen',
    withCode: 'Ihr Geschenk {{code}} wartet auf Sie. Melden Sie sich an oder erstellen Sie ein Konto – danach geht es hier mit Ihrem Code weiter.',
    withoutCode: 'Melden Sie sich an oder erstellen Sie ein Konto, um Ihr Geschenk einzulösen.',
    action: 'Anmelden',
  },
  preview: {
    newTitle: 'Ihr Geschenk: ein neues Abonnement',
    newBody: 'Sie erhalten {{offer}} ab heute bis zum {{date}}.',
    extendTitle: 'Ihr Geschenk verlängert Ihr Abonnement',
    extendBody: 'Dieses Geschenk verlängert Ihr Abonnement {{offer}}.',
    currentDate: 'Aktuelles Verlängerungsdatum',
    newDate: 'Neues Verlängerungsdatum',
    extendKeeps: 'Angebot und Abrechnung bleiben gleich: Nur das Verlängerungsdatum verschiebt sich.',
    currentEnd: 'Aktuelles Zugangsende',
    newEnd: 'Neues Zugangsende',
    extendKeepsEnding: 'Das Angebot bleibt gleich: Nur das Ende des Zugangs verschiebt sich.',
    details: 'Details des Geschenks werden geladen…',
    someSubscription: 'aktuelles',
    redeem: 'Geschenk einlösen',
  },
  cooldown: {
    title: 'Zu viele Versuche',
    body: 'Zum Schutz der Geschenkcodes warten Sie bitte, bevor Sie einen weiteren Code prüfen.',
    timer_one: 'Sie können es in {{count}} Sekunde erneut versuchen.',
    timer_other: 'Sie können es in {{count}} Sekunden erneut versuchen.',
  },
  refusal: {
    title: 'Dieses Geschenk kann nicht eingelöst werden',
    REDEEMED: {
      message: 'Dieser Geschenkcode wurde bereits verwendet.',
      next: 'Jeder Code gilt nur einmal. Wenn Sie ihn selbst eingelöst haben, ist das Abonnement bereits in Ihrem Konto; andernfalls fragen Sie die schenkende Person.',
    },
    EXPIRED: {
      message: 'Dieser Geschenkcode ist abgelaufen.',
      next: 'Geschenkcodes müssen innerhalb eines Jahres nach Erhalt eingelöst werden. Bitten Sie die schenkende Person, den Support zu kontaktieren.',
    },
    NOT_FOUND: {
      message: 'Zu diesem Code haben wir kein Geschenk gefunden.',
      next: 'Prüfen Sie den Code aus Ihrer E-Mail Zeichen für Zeichen und versuchen Sie es erneut.',
    },
    NOT_YET_DELIVERED: {
      message: 'Dieses Geschenk wurde noch nicht zugestellt.',
      next: 'Es kommt zu dem Zeitpunkt per E-Mail an, den die schenkende Person gewählt hat. Verwenden Sie dann den Code aus dieser E-Mail.',
    },
    INACTIVE_OFFER: {
      message: 'Das geschenkte Abonnement wird nicht mehr angeboten.',
      next: 'Wenden Sie sich an den Support oder an die schenkende Person.',
    },
    OFFER_GEO_RESTRICTED: {
      message: 'Das geschenkte Abonnement ist in Ihrem Land nicht verfügbar.',
      next: 'Es kann nur dort eingelöst werden, wo das Angebot verfügbar ist. Wenden Sie sich an den Support, wenn das nicht stimmt.',
    },
    PUBLISHER_GEO_RESTRICTED: {
      message: 'Unser Dienst ist in Ihrem Land nicht verfügbar.',
      next: 'Geschenke können nur dort eingelöst werden, wo der Dienst angeboten wird.',
    },
    EXTERNALLY_MANAGED_SUBSCRIPTION: {
      message: 'Ihr passendes Abonnement wird über einen App-Store oder einen Partner abgerechnet und kann hier nicht verlängert werden.',
      next: 'Verwalten Sie dieses Abonnement dort, wo Sie es abgeschlossen haben, oder wenden Sie sich an den Support.',
    },
    RECURRING_PROCESS_ALREADY_STARTED: {
      message: 'Gerade wird eine Verlängerungszahlung für Ihr Abonnement verarbeitet.',
      next: 'Versuchen Sie es in einigen Minuten erneut, sobald die Zahlung abgeschlossen ist.',
    },
    MORE_THAN_ONE_MATCHING_SUBSCRIPTION: {
      message: 'Mehrere Ihrer Abonnements passen zu diesem Geschenk, daher wissen wir nicht, welches verlängert werden soll.',
      next: 'Wenden Sie sich an den Support, der es dem richtigen Abonnement zuordnet.',
    },
    manage: 'Dieses Abonnement verwalten',
    support: 'Support kontaktieren',
    retry: 'Erneut prüfen',
  },
  failed: {
    verify: 'Ihr Code konnte nicht geprüft werden',
    redeem: 'Ihr Geschenk konnte nicht eingelöst werden',
    redeemSafe: 'Ein erneuter Versuch ist sicher: Ihr Geschenk wird nur einmal eingelöst.',
  },
  done: {
    title: 'Vielen Dank! Ihr Geschenk ist aktiv',
    newBody: 'Sie haben jetzt {{offer}} bis zum {{date}}.',
    extendBody: 'Ihr Abonnement {{offer}} läuft jetzt bis zum {{date}}.',
    renews: 'Danach verlängert es sich zum normalen Preis mit der hinterlegten Zahlungsmethode.',
    lapses: 'Danach endet der Zugang, da keine Zahlungsmethode hinterlegt ist. Fügen Sie eine hinzu, um ohne Unterbrechung weiterzuschauen.',
    addPaymentMethod: 'Zahlungsmethode hinzufügen',
    managePaymentMethod: 'Zahlungsmethoden verwalten',
    another: 'Weiteres Geschenk einlösen',
  },
};

export default de;
