import { useCallback, useId, useMemo, useRef, useState, type FocusEvent } from 'react';
import {
  DELIVERY_FORM_FIELDS,
  latestDeliveryDay,
  localTimeAt,
  nextDeliverySlot,
  resolveDeliveryTime,
  validateDeliveryForm,
  type DeliveryDetails,
  type DeliveryFormField,
  type DeliveryFormIssues,
  type DeliveryFormValues,
  type FieldIssue,
  type LocalDeliveryTime,
  type ResolvedDeliveryTime,
  type UnixSeconds,
} from '@giftkit/core';


/** The zone of the runtime (the gifter's browser); `UTC` when `Intl` cannot tell. */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The current time in Unix seconds. */
export function nowSeconds(): UnixSeconds {
  return Math.floor(Date.now() / 1000);
}

/**
 * Form values prefilled from details a gift already has (to edit it): the confirmation field
 * gets the same address, the date and hour are read in the gift's zone.
 * @example useGiftDeliveryForm({ initialValues: deliveryFormValuesFrom(gift.deliveryDetails, gift.timeZone) })
 */
export function deliveryFormValuesFrom(details: DeliveryDetails, timeZone?: string): DeliveryFormValues {
  const zone = timeZone ?? details.timeZone ?? 'UTC';
  const local = localTimeAt(details.deliveryDate, zone);
  return {
    recipientEmail: details.recipientEmail,
    recipientEmailConfirmation: details.recipientEmail,
    recipientName: details.recipientName ?? '',
    date: local.date,
    hour: local.hour,
    timeZone: zone,
    personalNote: details.personalNote,
  };
}

/**
 * Empty values for a new gift: the next whole hour in the given zone (01:44 → 02:00 today,
 * 23:30 → 00:00 tomorrow), the hour the platform's hourly job will really send it.
 */
export function emptyDeliveryFormValues(now: UnixSeconds, timeZone: string): DeliveryFormValues {
  const slot = nextDeliverySlot(now, timeZone);
  return { recipientEmail: '', recipientEmailConfirmation: '', recipientName: '', date: slot.date, hour: slot.hour, timeZone, personalNote: '' };
}

export interface UseGiftDeliveryFormOptions {
  /**
   * Values to start from (uncontrolled). Missing fields take the defaults: no recipient,
   * the next whole hour in the viewer's zone.
   * @example initialValues={deliveryFormValuesFrom(gift.deliveryDetails, gift.timeZone)}
   */
  initialValues?: Partial<DeliveryFormValues>;
  /** Controlled values; pair with `onValuesChange`. */
  values?: DeliveryFormValues;
  /** Called with the next values on every change. */
  onValuesChange?: (values: DeliveryFormValues) => void;
  /** "Now" in Unix seconds, for the past/365-day checks. @default the current time */
  now?: UnixSeconds;
  /** The zone preselected when `initialValues` has none. @default the viewer's zone */
  defaultTimeZone?: string;
  /** The recipient's zone to preselect, to show when the gift arrives for them. */
  initialRecipientTimeZone?: string | null;
}

/** A validated form: what to send, how the hour was resolved, and the recipient's zone. */
export type DeliveryFormResult =
  | { ok: true; details: DeliveryDetails; schedule: ResolvedDeliveryTime; recipientTimeZone: string | null }
  | { ok: false; issues: DeliveryFormIssues; firstInvalid: DeliveryFormField };

interface FieldBinding<T> {
  id: string;
  name: DeliveryFormField;
  value: T;
  issue: FieldIssue | null;
  onValueChange: (value: T) => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
}

export interface GiftDeliveryFormState {
  values: DeliveryFormValues;
  /** Issues the user should see now (fields left or a submit tried). */
  visibleIssues: DeliveryFormIssues;
  /** Prop objects to spread on the primitives (`TextField`, `DateField`, …). */
  fields: {
    recipientEmail: FieldBinding<string>;
    recipientEmailConfirmation: FieldBinding<string>;
    recipientName: FieldBinding<string>;
    date: FieldBinding<string> & { min: string; max: string };
    hour: FieldBinding<number>;
    timeZone: FieldBinding<string>;
    personalNote: FieldBinding<string>;
  };
  /** The resolved delivery time of the current date/hour/zone (`null` when invalid). */
  schedule: ResolvedDeliveryTime | null;
  /** The optional recipient zone (`null`: not given). */
  recipientTimeZone: string | null;
  setRecipientTimeZone: (zone: string | null) => void;
  /** The "send today" shortcut: the next whole hour (tomorrow 00:00 after 23:00). */
  sendNow: () => void;
  setValue: <K extends DeliveryFormField>(field: K, value: DeliveryFormValues[K]) => void;
  /** Checks everything through `validateDeliveryForm`, shows every issue, focuses the first. */
  validate: (options?: { focus?: boolean }) => DeliveryFormResult;
  /** Registers a control so `validate` can focus it. */
  registerControl: (field: DeliveryFormField) => (element: HTMLElement | null) => void;
  now: UnixSeconds;
  /** A prefix unique to this form, for ids of extra elements. */
  idPrefix: string;
}

/**
 * The delivery form's behaviour without styles: values, per-field issues shown on blur and
 * on submit, the DST-resolved schedule and focus on the first error. Every check is
 * `@giftkit/core`'s `validateDeliveryForm`.
 * @example
 * const form = useGiftDeliveryForm({ now });
 * <TextField label="Email" {...form.fields.recipientEmail} />
 */
