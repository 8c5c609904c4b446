import { t } from '../../i18n/zh-CN';

const TONE: Record<string, string> = {
  sent: 'tag-ok',
  active: 'tag-ok',
  failed: 'tag-danger',
  bounced: 'tag-danger',
  suspended: 'tag-danger',
  held: 'tag-warn',
  unknown: 'tag-warn',
};

/** A delivery or member status as a coloured tag. */
export function StatusTag({ status }: { status: string }) {
  const label = t.admin.deliveryStatus[status] ?? t.admin.statuses[status] ?? status;
  return (
    <span className={`tag ${TONE[status] ?? ''}`} data-status={status}>
      {label}
    </span>
  );
}
