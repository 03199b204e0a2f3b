// Test-only: reads a CSV the way a strict spreadsheet importer would.

/** A strict RFC 4180 reader: quoted cells, doubled quotes, CRLF records, line breaks inside quotes. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        i += 1;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`Text after a closing quote at ${i}`);
        continue;
      }
      cell += char;
      i += 1;
      continue;
    }
    if (char === '"') {
      if (cell !== '') throw new Error(`A quote inside an unquoted cell at ${i}`);
      quoted = true;
    } else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i += 1;
    } else if (char === '\n' || char === '\r') {
      throw new Error(`A bare line break outside quotes at ${i}`);
    } else cell += char;
    i += 1;
  }
  if (quoted) throw new Error('Unclosed quote');
  if (cell !== '' || record.length > 0) throw new Error('The last record lacks its CRLF');
  return records;
}
