import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const fr: FlowStrings<typeof en> = {
  title: 'Code promo',
  label: 'Code promo',
  apply: 'Appliquer',
  remove: 'Retirer le code',
  applied: 'Code {{code}} appliqué.',
  removed: 'Le code a été retiré.',
  badFormat: 'Un code ne contient que des lettres, des chiffres et des tirets.',
  empty: 'Saisissez d’abord un code promo.',
  tooLong: 'Un code compte au plus {{max}} caractères.',
  oneCode: 'Un code par commande : retirez celui-ci pour en utiliser un autre.',
  unapplied: 'Appliquez ce code ou videz le champ avant de payer.',
  hints: {
    COUPON_NOT_FOUND: 'Les codes contiennent des lettres, chiffres et tirets ; comparez avec votre e-mail.',
    COUPON_INACTIVE: 'Demandez un code valide à l’expéditeur.',
    COUPON_EXPIRED: 'Cherchez une offre plus récente ou achetez au prix normal.',
    COUPON_LIMIT_REACHED: 'Toutes les utilisations possibles ont été faites.',
    COUPON_CUSTOMER_MISMATCH: 'Connectez-vous avec le compte auquel le code a été envoyé.',
    COUPON_FIRST_TIME_ONLY: 'Il est réservé aux personnes qui n’ont jamais acheté.',
    COUPON_MINIMUM_NOT_MET: 'Choisissez une formule plus longue pour atteindre le minimum.',
    COUPON_NOT_APPLICABLE: 'Il ne vaut que pour d’autres offres.',
    COUPON_CURRENCY_MISMATCH: 'Il vaut pour des prix dans une autre devise.',
  },
};

export default fr;
