import { useState, type ChangeEvent } from 'react';

export interface CheckedStateOptions {
  checked?: boolean | undefined;
  defaultChecked?: boolean | undefined;
  onChange?: ((event: ChangeEvent<HTMLInputElement>) => void) | undefined;
  onCheckedChange?: ((checked: boolean) => void) | undefined;
}

/** Controlled-or-uncontrolled on/off state shared by `Checkbox` and `Toggle`. */
export function useCheckedState({ checked, defaultChecked, onChange, onCheckedChange }: CheckedStateOptions) {
  const [uncontrolled, setUncontrolled] = useState(Boolean(defaultChecked));
  const on = checked ?? uncontrolled;
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (checked === undefined) setUncontrolled(event.target.checked);
    onChange?.(event);
    onCheckedChange?.(event.target.checked);
  };
  return { on, handleChange };
}
