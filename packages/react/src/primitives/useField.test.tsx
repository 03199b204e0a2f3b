import { render, renderHook } from '@testing-library/react';
import styled from 'styled-components';
import { describe, expect, it } from 'vitest';
import { GiftKitProvider } from '../provider/GiftKitProvider';
import { GiftKitRoot } from '../provider/GiftKitRoot';
import { useField } from './field/useField';
import { Alert, Button, Checkbox, DateField, Dialog, HourField, Select, Skeleton, Spinner, Stepper, TextArea, TextField, TimeZoneField, Toggle } from './index';
import { offlineGiftsApi, renderInGiftKit } from './testing';

describe('useField', () => {
  it('returns prop objects that wire label, description, extra ids and error', () => {
    const { result } = renderHook(() => useField({ id: 'note', hasDescription: true, hasError: true, required: true, describedBy: ['note-counter', false] }));
    const field = result.current;
    expect(field.labelProps).toEqual({ id: 'note-label', htmlFor: 'note' });
    expect(field.controlProps).toMatchObject({
      id: 'note',
      'aria-describedby': 'note-description note-counter note-error',
      'aria-invalid': true,
      'aria-required': true,
      'data-invalid': 'true',
      'data-required': 'true',
    });
    expect(field.errorProps).toEqual({ id: 'note-error' });
  });
  it('adds nothing it does not need, and generates distinct ids', () => {
    const { result } = renderHook(() => [useField(), useField({ invalid: true })] as const);
    const [a, b] = result.current;
    expect(a.controlProps['aria-describedby']).toBeUndefined();
    expect(a.controlProps['aria-invalid']).toBeUndefined();
    expect(a.controlProps.disabled).toBeUndefined();
    expect(a.ids.control).not.toBe(b.ids.control);
    expect(b.controlProps['aria-invalid']).toBe(true);
    expect(b.controlProps['aria-describedby']).toBeUndefined(); // invalid without a message
  });
});

function Everything() {
  return (
    <>
      <Button>b</Button>
      <TextField label="t" error="e" description="d" />
      <TextArea label="n" maxLength={5} defaultValue="123456" />
      <Select label="s" options={[{ value: 'a', label: 'A' }]} />
      <DateField />
      <HourField value={1} />
      <TimeZoneField value="Europe/Paris" />
      <Checkbox label="c" />
      <Toggle label="g" />
      <Alert variant="danger">a</Alert>
      <Spinner />
      <Skeleton />
      <Stepper steps={[{ id: 'a', label: 'A' }]} current={0} />
      <Dialog open onClose={() => undefined} title="x" />
    </>
  );
}

describe('styles', () => {
  it('every primitive renders its stable gk-* classes', () => {
    const { container } = renderInGiftKit(<Everything />);
    for (const key of ['button', 'buttonPrimary', 'field', 'label', 'input', 'textarea', 'select', 'fieldHint', 'fieldError', 'counter', 'checkbox', 'toggle', 'toggleTrack', 'combobox', 'listbox', 'alert', 'spinner', 'skeleton', 'dialogOverlay', 'dialog', 'dialogTitle', 'dialogClose', 'stepper', 'step', 'stepMarker']) {
      expect(container.querySelector(`.gk-${key}`), key).not.toBeNull();
    }
  });

  it('adds no global styles: every injected rule starts with a generated class', () => {
    render(
      <GiftKitProvider api={offlineGiftsApi()}>
        <GiftKitRoot name="test">
          <Everything />
        </GiftKitRoot>
      </GiftKitProvider>,
    );
    const selectors: string[] = [];
    const collect = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
        else if (rule instanceof CSSMediaRule) collect(rule.cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) collect(sheet.cssRules);
    expect(selectors.length).toBeGreaterThan(20);
    for (const selector of selectors) for (const part of selector.split(',')) expect(part.trim(), selector).toMatch(/^(:where\()?\.[\w-]+/);
  });

  it('applies the host’s element overrides last', () => {
    const { getByRole } = renderInGiftKit(<Button variant="danger">x</Button>, {
      appearance: { elements: { button: { textTransform: 'uppercase' }, buttonDanger: { letterSpacing: '3px' }, buttonPrimary: { fontStyle: 'italic' } } },
    });
    const style = getComputedStyle(getByRole('button'));
    expect(style.textTransform).toBe('uppercase');
    expect(style.letterSpacing).toBe('3px');
    expect(style.fontStyle).not.toBe('italic');
  });
});

// keeps `styled` imported for the type-only check that primitives accept being wrapped
export const Wrapped = styled(Button)``;
