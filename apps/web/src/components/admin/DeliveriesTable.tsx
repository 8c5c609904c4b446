import { useState } from 'react';
import { adminApi } from '../../api/admin-endpoints';
import { RETRYABLE, type RecentDelivery } from '../../api/admin-types';
import { t } from '../../i18n/zh-CN';
import { formatDateTime } from '../../lib/format';
import { Link } from '../../router/Link';
import { ErrorNote } from '../StatusViews';
import { StatusTag } from './StatusTag';

type Row = RecentDelivery & { memberId?: string; memberEmail?: string };
const A = t.admin;

/** Deliveries with their status, error and a retry button for failed, bounced or unknown ones. */
export function DeliveriesTable({ rows, onRetried }: { rows: Row[]; onRetried: (id: string) => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const retry = async (id: string) => {
    setBusy(id);
    setError(null);
    try {
      await adminApi.retryDelivery(id);
      onRetried(id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      {error != null && <ErrorNote error={error} />}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{A.status}</th>
              {rows.some((r) => r.memberEmail) && <th>{A.member}</th>}
              <th>{A.channel}</th>
              <th>{A.subject}</th>
              <th className="num">{A.attempts}</th>
              <th>{A.error}</th>
              <th>{A.queuedAt}</th>
              <th>{A.sentAt}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id} data-delivery={d.id}>
                <td>
                  <StatusTag status={d.status} />
                </td>
                {rows.some((r) => r.memberEmail) && (
                  <td>{d.memberId ? <Link to={`/admin/members/${d.memberId}`}>{d.memberEmail}</Link> : d.memberEmail}</td>
                )}
                <td>
                  {t.labels.channels[d.channel]} · {t.labels.frequencies[d.kind]}
                </td>
                <td>{d.subject ?? '—'}</td>
                <td className="num">{d.attempts}</td>
                <td className="muted">{d.error ?? ''}</td>
                <td>{formatDateTime(d.createdAt)}</td>
                <td>{formatDateTime(d.sentAt)}</td>
                <td>
                  {RETRYABLE.includes(d.status) && (
                    <button type="button" disabled={busy === d.id} onClick={() => void retry(d.id)}>
                      {A.retry}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
