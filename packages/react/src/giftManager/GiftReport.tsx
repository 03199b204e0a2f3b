import { useEffect, useRef } from 'react';
import type { GiftReportQuery } from '@giftkit/core';
import { Alert } from '../primitives/Alert/Alert';
import { Button } from '../primitives/Button/Button';
import { useT } from '../i18n/useT';
import { Report } from './styles';
import { useGiftReport } from './useGiftReport';

/** “Prepare CSV report” → a real download link for the filtered set. */
export function GiftReport({ query }: { query: GiftReportQuery }) {
  const { t, format } = useT();
  const report = useGiftReport(query);
  const linkRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (report.status === 'ready') linkRef.current?.focus();
  }, [report.status]);
  const day = new Date().toISOString().slice(0, 10);
  return (
    <Report className="gk-giftManagerReport">
      {report.file ? (
        <>
          <a ref={linkRef} href={report.file.url} download={t('giftManager.report.fileName', { date: day })}>
            {t('giftManager.report.download')}
          </a>
          <span role="status">{t('giftManager.report.ready', { count: report.file.rows, total: format.number(report.file.rows) })}</span>
        </>
      ) : (
        <Button variant="secondary" loading={report.status === 'preparing'} onClick={report.prepare}>
          {t('giftManager.report.prepare')}
        </Button>
      )}
      {report.status === 'failed' && report.errorCode ? (
        <Alert variant="danger" onAction={report.prepare}>
          {t(`errors.${report.errorCode}`)}
        </Alert>
      ) : null}
    </Report>
  );
}
