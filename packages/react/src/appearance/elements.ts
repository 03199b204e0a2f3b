/**
 * Every customisable node, by key. Each renders with the class `gk-<key>` and can be
 * restyled through `appearance.elements[key]`. Flows add their keys here.
 */
export const ELEMENT_KEYS = [
  'root',
  'card',
  'heading',
  'text',
  'button',
  'buttonPrimary',
  'buttonSecondary',
  'buttonDanger',
  'field',
  'label',
  'input',
  'textarea',
  'select',
  'fieldHint',
  'fieldError',
  'counter',
  'checkbox',
  'toggle',
  'combobox',
  'listbox',
  'option',
  'alert',
  'spinner',
  'skeleton',
  'dialogOverlay',
  'dialog',
  'dialogTitle',
  'stepper',
  'step',
  // primitives
  'buttonLink',
  'requiredMarker',
  'optionDetail',
  'comboboxStatus',
  'toggleTrack',
  'alertTitle',
  'alertAction',
  'dialogBody',
  'dialogActions',
  'dialogClose',
  'stepMarker',
] as const;

export type ElementKey = (typeof ELEMENT_KEYS)[number];

/** The stable class name of an element: `gk-buttonPrimary`, `gk-fieldError`, … */
export function elementClass(key: ElementKey): string {
  return `gk-${key}`;
}
