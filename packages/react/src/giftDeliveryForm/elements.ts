/** Element keys of this flow (`gk-<key>` classes, `appearance.elements.<key>`). */
export const DELIVERY_FORM_ELEMENT_KEYS = ['deliveryForm', 'deliveryFieldset', 'deliverySchedule'] as const;
