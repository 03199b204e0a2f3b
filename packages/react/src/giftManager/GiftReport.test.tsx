import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scenarios, seed } from '@giftkit/mocks';
import { renderWithScenario } from '../../test/renderWithScenario';
import { GiftManager } from './GiftManager';
import { parseCsv } from './test/parseCsv';

const HOSTILE = [
  'Hi, "friend"\r\nsee you, soon',
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(1,2)',
  '-2+3',
  '@cmd',
  'line\nbreak and a lone \r return',
];

afterEach(() => vi.restoreAllMocks());

describe('the gift report', () => {
  it('downloads the filtered set as CSV a spreadsheet reads back exactly, formulas defused', async () => {
    const user = userEvent.setup({ delay: null });
    const s = scenarios.operator();
    const now = s.platform.now();
    for (const [n, note] of HOSTILE.entries()) {
      s.platform.dev.insertGift({
        offerId: seed.offers.footballAnnual,
        gifterId: seed.customers.gifter.id,
        recipientEmail: `hostile${n}@example.com`,
        recipientName: n === 0 ? 'Smith, "Jo"' : `=cmd|' /C calc'!A${n}`,
        personalNote: note,
        deliveryDate: now + 86_400,
      });
    }
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:gift-report';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    renderWithScenario(<GiftManager syncUrl={false} />, 'operator', { scenario: s });
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox', { name: 'Search gifts' }), 'hostile{Enter}');
    await waitFor(() => expect(screen.getByText('6 gifts')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Prepare CSV report' }));
    const link = await screen.findByRole('link', { name: 'Download gift report (CSV)' });
    expect(link).toHaveAttribute('href', 'blob:gift-report');
    expect(link.getAttribute('download')).toMatch(/^gift-report-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(link).toHaveFocus();
    expect(screen.getByText('The report of 6 gifts is ready.')).toBeInTheDocument();

    expect(blob).not.toBeNull();
    const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
      reader.readAsArrayBuffer(blob as unknown as Blob);
    });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toContain('personal_note');
    expect(rows).toHaveLength(6);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    const byEmail = new Map(rows.map((row) => [row[column('recipient_email')], row]));
    for (const [n, note] of HOSTILE.entries()) {
      const row = byEmail.get(`hostile${n}@example.com`);
      expect(row).toHaveLength(header?.length ?? 0);
      const cell = row?.[column('personal_note')] ?? '';
      // What a spreadsheet shows: the note as typed; a would-be formula starts with a quote.
      expect(cell).toBe(/^[=+\-@]/.test(note) ? `'${note}` : note);
      expect(cell).not.toMatch(/^[=+\-@]/);
      expect(row?.[column('recipient_name')]).toBe(n === 0 ? 'Smith, "Jo"' : `'=cmd|' /C calc'!A${n}`);
    }
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('defuses formulas itself when the platform does not (a backend of the host’s own)', async () => {
    const user = userEvent.setup({ delay: null });
    const raw = [
      'status,recipient_email,price,personal_note\r\n',
      'standby,a@example.com,-9.99,"=HYPERLINK(""http://evil.example"",""click"")"\r\n',
      'standby,b@example.com,19.99," @SUM(A1:A9)"\r\n',
      'standby,c@example.com,+5,"\tcmd, with a comma"\r\n',
      'standby,d@example.com,0,"Hi, ""friend""\r\n-- see you"\r\n',
    ].join('');
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:gift-report';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { api } = renderWithScenario(<GiftManager syncUrl={false} />, 'operator');
    vi.spyOn(api, 'giftReport').mockResolvedValue(raw);
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Prepare CSV report' }));
    await screen.findByRole('link', { name: 'Download gift report (CSV)' });
    expect(screen.getByText('The report of 4 gifts is ready.')).toBeInTheDocument();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readBlob(blob));
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(['status', 'recipient_email', 'price', 'personal_note']);
    expect(rows.map((row) => [row[2], row[3]])).toEqual([
      ['-9.99', `'=HYPERLINK("http://evil.example","click")`],
      ['19.99', "' @SUM(A1:A9)"],
      ['+5', "'\tcmd, with a comma"],
      ['0', 'Hi, "friend"\r\n-- see you'],
    ]);
  });
});

function readBlob(blob: Blob | null): Promise<ArrayBuffer> {
  if (!blob) throw new Error('no report was created');
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(blob);
  });
}
