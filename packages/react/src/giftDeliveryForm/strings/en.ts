/** Delivery details: English strings, the canonical keys of `deliveryForm.*`. */
const en = {
  title: 'Delivery details',
  recipientEmail: 'Recipient’s email',
  recipientEmailHint: 'We send the gift to this address.',
  recipientEmailConfirmation: 'Confirm the recipient’s email',
  recipientName: 'Recipient’s name',
  whenLegend: 'When should the gift arrive?',
  sendNow: 'Send today',
  sendNowHint: 'Picks the next full hour: gifts leave on the hour.',
  deliveryZone: 'Your time zone',
  scheduled: 'The gift will be sent on {{time}}.',
  gapResolved: '{{requested}} does not exist (the clocks go forward), so the gift will be sent on {{time}}.',
  overlapResolved: '{{requested}} happens twice (the clocks go back); the gift will be sent the first time, on {{time}}.',
  recipientZoneToggle: 'Show the time for the recipient in another time zone',
  recipientZone: 'Recipient’s time zone',
  recipientArrival: 'For the recipient, it arrives on {{time}}.',
  personalNote: 'Personal note',
  personalNoteHint: 'Plain text, shown to the recipient as you write it.',
  submit: 'Save delivery details',
};

export default en;
