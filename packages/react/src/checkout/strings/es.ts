import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const es: FlowStrings<typeof en> = {
  title: 'Pago',
  loading: 'Cargando la oferta…',
  loadFailed: 'No pudimos cargar esta oferta.',
  offer: {
    heading: 'Tu compra',
    price: '{{price}}, {{period}}',
  },
  period: {
    month_one: 'facturado cada mes',
    month_other: 'facturado cada {{count}} meses',
    year_one: 'facturado cada año',
    year_other: 'facturado cada {{count}} años',
    week_one: 'facturado cada semana',
    week_other: 'facturado cada {{count}} semanas',
    season_one: 'facturado cada temporada',
    season_other: 'facturado cada {{count}} temporadas',
    once: 'compra única',
  },
  mode: {
    legend: '¿Para quién es?',
    myself: 'Para mí',
    gift: 'Como regalo',
    giftHint: 'Un solo pago; no se renueva para ti.',
  },
  reasons: {
    ALREADY_HAS_ACCESS: 'Ya tienes esta suscripción, así que solo puedes regalarla.',
    INACTIVE: 'Esta oferta ha terminado y ya no se puede comprar.',
    NOT_A_SUBSCRIPTION: 'Solo se pueden regalar suscripciones; esta oferta solo se compra para ti.',
    BILLING_PERIOD_NOT_GIFTABLE: 'Solo se pueden regalar suscripciones mensuales, trimestrales, semestrales y anuales.',
    GIFTING_DISABLED: 'Esta oferta no está disponible como regalo.',
  },
  unavailable: {
    heading: 'Esta oferta no se puede comprar',
  },
  auth: {
    required: 'Inicia sesión para comprar. Todo lo que escribiste se queda aquí.',
    signIn: 'Iniciar sesión para continuar',
  },
  order: {
    failed: 'No pudimos preparar tu pedido.',
  },
  summary: {
    heading: 'Resumen del precio',
    offerPrice: 'Precio',
    discount: 'Descuento ({{code}})',
    discountOnce: 'en el primer pago',
    discountForever: 'en cada pago',
    discountMonths_one: 'durante {{count}} mes',
    discountMonths_other: 'durante {{count}} meses',
    tax: 'Impuestos incluidos',
    total: 'Total hoy',
    pending: 'El precio final aparece cuando tu pedido esté listo.',
  },
  legal: {
    gift: 'Un regalo es un pago único. No se renueva y no se te volverá a cobrar.',
    myself: 'Tu suscripción se renueva automáticamente al precio normal hasta que la canceles.',
  },
  payment: {
    heading: 'Pago',
    free: 'Nada que pagar: no hacen falta datos de pago.',
    pay: 'Pagar {{total}}',
    confirmFree: 'Confirmar mi pedido',
    failed: 'No se pudo completar el pago.',
    retry: 'Reintentar el pago',
    retrySafe: 'Reintentar nunca te cobra dos veces.',
    declined: {
      INSUFFICIENT_FUNDS: 'Tu tarjeta no tiene fondos suficientes. No se ha cobrado nada. Prueba con otra tarjeta.',
      AUTHENTICATION_FAILED: 'Tu banco no pudo confirmar que el pago era tuyo. No se ha cobrado nada. Vuelve a intentarlo o usa otra tarjeta.',
      CARD_DECLINED: 'Tu banco ha rechazado esta tarjeta sin dar un motivo. No se ha cobrado nada. Prueba con otra tarjeta o consulta a tu banco.',
    },
    cancelled: 'Pago cancelado. No se cobró nada.',
    locked: 'Tu último intento de pago no obtuvo respuesta y puede que se haya completado. Tus datos quedan bloqueados hasta que reintentes el pago, para que el regalo coincida con lo que ves. No se te cobrará dos veces.',
  },
  card: {
    number: 'Número de tarjeta',
    testHint: 'Tarjetas de prueba: 4242 4242 4242 4242 paga, 4000 0000 0000 0002 se rechaza, 4000 0000 0000 9995 no tiene fondos, 4000 0000 0000 3220 pide una confirmación.',
    REQUIRED: 'Introduce un número de tarjeta.',
    INVALID: 'Introduce el número de tarjeta con 12 a 19 dígitos.',
  },
  challenge: {
    heading: 'Confirma tu pago',
    text: 'Tu banco te pide confirmar este pago (simulado).',
    approve: 'Confirmar el pago',
    fail: 'Fallar la autenticación',
    cancel: 'Cancelar el pago',
  },
  done: {
    giftHeading: 'Tu regalo está programado',
    myselfHeading: '¡Gracias!',
    myselfText: 'Ya tienes {{offer}}.',
    recipient: 'Destinatario',
    offer: 'Oferta',
    delivery: 'Entrega',
    deliveryRecipient: 'Para el destinatario',
    note: 'Tu mensaje',
    editUntil: 'Editable hasta',
    editClosed: 'Se envía hoy, así que ya no se puede cambiar.',
    total: 'Pagado',
    myGifts: 'Ver mis regalos',
  },
};

export default es;
