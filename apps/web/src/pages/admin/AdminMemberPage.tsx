import { useState } from 'react';
import { adminApi } from '../../api/admin-endpoints';
import type { AdminMemberDetail } from '../../api/admin-types';
import { DeliveriesTable } from '../../components/admin/DeliveriesTable';
import { StatusTag } from '../../components/admin/StatusTag';
import { ErrorNote, Loading, Notice } from '../../components/StatusViews';
import { useAsync } from '../../hooks/use-async';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { formatDateTime } from '../../lib/format';
import { Link } from '../../router/Link';

const A = t.admin;

/** One member: account state, plan, subscriptions and recent deliveries, with the admin actions. */
export function AdminMemberPage({ id }: { id: string }) {
  const { state, reload, set } = useAsync(() => adminApi.member(id), [id]);
  useTitle(state.data?.email ?? A.member);
  if (!state.data && state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNote error={state.error} onRetry={reload} />;
  return <MemberView member={state.data!} onChange={(m) => set({ ...state.data!, ...m })} reload={reload} />;
}

function MemberView({
  member: m,
  onChange,
  reload,
}: {
  member: AdminMemberDetail;
  onChange: (m: Partial<AdminMemberDetail>) => void;
  reload: () => void;
}) {
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const act = async (run: () => Promise<Partial<AdminMemberDetail> | void>, done = '') => {
    setError(null);
    setMessage('');
    try {
      const changed = await run();
      if (changed) onChange(changed);
      setMessage(done);
    } catch (e) {
      setError(e);
    }
  };
  const suspend = () => {
    if (window.confirm(A.confirmSuspend(m.email))) void act(() => adminApi.suspend(m.id), A.suspended);
  };
  return (
    <div>
      <p>
        <Link to="/admin/members">← {A.members}</Link>
      </p>
      <h1>
        {m.email} <StatusTag status={m.status} />
      </h1>
      <dl className="facts">
        <div>
          <dt>{A.name}</dt>
          <dd>{m.displayName ?? '—'}</dd>
        </div>
        <div>
          <dt>{A.company}</dt>
          <dd>{m.company ?? '—'}</dd>
        </div>
        <div>
          <dt>{t.settings.phone}</dt>
          <dd>{m.phone ? `${m.phone}（${m.phoneVerifiedAt ? t.settings.phoneVerified : t.settings.phoneUnverified}）` : '—'}</dd>
        </div>
        <div>
          <dt>{A.emailState}</dt>
          <dd>{A.emailStateText(Boolean(m.emailVerifiedAt), m.emailEnabled, m.emailBouncedAt !== null)}</dd>
        </div>
        <div>
          <dt>{A.createdAt}</dt>
          <dd>{formatDateTime(m.createdAt)}</dd>
        </div>
      </dl>
      <div className="actions">
        {m.status === 'active' ? (
          <button type="button" className="danger" onClick={suspend}>
            {A.suspend}
          </button>
        ) : (
          <button type="button" onClick={() => void act(() => adminApi.reactivate(m.id), A.reactivated)}>
            {A.unsuspend}
          </button>
        )}
        <label className="inline-field">
          {A.plan}
          <select value={m.plan} onChange={(e) => void act(() => adminApi.setPlan(m.id, e.target.value), t.common.saved)}>
            <option value="free">{t.settings.plans.free}</option>
            <option value="pro">{t.settings.plans.pro}</option>
          </select>
        </label>
        <button type="button" onClick={() => void act(() => adminApi.sendPasswordReset(m.id).then(() => undefined), A.resetSent)}>
          {A.sendReset}
        </button>
      </div>
      {error != null && <ErrorNote error={error} />}
      {message && <Notice>{message}</Notice>}

      <h2 className="section-title">{A.subscriptions}</h2>
      {m.subscriptions.length === 0 ? (
        <p className="muted">{t.subscriptions.empty}</p>
      ) : (
        <ul>
          {m.subscriptions.map((s) => (
            <li key={s.id}>
              {s.name} · {t.labels.frequencies[s.frequency]} · {s.keywords.join('、') || t.subscriptions.summary.anyKeyword}{' '}
              {s.paused && <span className="tag tag-warn">{t.subscriptions.paused}</span>}{' '}
              <Link to={`/admin/why?subscriptionId=${s.id}`}>{A.whyMatched}</Link>
            </li>
          ))}
        </ul>
      )}
      <h2 className="section-title">{A.recentDeliveries}</h2>
      <p>
        <Link to={`/admin/deliveries?memberId=${m.id}`}>{A.allDeliveries} →</Link>
      </p>
      {m.recentDeliveries.length === 0 ? (
        <p className="muted">{A.noResults}</p>
      ) : (
        <DeliveriesTable rows={m.recentDeliveries} onRetried={reload} />
      )}
    </div>
  );
}
