import type { GiftStatus } from '@giftkit/core';
import { useT } from '../i18n/useT';
import { Badge } from './styles';

/** Icon shapes differ per status, so the badge never relies on colour alone. */
const ICON: Record<GiftStatus, string> = { standby: '◷', expired: '✕', activated: '✓', completed: '■' };

export function StatusBadge({ status }: { status: GiftStatus }) {
  const { t } = useT();
  return (
    <Badge className="gk-giftManagerStatusBadge" data-status={status}>
      <span aria-hidden="true">{ICON[status]}</span>
      {t(`giftManager.status.${status}`)}
    </Badge>
  );
}
