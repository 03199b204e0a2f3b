import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const fr: FlowStrings<typeof en> = {
  title: 'Mes cadeaux',
  tabs: {
    label: 'Mes cadeaux',
    sent: 'Cadeaux offerts',
    received: 'Cadeaux reçus',
  },
  sent: {
    heading: 'Cadeaux offerts',
    loading: 'Chargement de vos cadeaux…',
    empty: 'Vous n’avez encore offert aucun cadeau.',
    noGiftsInRange: 'Aucun cadeau parmi vos achats {{from}} à {{to}} : ce sont vos propres abonnements. Les achats plus anciens sont à la page suivante.',
    noMoreGifts: 'Plus aucun cadeau : vos achats plus anciens sont vos propres abonnements.',
    boughtOn: 'Acheté le {{date}}',
    rowFailed: 'Les détails de ce cadeau n’ont pas pu être chargés.',
    rowRetry: 'Réessayer : {{offer}}, acheté le {{date}}',
    buy: 'Offrir un abonnement',
    recipient: 'Destinataire',
    recipientNamed: '{{name}} ({{email}})',
    delivery: 'Envoi',
    deliveryYours: 'Votre heure : {{time}}',
  },
  timeline: {
    label: 'Statut du cadeau pour {{recipient}}',
    phases: {
      scheduled: 'Programmé',
      sent: 'Envoyé',
      redeemed: 'Activé',
      ended: 'Accès terminé',
      expired: 'Code expiré',
    },
    done: 'fait',
    current: 'statut actuel',
    upcoming: 'à venir',
    expected: 'prévu le {{date}}',
    unknown: 'pas encore',
  },
  edit: {
    button: 'Modifier l’envoi',
    buttonFor: 'Modifier l’envoi du cadeau pour {{recipient}}',
    openUntil: 'Modifiable jusqu’au {{time}}.',
    title: 'Modifier l’envoi',
    description: 'Cadeau pour {{recipient}} : {{offer}}',
    save: 'Enregistrer',
    saved: 'L’envoi du cadeau pour {{recipient}} a été modifié.',
    refusedTitle: 'Vos modifications n’ont pas été enregistrées',
    locked: {
      ALREADY_SENT: 'Déjà envoyé : il ne peut plus être modifié.',
      ALREADY_REDEEMED: 'Déjà activé : il ne peut plus être modifié.',
      SENDING_SOON: 'Envoi imminent : modifications fermées depuis le {{time}}.',
    },
  },
  pagination: {
    label: 'Pages de cadeaux',
    previous: 'Page précédente',
    next: 'Page suivante',
    status: 'Page {{page}} : achats {{from}} à {{to}} sur {{total}}',
    page: 'Page {{page}}',
  },
  received: {
    heading: 'Cadeaux reçus',
    loading: 'Chargement des cadeaux reçus…',
    empty: 'Vous n’avez encore reçu aucun cadeau.',
    redeem: 'Activer un code cadeau',
    fromLabel: 'De',
    statusLabel: 'Statut',
    note: 'Message',
    redeemedAt: 'Activé le {{date}}',
    notRedeemed: 'Pas encore activé',
    accessUntil: 'Accès jusqu’au {{date}}',
  },
  signedOut: 'Connectez-vous pour voir vos cadeaux.',
};

export default fr;
