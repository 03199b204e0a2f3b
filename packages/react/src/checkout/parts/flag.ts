/** `data-*` flags: `'true'` when set, absent otherwise. */
export function flagAttr(on: boolean): 'true' | undefined {
  return on ? 'true' : undefined;
}
