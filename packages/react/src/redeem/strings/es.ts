import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const es: FlowStrings<typeof en> = {
  title: 'Canjear un regalo',
  intro: 'Introduce el código de tu correo de regalo para ver lo que te ofrece.',
  codeLabel: 'Código de regalo',
  codeHint: '8 letras y números, por ejemplo {{example}}.',
  check: 'Comprobar código',
  checking: 'Comprobando tu código…',
  codeErrors: {
    EMPTY: 'Introduce el código de regalo de tu correo, por ejemplo {{example}}.',
    TOO_SHORT: 'Este código es demasiado corto: los códigos de regalo tienen 8 caracteres, por ejemplo {{example}}.',
    TOO_LONG: 'Este código es demasiado largo: los códigos de regalo tienen 8 caracteres, por ejemplo {{example}}.',
    INVALID_CHARACTERS: 'Los códigos de regalo solo usan letras y números, sin 0, 1, I, L, O ni U, por ejemplo {{example}}.',
  },
  signedOut: {
    title: 'Inicia sesión para canjear tu regalo',
    withCode: 'Tu regalo {{code}} te espera. Inicia sesión o crea una cuenta y seguiremos aquí mismo, con tu código.',
    withoutCode: 'Inicia sesión o crea una cuenta para canjear tu regalo.',
    action: 'Iniciar sesión',
  },
  preview: {
    newTitle: 'Tu regalo: una nueva suscripción',
    newBody: 'Tendrás {{offer}} desde hoy hasta el {{date}}.',
    extendTitle: 'Tu regalo amplía tu suscripción',
    extendBody: 'Este regalo amplía tu suscripción {{offer}}.',
    currentDate: 'Fecha de renovación actual',
    newDate: 'Nueva fecha de renovación',
    extendKeeps: 'Su oferta y su facturación no cambian: solo se mueve la fecha de renovación.',
    currentEnd: 'Fin del acceso actual',
    newEnd: 'Nuevo fin del acceso',
    extendKeepsEnding: 'Su oferta no cambia: solo se mueve la fecha en que termina el acceso.',
    details: 'Cargando los detalles del regalo…',
    someSubscription: 'actual',
    redeem: 'Canjear regalo',
  },
  cooldown: {
    title: 'Demasiados intentos',
    body: 'Para proteger los códigos de regalo, espera antes de comprobar otro código.',
    timer_one: 'Podrás volver a intentarlo en {{count}} segundo.',
    timer_other: 'Podrás volver a intentarlo en {{count}} segundos.',
  },
  refusal: {
    title: 'Este regalo no se puede canjear',
    REDEEMED: {
      message: 'Este código de regalo ya se ha utilizado.',
      next: 'Cada código funciona una sola vez. Si lo canjeaste tú, la suscripción ya está en tu cuenta; si no, pregunta a quien te lo regaló.',
    },
    EXPIRED: {
      message: 'Este código de regalo ha caducado.',
      next: 'Los códigos deben canjearse en el año siguiente a su llegada. Pide a quien te lo regaló que contacte con soporte.',
    },
    NOT_FOUND: {
      message: 'No encontramos ningún regalo con este código.',
      next: 'Revisa el código de tu correo carácter por carácter e inténtalo de nuevo.',
    },
    NOT_YET_DELIVERED: {
      message: 'Este regalo aún no se ha entregado.',
      next: 'Llegará por correo en el momento que eligió quien lo regala. Usa entonces el código de ese correo.',
    },
    INACTIVE_OFFER: {
      message: 'La suscripción regalada ya no se ofrece.',
      next: 'Contacta con soporte o con quien te la regaló.',
    },
    OFFER_GEO_RESTRICTED: {
      message: 'La suscripción regalada no está disponible en tu país.',
      next: 'Solo puede canjearse donde la oferta está disponible. Contacta con soporte si crees que es un error.',
    },
    PUBLISHER_GEO_RESTRICTED: {
      message: 'Nuestro servicio no está disponible en tu país.',
      next: 'Los regalos solo pueden canjearse donde opera el servicio.',
    },
    EXTERNALLY_MANAGED_SUBSCRIPTION: {
      message: 'Tu suscripción correspondiente se factura a través de una tienda de aplicaciones o un socio, así que no podemos ampliarla aquí.',
      next: 'Gestiona esa suscripción donde la contrataste o contacta con soporte.',
    },
    RECURRING_PROCESS_ALREADY_STARTED: {
      message: 'Se está procesando ahora mismo un pago de renovación de tu suscripción.',
      next: 'Inténtalo de nuevo en unos minutos, cuando el pago haya terminado.',
    },
    MORE_THAN_ONE_MATCHING_SUBSCRIPTION: {
      message: 'Varias de tus suscripciones coinciden con este regalo, así que no sabemos cuál ampliar.',
      next: 'Contacta con soporte y lo aplicarán a la correcta.',
    },
    manage: 'Gestionar esa suscripción',
    support: 'Contactar con soporte',
    retry: 'Comprobar de nuevo',
  },
  failed: {
    verify: 'No pudimos comprobar tu código',
    redeem: 'No pudimos canjear tu regalo',
    redeemSafe: 'Puedes volver a intentarlo sin riesgo: tu regalo solo se usará una vez.',
  },
  done: {
    title: '¡Gracias! Tu regalo está activo',
    newBody: 'Ya tienes {{offer}} hasta el {{date}}.',
    extendBody: 'Tu suscripción {{offer}} dura ahora hasta el {{date}}.',
    renews: 'Después, se renueva al precio normal con el método de pago registrado.',
    lapses: 'Después, el acceso termina, porque no hay ningún método de pago registrado. Añade uno para seguir viendo sin interrupciones.',
    addPaymentMethod: 'Añadir un método de pago',
    managePaymentMethod: 'Gestionar métodos de pago',
    another: 'Canjear otro regalo',
  },
};

export default es;
