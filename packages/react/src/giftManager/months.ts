const MONTH = /^(\d{4})-(\d{2})$/;

/** The first instant of a `YYYY-MM` (UTC) month, or `null` when it is not one. */
function monthStart(month: string): number | null {
  const match = MONTH.exec(month);
  if (!match) return null;
  const monthIndex = Number(match[2]) - 1;
  return monthIndex >= 0 && monthIndex < 12 ? Date.UTC(Number(match[1]), monthIndex, 1) : null;
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
