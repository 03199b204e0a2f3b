const MONTH = /^(\d{4})-(\d{2})$/;

/** A `YYYY-MM` month as a count of months since year 0 (`year * 12 + month - 1`), or `null` when it is not one. */
function monthNumber(month: string): number | null {
  const match = MONTH.exec(month);
  if (!match) return null;
  const monthIndex = Number(match[2]) - 1;
  return monthIndex >= 0 && monthIndex < 12 ? Number(match[1]) * 12 + monthIndex : null;
}

/** The first instant of a `YYYY-MM` (UTC) month, or `null` when it is not one. */
function monthStart(month: string): number | null {
  const number = monthNumber(month);
  return number === null ? null : Date.UTC(Math.floor(number / 12), number % 12, 1);
}

/**
 * A platform month (`YYYY-MM`, UTC) in the viewer's language, e.g. "March 2026",
 * "mars 2026", "marzec 2026". Anything else is shown as it came, never a crash.
 */
export function formatMonth(month: string, locale: string): string {
  const start = monthStart(month);
  if (start === null) return month;
  try {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(start);
  } catch {
    return month;
  }
}

/** Axis lines for a month: its short name and its year (`["Mar", "2026"]`, `["mars", "2026"]`). */
export function monthAxisLines(month: string, locale: string): string[] {
  const start = monthStart(month);
  if (start === null) return [month];
  try {
    const name = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(start);
    return [name, new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(start)];
  } catch {
    return [month];
  }
}

/** Longest span (in months) whose gaps get filled; beyond it the chart keeps only real months. */
const MAX_FILLED_SPAN = 60;

const monthKey = (index: number) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * The platform lists only months that had gifts; a chart over time needs the quiet ones too,
 * or January and June sit side by side. Fills each missing month between the first and the
 * last with `empty(month)`, in order. Rows whose month is not a `YYYY-MM` stay, after the
 * rest; a span over five years is returned as it came.
 */
export function withQuietMonths<Row extends { month: string }>(rows: readonly Row[], empty: (month: string) => Row): Row[] {
  const known = new Map<number, Row>();
  const other: Row[] = [];
  for (const row of rows) {
    const index = monthNumber(row.month);
    if (index === null || known.has(index)) other.push(row);
    else known.set(index, row);
  }
  if (known.size === 0) return [...rows];
  const indexes = [...known.keys()];
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  if (last - first >= MAX_FILLED_SPAN) return [...rows];
  const filled: Row[] = [];
  for (let index = first; index <= last; index += 1) filled.push(known.get(index) ?? empty(monthKey(index)));
  return [...filled, ...other];
}
