import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const es: FlowStrings<typeof en> = {
  title: 'Mis regalos',
  tabs: {
    label: 'Mis regalos',
    sent: 'Regalos que hice',
    received: 'Regalos recibidos',
  },
  sent: {
    heading: 'Regalos que hice',
    loading: 'Cargando tus regalos…',
    empty: 'Todavía no has regalado nada.',
    noGiftsInRange: 'No hay regalos entre tus compras {{from}} a {{to}}: son tus propias suscripciones. Las compras más antiguas están en la página siguiente.',
    noMoreGifts: 'No hay más regalos: tus compras más antiguas son tus propias suscripciones.',
    boughtOn: 'Comprado el {{date}}',
    rowFailed: 'No se pudieron cargar los detalles de este regalo.',
    rowRetry: 'Reintentar: {{offer}}, comprado el {{date}}',
    buy: 'Regalar una suscripción',
    recipient: 'Destinatario',
    recipientNamed: '{{name}} ({{email}})',
    delivery: 'Entrega',
    deliveryYours: 'Tu hora: {{time}}',
  },
  timeline: {
    label: 'Estado del regalo para {{recipient}}',
    phases: {
      scheduled: 'Programado',
      sent: 'Enviado',
      redeemed: 'Canjeado',
      ended: 'Acceso terminado',
      expired: 'Código caducado',
    },
    done: 'hecho',
    current: 'estado actual',
    upcoming: 'pendiente',
    expected: 'previsto el {{date}}',
    unknown: 'todavía no',
  },
  edit: {
    button: 'Editar la entrega',
    buttonFor: 'Editar la entrega del regalo para {{recipient}}',
    openUntil: 'Puedes cambiarlo hasta el {{time}}.',
    title: 'Editar la entrega',
    description: 'Regalo para {{recipient}}: {{offer}}',
    save: 'Guardar cambios',
    saved: 'Se guardó la entrega del regalo para {{recipient}}.',
    refusedTitle: 'Tus cambios no se guardaron',
    locked: {
      ALREADY_SENT: 'Ya enviado: ya no se puede cambiar.',
      ALREADY_REDEEMED: 'Ya canjeado: ya no se puede cambiar.',
      SENDING_SOON: 'Se envía pronto: los cambios se cerraron el {{time}}.',
    },
  },
  pagination: {
    label: 'Páginas de regalos',
    previous: 'Página anterior',
    next: 'Página siguiente',
    status: 'Página {{page}}: compras {{from}} a {{to}} de {{total}}',
    page: 'Página {{page}}',
  },
  received: {
    heading: 'Regalos recibidos',
    loading: 'Cargando los regalos recibidos…',
    empty: 'Todavía no has recibido ningún regalo.',
    redeem: 'Canjear un código de regalo',
    fromLabel: 'De',
    statusLabel: 'Estado',
    note: 'Mensaje',
    redeemedAt: 'Canjeado el {{date}}',
    notRedeemed: 'Sin canjear todavía',
    accessUntil: 'Acceso hasta el {{date}}',
  },
  signedOut: 'Inicia sesión para ver tus regalos.',
};

export default es;
