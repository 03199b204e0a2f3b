import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const es: FlowStrings<typeof en> = {
  title: 'Código promocional',
  label: 'Código promocional',
  apply: 'Aplicar',
  remove: 'Quitar el código',
  applied: 'Código {{code}} aplicado.',
  removed: 'Se ha quitado el código.',
  badFormat: 'Un código solo tiene letras, números y guiones.',
  empty: 'Escriba primero un código promocional.',
  tooLong: 'Un código tiene como máximo {{max}} caracteres.',
  oneCode: 'Un código por pedido: quita este para usar otro.',
  unapplied: 'Aplica este código o vacía el campo antes de pagar.',
  hints: {
    COUPON_NOT_FOUND: 'Los códigos tienen letras, números y guiones; compáralo con tu correo.',
    COUPON_INACTIVE: 'Pide un código vigente a quien te lo envió.',
    COUPON_EXPIRED: 'Busca una oferta más reciente o compra al precio normal.',
    COUPON_LIMIT_REACHED: 'Ya se han hecho todos los usos posibles.',
    COUPON_CUSTOMER_MISMATCH: 'Inicia sesión con la cuenta a la que se envió el código.',
    COUPON_FIRST_TIME_ONLY: 'Solo sirve para quien nunca ha comprado.',
    COUPON_MINIMUM_NOT_MET: 'Elige un plan más largo para llegar al mínimo.',
    COUPON_NOT_APPLICABLE: 'Solo sirve para otras ofertas.',
    COUPON_CURRENCY_MISMATCH: 'Es para precios en otra moneda.',
  },
};

export default es;
