import { projectsApi } from '../../api/endpoints';
import type { Follow } from '../../api/types';
import { EmptyState, ErrorNote, Loading } from '../../components/StatusViews';
import { FollowButton } from '../../components/FollowButton';
import { useAsync } from '../../hooks/use-async';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { deadlineFact } from '../../lib/bulletin-facts';
import { formatDateTime } from '../../lib/format';
import { Link } from '../../router/Link';

/** 我关注的项目: every followed project, where it stands, and unfollow. */
export function FollowsPage() {
  useTitle(t.follows.title);
  const { state, reload, set } = useAsync(() => projectsApi.follows(), []);
  if (state.status === 'loading' && !state.data) return <Loading />;
  if (state.status === 'error') return <ErrorNote error={state.error} onRetry={reload} />;
  const follows = state.data!;
  // An unfollowed project leaves the list at once; the server already agreed.
  const drop = (f: Follow) => set(follows.filter((x) => x.projectId !== f.projectId));
  return (
    <div>
      <div className="page-head">
        <h1>{t.follows.title}</h1>
      </div>
      {follows.length === 0 ? (
        <EmptyState title={t.follows.empty} hint={t.follows.emptyHint} />
      ) : (
        <ul className="cards follow-list">
          {follows.map((f) => (
            <li key={f.projectId} className="card follow-item" data-project={f.projectId}>
              <h2 className="item-title">
                <Link to={`/projects/${f.projectId}`}>{f.name}</Link>
              </h2>
              <p className="meta">
                {t.follows.stage}：{f.stageLabel ?? t.labels.categories[f.category]}
                {f.deadlineAt &&
                  ` · ${t.follows.deadline}：${deadlineFact(f.deadlineAt)?.text.replace(`${t.bulletin.deadlineShort} `, '') ?? ''}`}
              </p>
              <p className="meta">
                {t.follows.reminders(f.reminderOffsetsHours)} · {t.follows.followedAt} {formatDateTime(f.followedAt)} ·{' '}
                <FollowButton projectId={f.projectId} following onChange={(on) => !on && drop(f)} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
