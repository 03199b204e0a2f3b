/**
 * Defence in depth for the gift report: whatever the platform sent, no cell reaches the
 * operator's spreadsheet as a formula. The simulated platform already neutralises its cells;
 * a platform of the host's own may not.
 */

/** `=`, `+`, `-`, `@` and their full-width forms, which spreadsheets also evaluate. */
const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;
/** Tab and carriage return start a formula in some spreadsheets on their own. */
const CONTROL_START = /^[\t\r]/;
/** A plain number (`-12.5`, `+3`, `1e6`) stays a number: it is data, not a formula. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Whether a spreadsheet could run this cell as a formula (OWASP's CSV injection rules). */
export function isFormulaLike(cell: string): boolean {
  if (NUMBER.test(cell)) return false;
  return CONTROL_START.test(cell) || FORMULA_START.test(cell);
}

/** One cell made safe: a leading `'` makes spreadsheets show the rest as text. */
export function defuseCell(cell: string): string {
  return isFormulaLike(cell) ? `'${cell}` : cell;
}

/** RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
export function quoteCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Reads a CSV text (RFC 4180; LF record ends accepted too, a stray quote tolerated) and writes
 * it back with every formula-like cell defused, CRLF record ends and RFC 4180 quoting. Cells
 * that were safe keep their value exactly; the number of records and cells never changes.
 * @example defuseCsvFormulas('note\r\n=1+1\r\n') // 'note\r\n\'=1+1\r\n'
 */
export function defuseCsvFormulas(csv: string): string {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  let recordOpen = false;
  const endCell = () => {
    out.push(quoteCell(defuseCell(cell)));
    cell = '';
    atCellStart = true;
  };
  for (let i = 0; i < csv.length; i += 1) {
    const char = csv[i] as string;
    recordOpen = true;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (csv[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
      continue;
    }
    if (char === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (char === ',') {
      endCell();
      out.push(',');
    } else if (char === '\n' || (char === '\r' && csv[i + 1] === '\n')) {
      if (char === '\r') i += 1;
      endCell();
      out.push('\r\n');
      recordOpen = false;
    } else {
      cell += char;
      atCellStart = false;
    }
  }
  if (recordOpen) endCell(); // a last record without its line end (or an unclosed quote)
  return out.join('');
}