export function useGiftDeliveryForm(options: UseGiftDeliveryFormOptions = {}): GiftDeliveryFormState {
  const { values: controlled, onValuesChange, initialValues, defaultTimeZone, initialRecipientTimeZone = null } = options;
  const [mountedAt] = useState(nowSeconds);
  const now = options.now ?? mountedAt;
  const [own, setOwn] = useState<DeliveryFormValues>(() => ({
    ...emptyDeliveryFormValues(now, initialValues?.timeZone ?? defaultTimeZone ?? viewerTimeZone()),
    ...initialValues,
  }));
  const values = controlled ?? own;
  const [touched, setTouched] = useState<Partial<Record<DeliveryFormField, boolean>>>({});
  const [recipientTimeZone, setRecipientTimeZone] = useState<string | null>(initialRecipientTimeZone);
  const controls = useRef<Partial<Record<DeliveryFormField, HTMLElement | null>>>({});
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const latest = useRef(values);
  latest.current = values;

  const update = useCallback(
    (next: DeliveryFormValues) => {
      latest.current = next;
      if (!controlled) setOwn(next);
      onValuesChange?.(next);
    },
    [controlled, onValuesChange],
  );
  const setValue = useCallback(
    <K extends DeliveryFormField>(field: K, value: DeliveryFormValues[K]) => update({ ...latest.current, [field]: value }),
    [update],
  );

  const result = useMemo(() => validateDeliveryForm(values, now), [values, now]);
  const allIssues: DeliveryFormIssues = result.ok ? {} : result.issues;
  const visibleIssues: DeliveryFormIssues = {};
  for (const field of DELIVERY_FORM_FIELDS) {
    const issue = allIssues[field];
    // Over-long notes show at once: the counter already says so while typing.
    if (issue && (touched[field] || (field === 'personalNote' && issue === 'TOO_LONG'))) visibleIssues[field] = issue;
  }

  const schedule = useMemo(() => {
    const resolved = resolveDeliveryTime({ date: values.date, hour: values.hour, timeZone: values.timeZone });
    return resolved.ok ? resolved.value : null;
  }, [values.date, values.hour, values.timeZone]);

  const bind = <K extends DeliveryFormField>(name: K): FieldBinding<DeliveryFormValues[K]> => ({
    id: `gk-delivery-${uid}-${name}`,
    name,
    value: values[name],
    issue: visibleIssues[name] ?? null,
    onValueChange: (value) => setValue(name, value),
    onBlur: () => setTouched((t) => (t[name] ? t : { ...t, [name]: true })),
  });

  // A newly chosen day never proposes an hour that has started: today with the running (or
  // an earlier) hour moves on to the next whole hour, so the time shown is never past.
  const chooseDate = useCallback(
    (date: string) => {
      const current = latest.current;
      const slot = safeSlot(now, current.timeZone);
      const picked = resolveDeliveryTime({ date, hour: current.hour, timeZone: current.timeZone });
      const started = picked.ok && picked.value.deliveryDate <= now;
      update({ ...current, date, hour: slot && started && slot.date === date ? slot.hour : current.hour });
    },
    [now, update],
  );

  const zoneForBounds = schedule ? values.timeZone : viewerTimeZone();
  const fields = {
    recipientEmail: bind('recipientEmail'),
    recipientEmailConfirmation: bind('recipientEmailConfirmation'),
    recipientName: bind('recipientName'),
    date: {
      ...bind('date'),
      onValueChange: chooseDate,
      min: safeDay(() => nextDeliverySlot(now, zoneForBounds).date),
      max: safeDay(() => latestDeliveryDay(now, zoneForBounds)),
    },
    hour: bind('hour'),
    timeZone: bind('timeZone'),
    personalNote: bind('personalNote'),
  };

  const validate = useCallback(
    (opts: { focus?: boolean } = {}): DeliveryFormResult => {
      const checked = validateDeliveryForm(latest.current, now);
      setTouched(Object.fromEntries(DELIVERY_FORM_FIELDS.map((f) => [f, true])));
      if (checked.ok) return { ...checked, recipientTimeZone };
      const firstInvalid = DELIVERY_FORM_FIELDS.find((f) => checked.issues[f]) ?? 'recipientEmail';
      if (opts.focus !== false) controls.current[firstInvalid]?.focus();
      return { ok: false, issues: checked.issues, firstInvalid };
    },
    [now, recipientTimeZone],
  );

  const sendNow = useCallback(() => {
    // An unknown zone typed in: fall back to the viewer's.
    const slot = safeSlot(now, latest.current.timeZone) ?? nextDeliverySlot(now, viewerTimeZone());
    update({ ...latest.current, date: slot.date, hour: slot.hour, timeZone: slot.timeZone });
  }, [now, update]);

  const registerControl = useCallback(
    (field: DeliveryFormField) => (element: HTMLElement | null) => {
      controls.current[field] = element;
    },
    [],
  );

  return { values, visibleIssues, fields, schedule, recipientTimeZone, setRecipientTimeZone, sendNow, setValue, validate, registerControl, now, idPrefix: `gk-delivery-${uid}` };
}

function safeSlot(now: UnixSeconds, timeZone: string): LocalDeliveryTime | null {
  try {
    return nextDeliverySlot(now, timeZone);
  } catch {
    return null;
  }
}

function safeDay(read: () => string): string {
  try {
    return read();
  } catch {
    return '';
  }
}
