import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defuseCsvFormulas, isFormulaLike, quoteCell } from './csvGuard';
import { parseCsv } from './test/parseCsv';

/** What a platform that never neutralises would send: RFC 4180 quoting, hostile text as is. */
const rawCsv = (records: readonly (readonly string[])[]) => records.map((record) => `${record.map(quoteCell).join(',')}\r\n`).join('');

const HOSTILE_CELLS = [
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(1,2)',
  '-2+3',
  '@cmd',
  '  =1+1',
  ' \t@SUM(A1)',
  '\tstarts with a tab',
  '\rstarts with a return',
  '＝1+1',
  '＠cmd',
  "=cmd|' /C calc'!A0",
];
/** Hostile to quoting, not formulas: kept exactly. */
const SAFE_CELLS = ['Hi, "friend"\r\nsee you, soon', 'line\nbreak', 'a lone \r return', '-12.5', '+3', '42', '1e6', '.5', '', 'plain text', "'=already defused", 'a-b', 'mail@example.com', ' leading space'];

describe('the client-side CSV guard', () => {
  it('defuses each formula-like cell, leaves numbers and text alone, and keeps RFC 4180 quoting', () => {
    const cells = [...HOSTILE_CELLS, ...SAFE_CELLS];
    const records = [['id', 'value', 'note'], ...cells.map((cell, i) => [String(i), cell, `note ${i}, "quoted"`])];
    const out = defuseCsvFormulas(rawCsv(records));
    const parsed = parseCsv(out); // throws on any quoting mistake
    expect(parsed).toHaveLength(records.length);
    for (const [i, record] of parsed.entries()) {
      expect(record).toHaveLength(3);
      const original = records[i]?.[1] ?? '';
      expect(record[1]).toBe(HOSTILE_CELLS.includes(original) ? `'${original}` : original);
      expect(record[2]).toBe(records[i]?.[2]);
    }
    for (const record of parsed) for (const cell of record) expect(isFormulaLike(cell)).toBe(false);
  });

  it('accepts LF line ends and a missing last line end, and never adds or drops a record', () => {
    expect(defuseCsvFormulas('a,b\n=1,2\n')).toBe("a,b\r\n'=1,2\r\n");
    expect(defuseCsvFormulas('a,b\r\n@x,-3')).toBe("a,b\r\n'@x,-3");
    expect(defuseCsvFormulas('')).toBe('');
    expect(defuseCsvFormulas('"=a ""b""",c\r\n')).toBe('"\'=a ""b""",c\r\n');
  });

  it('is idempotent: a report the platform already neutralised comes out unchanged', () => {
    const once = defuseCsvFormulas(rawCsv([['note'], ...HOSTILE_CELLS.map((cell) => [cell])]));
    expect(defuseCsvFormulas(once)).toBe(once);
  });

  it('round-trips any table (300 runs): same shape, safe cells kept, nothing left formula-like', () => {
    const cell = fc.oneof(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', ' ', '\t', '\r', '\n', ',', '"', 'a', '1', '.', '＝') }), fc.string());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (records) => {
        const parsed = parseCsv(defuseCsvFormulas(rawCsv(records)));
        expect(parsed).toHaveLength(records.length);
        parsed.forEach((record, r) =>
          record.forEach((value, c) => {
            const original = records[r]?.[c] ?? '';
            expect(value).toBe(isFormulaLike(original) ? `'${original}` : original);
            expect(isFormulaLike(value)).toBe(false);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
