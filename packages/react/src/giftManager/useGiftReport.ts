import { useCallback, useEffect, useRef, useState } from 'react';
import type { GiftReportQuery, GiftsApiErrorCode } from '@giftkit/core';
import { useGiftReportMutation } from './api';
import { defuseCsvFormulas } from './csvGuard';

export interface GiftReportFile {
  /** An object URL of the CSV Blob, for `<a href download>`. */
  url: string;
  /** Data rows (the header line not counted). */
  rows: number;
}

export interface GiftReportState {
  status: 'idle' | 'preparing' | 'ready' | 'failed';
  file: GiftReportFile | null;
  errorCode: GiftsApiErrorCode | null;
  prepare: () => Promise<void>;
}

/** Lines of a CSV text, counting quoted line breaks as part of their cell. */
export function csvRecordCount(csv: string): number {
  let records = 0;
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const char = csv[i];
    if (char === '"') quoted = !quoted;
    else if (char === '\n' && !quoted) records += 1;
  }
  if (csv.length > 0 && !csv.endsWith('\n')) records += 1;
  return Math.max(0, records - 1);
}

/**
 * The CSV of the filtered set as a download: a Blob behind an object URL, revoked when the
 * filters change or the component goes away. A BOM makes spreadsheets read it as UTF-8.
 * Formula-like cells are defused here as well as on the platform (`defuseCsvFormulas`).
 */
export function useGiftReport(query: GiftReportQuery): GiftReportState {
  const [fetchReport] = useGiftReportMutation();
  const [state, setState] = useState<Omit<GiftReportState, 'prepare'>>({ status: 'idle', file: null, errorCode: null });
  const urlRef = useRef<string | null>(null);
  const revoke = useCallback(() => {
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    urlRef.current = null;
  }, []);
  const key = JSON.stringify(query);
  useEffect(() => {
    revoke();
    setState({ status: 'idle', file: null, errorCode: null });
  }, [key, revoke]);
  useEffect(() => revoke, [revoke]);

  const prepare = useCallback(async () => {
    setState({ status: 'preparing', file: null, errorCode: null });
    const result = await fetchReport(query);
    if ('error' in result) {
      const code = (result.error as { code?: GiftsApiErrorCode }).code ?? 'UNKNOWN';
      setState({ status: 'failed', file: null, errorCode: code });
      return;
    }
    revoke();
    // Our own guard too: a platform that does not neutralise formulas must not reach a spreadsheet.
    const csv = defuseCsvFormulas(result.data);
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    urlRef.current = url;
    setState({ status: 'ready', file: { url, rows: csvRecordCount(csv) }, errorCode: null });
    // `query` is compared by content through `key`.
  }, [fetchReport, key, revoke]);

  return { ...state, prepare };
}
