import { useState } from 'react';
import { adminApi } from '../../api/admin-endpoints';
import { ErrorNote, Loading, Notice } from '../../components/StatusViews';
import { useAsync } from '../../hooks/use-async';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { formatYuan } from '../../lib/budget';
import { formatDateTime } from '../../lib/format';
import { safeHttpUrl } from '../../lib/safe-url';
import { Link } from '../../router/Link';

const A = t.admin;

/** One bulletin as stored: fields, text, match and notification counts; withdraw it. */
export function AdminBulletinPage({ id }: { id: string }) {
  const { state, reload } = useAsync(() => adminApi.bulletin(id), [id]);
  useTitle(state.data?.title ?? A.bulletins);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  if (!state.data && state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNote error={state.error} onRetry={reload} />;
  const b = state.data!;
  const withdraw = async () => {
    if (!window.confirm(A.confirmWithdraw)) return;
    try {
      const r = await adminApi.withdraw(b.id);
      setMessage(A.withdrawn(r.suppressedNotifications));
      reload();
    } catch (e) {
      setError(e);
    }
  };
  const url = safeHttpUrl(b.url);
  const facts: Array<[string, string]> = [
    [A.source, `${b.sourceName} · ${b.sourceRef}`],
    [t.bulletin.category, t.labels.categories[b.category] ?? b.category],
    [t.bulletin.stage, b.stageLabel ?? '—'],
    [t.bulletin.region, `${b.region?.fullName ?? '—'}（${b.regionText ?? ''}）`],
    [t.bulletin.budget, formatYuan(b.budgetYuan) || '—'],
    [t.bulletin.buyer, b.buyer ?? '—'],
    [t.bulletin.agency, b.agency ?? '—'],
    [t.bulletin.winners, b.winners.join('、') || '—'],
    [t.bulletin.award, formatYuan(b.awardYuan) || '—'],
    [t.bulletin.deadline, formatDateTime(b.deadlineAt) || '—'],
    [t.bulletin.projectCode, b.projectCode ?? '—'],
    [t.bulletin.publishedAt, formatDateTime(b.publishedAt) || '—'],
    [A.ingestedAt, formatDateTime(b.ingestedAt)],
    [A.matchCounts, A.matchCountsText(b.matchCount, b.notificationCount)],
  ];
  return (
    <article className="bulletin">
      <p>
        <Link to="/admin/bulletins">← {A.bulletins}</Link>
      </p>
      <h1>
        {b.title} {b.withdrawnAt && <span className="tag tag-warn">{t.common.withdrawn}</span>}
      </h1>
      <dl className="facts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        {url && (
          <a href={url} target="_blank" rel="noopener noreferrer nofollow" className="button">
            {t.common.openSource} ↗
          </a>
        )}
        <Link to={`/admin/why?bulletinId=${b.id}`} className="button">
          {A.whyMatched}
        </Link>
        {!b.withdrawnAt && (
          <button type="button" className="danger" onClick={() => void withdraw()}>
            {A.withdraw}
          </button>
        )}
      </div>
      {message && <Notice>{message}</Notice>}
      {error != null && <ErrorNote error={error} />}
      <h2>{t.bulletin.body}</h2>
      <div className="bulletin-body">{b.body}</div>
    </article>
  );
}
