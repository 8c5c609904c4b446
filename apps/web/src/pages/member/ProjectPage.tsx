import { projectsApi } from '../../api/endpoints';
import type { Follow, Project } from '../../api/types';
import { ErrorNote, Loading } from '../../components/StatusViews';
import { useAsync } from '../../hooks/use-async';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { formatYuan } from '../../lib/budget';
import { deadlineFact } from '../../lib/bulletin-facts';
import { formatDateTime } from '../../lib/format';
import { safeHttpUrl } from '../../lib/safe-url';
import { Link } from '../../router/Link';
import { useAction } from '../../hooks/use-action';

/** A project: where it stands, and every notice of it in order; follow or unfollow it. */
export function ProjectPage({ id }: { id: string }) {
  const { state, reload } = useAsync(() => Promise.all([projectsApi.get(id), projectsApi.follows()]), [id]);
  useTitle(state.data?.[0].name ?? '');
  if (state.status === 'loading' && !state.data) return <Loading />;
  if (state.status === 'error') return <ErrorNote error={state.error} onRetry={reload} />;
  const [project, follows] = state.data!;
  return <ProjectView project={project} follows={follows} onChange={reload} />;
}

function ProjectView({ project: p, follows, onChange }: { project: Project; follows: Follow[]; onChange: () => void }) {
  const following = follows.some((f) => f.projectId === p.id);
  const { busy, error, act } = useAction();
  const toggle = () =>
    act(async () => {
      await (following ? projectsApi.unfollow(p.id) : projectsApi.follow(p.id));
      onChange();
    });
  const facts: Array<[string, string | null]> = [
    ['当前阶段', p.stageLabel ?? t.labels.categories[p.category]],
    ['项目编号', p.projectCode],
    ['采购人', p.buyer],
    ['预算', p.budgetYuan === null ? null : formatYuan(p.budgetYuan)],
    ['投标截止', deadlineFact(p.deadlineAt)?.text ?? null],
    ['中标单位', p.winners.length ? p.winners.join('、') : null],
    ['中标金额', p.awardYuan === null ? null : formatYuan(p.awardYuan)],
  ];
  return (
    <article className="project">
      <p>
        <Link to="/inbox">← 返回收件箱</Link>
      </p>
      <h1>{p.name}</h1>
      <p>
        <button type="button" onClick={() => void toggle()} disabled={busy} aria-pressed={following}>
          {following ? '取消关注' : '关注此项目'}
        </button>{' '}
        {following && <span className="muted">后续公告会立即通知您，并在截止前提醒</span>}
      </p>
      {error !== null && <ErrorNote error={error} />}
      <dl className="facts">
        {facts
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">项目进展（{p.timeline.length} 条公告）</h2>
        <ol className="timeline">
          {p.timeline.map((n) => (
            <li key={n.bulletinId}>
              <span className="muted">{formatDateTime(n.publishedAt)}</span>{' '}
              <strong>{n.stageLabel ?? t.labels.categories[n.category]}</strong> {n.title} <span className="muted">来源：{n.source}</span>{' '}
              {safeHttpUrl(n.url) && (
                <a href={safeHttpUrl(n.url)!} target="_blank" rel="noopener noreferrer nofollow">
                  原文 ↗
                </a>
              )}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
