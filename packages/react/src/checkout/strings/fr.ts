import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const fr: FlowStrings<typeof en> = {
  title: 'Paiement',
  loading: 'Chargement de l’offre…',
  loadFailed: 'Impossible de charger cette offre.',
  offer: {
    heading: 'Votre achat',
    price: '{{price}}, {{period}}',
  },
  period: {
    month_one: 'facturé chaque mois',
    month_other: 'facturé tous les {{count}} mois',
    year_one: 'facturé chaque année',
    year_other: 'facturé tous les {{count}} ans',
    week_one: 'facturé chaque semaine',
    week_other: 'facturé toutes les {{count}} semaines',
    season_one: 'facturé chaque saison',
    season_other: 'facturé toutes les {{count}} saisons',
    once: 'achat unique',
  },
  mode: {
    legend: 'Pour qui ?',
    myself: 'Pour moi',
    gift: 'En cadeau',
    giftHint: 'Un seul paiement, sans renouvellement pour vous.',
  },
  reasons: {
    ALREADY_HAS_ACCESS: 'Vous avez déjà cet abonnement : vous pouvez seulement l’offrir.',
    INACTIVE: 'Cette offre est terminée et ne peut plus être achetée.',
    NOT_A_SUBSCRIPTION: 'Seuls les abonnements peuvent être offerts ; cette offre s’achète pour vous uniquement.',
    BILLING_PERIOD_NOT_GIFTABLE: 'Seuls les abonnements mensuels, trimestriels, semestriels et annuels peuvent être offerts.',
    GIFTING_DISABLED: 'Cette offre n’est pas disponible en cadeau.',
  },
  unavailable: {
    heading: 'Cette offre ne peut pas être achetée',
  },
  auth: {
    required: 'Connectez-vous pour acheter. Tout ce que vous avez saisi reste ici.',
    signIn: 'Se connecter pour continuer',
  },
  order: {
    failed: 'Impossible de préparer votre commande.',
  },
  summary: {
    heading: 'Récapitulatif',
    offerPrice: 'Prix',
    discount: 'Remise ({{code}})',
    discountOnce: 'sur le premier paiement',
    discountForever: 'sur chaque paiement',
    discountMonths_one: 'pendant {{count}} mois',
    discountMonths_other: 'pendant {{count}} mois',
    tax: 'Dont taxes',
    total: 'Total aujourd’hui',
    pending: 'Le prix final s’affiche dès que votre commande est prête.',
  },
  legal: {
    gift: 'Un cadeau est un paiement unique. Il ne se renouvelle pas et ne vous sera plus facturé.',
    myself: 'Votre abonnement se renouvelle automatiquement au prix normal jusqu’à résiliation.',
  },
  payment: {
    heading: 'Paiement',
    free: 'Rien à payer : aucune donnée de paiement n’est nécessaire.',
    pay: 'Payer {{total}}',
    confirmFree: 'Confirmer ma commande',
    failed: 'Le paiement n’a pas abouti.',
    retry: 'Réessayer le paiement',
    retrySafe: 'Réessayer ne vous débite jamais deux fois.',
    declined: {
      INSUFFICIENT_FUNDS: 'Votre carte n’a pas une provision suffisante. Aucun montant n’a été débité. Essayez une autre carte.',
      AUTHENTICATION_FAILED: 'Votre banque n’a pas pu confirmer que le paiement venait de vous. Aucun montant n’a été débité. Réessayez, ou utilisez une autre carte.',
      CARD_DECLINED: 'Votre banque a refusé cette carte sans donner de raison. Aucun montant n’a été débité. Essayez une autre carte, ou contactez votre banque.',
    },
    cancelled: 'Paiement annulé. Rien n’a été débité.',
    locked: 'La dernière tentative de paiement est restée sans réponse et a peut-être abouti. Vos informations restent verrouillées jusqu’à ce que vous relanciez le paiement, pour que le cadeau corresponde à ce que vous voyez. Vous ne serez pas débité deux fois.',
  },
  card: {
    number: 'Numéro de carte',
    testHint: 'Cartes de test : 4242 4242 4242 4242 paie, 4000 0000 0000 0002 est refusée, 4000 0000 0000 9995 est sans provision, 4000 0000 0000 3220 demande une confirmation.',
    REQUIRED: 'Saisissez un numéro de carte.',
    INVALID: 'Saisissez le numéro de carte en 12 à 19 chiffres.',
  },
  challenge: {
    heading: 'Confirmez votre paiement',
    text: 'Votre banque vous demande de confirmer ce paiement (simulé).',
    approve: 'Confirmer le paiement',
    fail: 'Échouer l’authentification',
    cancel: 'Annuler le paiement',
  },
  done: {
    giftHeading: 'Votre cadeau est programmé',
    myselfHeading: 'Merci !',
    myselfText: 'Vous avez maintenant {{offer}}.',
    recipient: 'Destinataire',
    offer: 'Offre',
    delivery: 'Livraison',
    deliveryRecipient: 'Pour le destinataire',
    note: 'Votre message',
    editUntil: 'Modifiable jusqu’au',
    editClosed: 'Il part aujourd’hui : il ne peut plus être modifié.',
    total: 'Payé',
    myGifts: 'Voir mes cadeaux',
  },
};

export default fr;
