import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const fr: FlowStrings<typeof en> = {
  title: 'Utiliser un cadeau',
  intro: 'Saisissez le code reçu par e-mail pour découvrir votre cadeau.',
  codeLabel: 'Code cadeau',
  codeHint: '8 lettres et chiffres, par exemple {{example}}.',
  check: 'Vérifier le code',
  checking: 'Vérification de votre code…',
  codeErrors: {
    EMPTY: 'Saisissez le code cadeau reçu par e-mail, par exemple {{example}}.',
    TOO_SHORT: 'Ce code est trop court : un code cadeau compte 8 caractères, par exemple {{example}}.',
    TOO_LONG: 'Ce code est trop long : un code cadeau compte 8 caractères, par exemple {{example}}.',
    INVALID_CHARACTERS: 'Un code cadeau ne contient que des lettres et des chiffres, sans 0, 1, I, L, O ni U, par exemple {{example}}.',
  },
  signedOut: {
    title: 'Connectez-vous pour utiliser votre cadeau',
    withCode: 'Votre cadeau {{code}} vous attend. Connectez-vous ou créez un compte : nous reprendrons ici, avec votre code.',
    withoutCode: 'Connectez-vous ou créez un compte pour utiliser votre cadeau.',
    action: 'Se connecter',
  },
  preview: {
    newTitle: 'Votre cadeau : un nouvel abonnement',
    newBody: 'Vous aurez {{offer}} dès aujourd’hui et jusqu’au {{date}}.',
    extendTitle: 'Votre cadeau prolonge votre abonnement',
    extendBody: 'Ce cadeau prolonge votre abonnement {{offer}}.',
    currentDate: 'Date de renouvellement actuelle',
    newDate: 'Nouvelle date de renouvellement',
    extendKeeps: 'Son offre et sa facturation restent les mêmes : seule la date de renouvellement change.',
    currentEnd: 'Fin de l’accès actuelle',
    newEnd: 'Nouvelle fin de l’accès',
    extendKeepsEnding: 'Son offre reste la même : seule la date de fin de l’accès change.',
    details: 'Chargement des détails du cadeau…',
    someSubscription: 'actuel',
    redeem: 'Utiliser le cadeau',
  },
  cooldown: {
    title: 'Trop de tentatives',
    body: 'Pour protéger les codes cadeaux, patientez avant de vérifier un autre code.',
    timer_one: 'Vous pourrez réessayer dans {{count}} seconde.',
    timer_other: 'Vous pourrez réessayer dans {{count}} secondes.',
  },
  refusal: {
    title: 'Ce cadeau ne peut pas être utilisé',
    REDEEMED: {
      message: 'Ce code cadeau a déjà été utilisé.',
      next: 'Chaque code ne sert qu’une fois. Si vous l’avez utilisé, l’abonnement est déjà sur votre compte ; sinon, demandez à la personne qui vous l’a offert.',
    },
    EXPIRED: {
      message: 'Ce code cadeau a expiré.',
      next: 'Un code cadeau doit être utilisé dans l’année qui suit sa réception. Demandez à la personne qui vous l’a offert de contacter l’assistance.',
    },
    NOT_FOUND: {
      message: 'Aucun cadeau ne correspond à ce code.',
      next: 'Vérifiez le code de votre e-mail caractère par caractère, puis réessayez.',
    },
    NOT_YET_DELIVERED: {
      message: 'Ce cadeau n’a pas encore été remis.',
      next: 'Il arrivera par e-mail au moment choisi par la personne qui l’offre. Utilisez alors le code de cet e-mail.',
    },
    INACTIVE_OFFER: {
      message: 'L’abonnement offert n’est plus proposé.',
      next: 'Contactez l’assistance ou la personne qui vous l’a offert.',
    },
    OFFER_GEO_RESTRICTED: {
      message: 'L’abonnement offert n’est pas disponible dans votre pays.',
      next: 'Il ne peut être utilisé que là où l’offre est disponible. Contactez l’assistance en cas d’erreur.',
    },
    PUBLISHER_GEO_RESTRICTED: {
      message: 'Notre service n’est pas disponible dans votre pays.',
      next: 'Les cadeaux ne peuvent être utilisés que là où le service est proposé.',
    },
    EXTERNALLY_MANAGED_SUBSCRIPTION: {
      message: 'Votre abonnement correspondant est facturé par une boutique d’applications ou un partenaire : nous ne pouvons pas le prolonger ici.',
      next: 'Gérez cet abonnement là où vous l’avez souscrit, ou contactez l’assistance.',
    },
    RECURRING_PROCESS_ALREADY_STARTED: {
      message: 'Un paiement de renouvellement de votre abonnement est en cours.',
      next: 'Réessayez dans quelques minutes, une fois le paiement terminé.',
    },
    MORE_THAN_ONE_MATCHING_SUBSCRIPTION: {
      message: 'Plusieurs de vos abonnements correspondent à ce cadeau : nous ne savons pas lequel prolonger.',
      next: 'Contactez l’assistance, qui l’appliquera au bon abonnement.',
    },
    manage: 'Gérer cet abonnement',
    support: 'Contacter l’assistance',
    retry: 'Vérifier à nouveau',
  },
  failed: {
    verify: 'Impossible de vérifier votre code',
    redeem: 'Impossible d’utiliser votre cadeau',
    redeemSafe: 'Vous pouvez réessayer sans risque : votre cadeau ne sera utilisé qu’une fois.',
  },
  done: {
    title: 'Merci ! Votre cadeau est activé',
    newBody: 'Vous avez désormais {{offer}} jusqu’au {{date}}.',
    extendBody: 'Votre abonnement {{offer}} court désormais jusqu’au {{date}}.',
    renews: 'Ensuite, il se renouvelle au prix normal avec le moyen de paiement enregistré.',
    lapses: 'Ensuite, l’accès prend fin, car aucun moyen de paiement n’est enregistré. Ajoutez-en un pour continuer sans interruption.',
    addPaymentMethod: 'Ajouter un moyen de paiement',
    managePaymentMethod: 'Gérer les moyens de paiement',
    another: 'Utiliser un autre cadeau',
  },
};

export default fr;
