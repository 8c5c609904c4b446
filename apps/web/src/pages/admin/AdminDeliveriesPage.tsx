import { useEffect, useState } from 'react';
import { adminApi } from '../../api/admin-endpoints';
import { DELIVERY_STATUSES, RETRYABLE } from '../../api/admin-types';
import { DeliveriesTable } from '../../components/admin/DeliveriesTable';
import { AdminTable } from '../../components/admin/AdminTable';
import { ErrorNote, Notice } from '../../components/StatusViews';
import { useAdminTable } from '../../hooks/use-admin-table';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { Link } from '../../router/Link';
import { navigate, useLocation } from '../../router/router';

const A = t.admin;

/** The delivery log by status and channel; retry one or every failed delivery of the filter. */
export function AdminDeliveriesPage() {
  useTitle(A.deliveries);
  const { query } = useLocation();
  const status = query.get('status') ?? '';
  const channel = query.get('channel') ?? '';
  const memberId = query.get('memberId') ?? '';
  const setFilter = (next: { status?: string; channel?: string }) => {
    const params = new URLSearchParams({ status, channel, memberId, ...next });
    for (const [k, v] of [...params]) if (!v) params.delete(k);
    navigate(`/admin/deliveries${params.size ? `?${params}` : ''}`, { replace: true });
  };
  const table = useAdminTable(
    (page) => adminApi.deliveries({ status: status || undefined, channel: channel || undefined, memberId: memberId || undefined, page }),
    `${status}|${channel}|${memberId}`,
  );
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const retryAll = async () => {
    setError(null);
    try {
      const r = await adminApi.retryDeliveries({
        status: status || 'failed',
        channel: channel || undefined,
        memberId: memberId || undefined,
      });
      setMessage(A.retriedMany(r.retried));
      table.reload();
    } catch (e) {
      setError(e);
    }
  };
  const data = table.state.data;
  // Retried rows are sent within seconds: keep the page fresh while any is still on its way.
  const inFlight = data?.items.some((d) => d.status === 'pending' || d.status === 'sending') ?? false;
  useEffect(() => {
    if (!inFlight) return;
    const timer = setTimeout(table.reload, 1500);
    return () => clearTimeout(timer);
  }, [inFlight, data, table.reload]);
  return (
    <div>
      <h1>{A.deliveries}</h1>
      {memberId && (
        <p className="muted">
          {A.onlyMember} <Link to={`/admin/members/${memberId}`}>{data?.items[0]?.memberEmail ?? memberId.slice(0, 8)}</Link> ·{' '}
          <button type="button" className="button-link" onClick={() => navigate('/admin/deliveries')}>
            {A.showAll}
          </button>
        </p>
      )}
      <div className="toolbar">
        <label>
          {A.filterStatus}
          <select value={status} onChange={(e) => setFilter({ status: e.target.value })}>
            <option value="">{t.common.all}</option>
            {DELIVERY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {A.deliveryStatus[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {A.channel}
          <select value={channel} onChange={(e) => setFilter({ channel: e.target.value })}>
            <option value="">{t.common.all}</option>
            {(['email', 'sms', 'wechat', 'webhook', 'robot', 'team'] as const).map((c) => (
              <option key={c} value={c}>
                {t.labels.channels[c]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={table.reload}>
          {A.refresh}
        </button>
        {(status === '' || RETRYABLE.includes(status as never)) && (
          <button type="button" onClick={() => void retryAll()}>
            {A.retryAll(A.deliveryStatus[status || 'failed'])}
          </button>
        )}
      </div>
      {message && <Notice>{message}</Notice>}
      {error != null && <ErrorNote error={error} />}
      <AdminTable
        table={table}
        render={(rows) => (
          <DeliveriesTable
            rows={rows}
            onRetried={(id) => {
              setMessage(A.retried);
              table.patch({ id, status: 'pending' });
            }}
          />
        )}
      />
    </div>
  );
}
