import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const es: FlowStrings<typeof en> = {
  title: 'Datos de entrega',
  recipientEmail: 'Correo del destinatario',
  recipientEmailHint: 'Enviamos el regalo a esta dirección.',
  recipientEmailConfirmation: 'Confirma el correo del destinatario',
  recipientName: 'Nombre del destinatario',
  whenLegend: '¿Cuándo debe llegar el regalo?',
  sendNow: 'Enviar hoy',
  sendNowHint: 'Elige la próxima hora en punto: los regalos salen a la hora en punto.',
  deliveryZone: 'Tu zona horaria',
  scheduled: 'El regalo se enviará el {{time}}.',
  gapResolved: '{{requested}} no existe (cambio de hora), así que el regalo se enviará el {{time}}.',
  overlapResolved: '{{requested}} ocurre dos veces (cambio de hora); el regalo saldrá la primera vez, el {{time}}.',
  recipientZoneToggle: 'Mostrar la hora para el destinatario en otra zona horaria',
  recipientZone: 'Zona horaria del destinatario',
  recipientArrival: 'Para el destinatario, llega el {{time}}.',
  personalNote: 'Mensaje personal',
  personalNoteHint: 'Texto simple, tal como lo escribes.',
  submit: 'Guardar la entrega',
};

export default es;
