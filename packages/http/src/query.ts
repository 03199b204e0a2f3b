/** Paths and query strings as WIRE.md spells them. */

type QueryValue = string | number | boolean | ReadonlyArray<string | number> | null | undefined;

/** One path segment (a code, an id), encoded so `/`, `?` or `#` in it cannot change the route. */
export function segment(value: string | number): string {
  return encodeURIComponent(String(value));
}

/**
 * `?a=1&status=standby,expired`: arrays as comma-separated values, `undefined`, `null` and
 * empty arrays left out, keys in the order given. Empty string when nothing is left.
 */
export function queryString(params: Record<string, QueryValue>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      const list = value as ReadonlyArray<string | number>;
      if (list.length === 0) continue;
      parts.push(`${encodeURIComponent(key)}=${list.map((item) => encodeURIComponent(String(item))).join(',')}`);
    } else {
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
    }
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
