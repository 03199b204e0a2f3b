import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const fr: FlowStrings<typeof en> = {
  title: 'Détails de livraison',
  recipientEmail: 'E-mail du destinataire',
  recipientEmailHint: 'Nous envoyons le cadeau à cette adresse.',
  recipientEmailConfirmation: 'Confirmez l’e-mail du destinataire',
  recipientName: 'Nom du destinataire',
  whenLegend: 'Quand le cadeau doit-il arriver ?',
  sendNow: 'Envoyer aujourd’hui',
  sendNowHint: 'Choisit la prochaine heure pile : les cadeaux partent à l’heure pile.',
  deliveryZone: 'Votre fuseau horaire',
  scheduled: 'Le cadeau sera envoyé le {{time}}.',
  gapResolved: '{{requested}} n’existe pas (passage à l’heure d’été) : le cadeau partira le {{time}}.',
  overlapResolved: '{{requested}} a lieu deux fois (passage à l’heure d’hiver) : le cadeau partira la première fois, le {{time}}.',
  recipientZoneToggle: 'Afficher l’heure pour le destinataire dans un autre fuseau',
  recipientZone: 'Fuseau horaire du destinataire',
  recipientArrival: 'Pour le destinataire, il arrive le {{time}}.',
  personalNote: 'Message personnel',
  personalNoteHint: 'Texte simple, montré au destinataire tel que vous l’écrivez.',
  submit: 'Enregistrer la livraison',
};

export default fr;
