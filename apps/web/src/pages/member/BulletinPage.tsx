import { inboxApi, projectsApi, subscriptionsApi } from '../../api/endpoints';
import type { Bulletin, Follow, Subscription } from '../../api/types';
import { BulletinMeta } from '../../components/BulletinMeta';
import { FollowButton } from '../../components/FollowButton';
import { Highlighted } from '../../components/Highlighted';
import { ErrorNote, Loading } from '../../components/StatusViews';
import { useAsync } from '../../hooks/use-async';
import { useRegionNames } from '../../hooks/use-region-names';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { formatYuan } from '../../lib/budget';
import { awardFacts, deadlineFact } from '../../lib/bulletin-facts';
import { formatDateTime } from '../../lib/format';
import { safeHttpUrl } from '../../lib/safe-url';
import { whyMatched } from '../../lib/why-matched';
import { Link } from '../../router/Link';

/** One caught bulletin: its fields, its text with the hits marked, and why it matched. */
export function BulletinPage({ id }: { id: string }) {
  const { state, reload } = useAsync(() => Promise.all([inboxApi.bulletin(id), subscriptionsApi.list(), projectsApi.follows()]), [id]);
  useTitle(state.data?.[0].title ?? '');
  if (state.status === 'loading' && !state.data) return <Loading />;
  if (state.status === 'error') return <ErrorNote error={state.error} onRetry={reload} />;
  const [bulletin, subs, follows] = state.data!;
  return <BulletinView bulletin={bulletin} subs={subs} follows={follows} />;
}

function BulletinView({ bulletin: b, subs, follows }: { bulletin: Bulletin; subs: Subscription[]; follows: Follow[] }) {
  const hits = [...new Set(b.matches.flatMap((m) => m.hits))];
  const regionName = useRegionNames(subs.flatMap((s) => s.regions));
  const facts: Array<[string, string | null]> = [
    [t.bulletin.stage, b.stageLabel],
    [t.bulletin.projectCode, b.projectCode],
    [t.bulletin.buyer, b.buyer],
    [t.bulletin.agency, b.agency],
    ...awardFacts(b),
    [t.bulletin.budget, b.budgetYuan === null ? null : formatYuan(b.budgetYuan)],
    [t.bulletin.region, b.region?.fullName ?? b.regionText],
    [t.bulletin.publishedAt, formatDateTime(b.publishedAt)],
    [t.bulletin.deadline, deadlineFact(b.deadlineAt)?.text.replace(`${t.bulletin.deadlineShort} `, '') ?? null],
  ];
  return (
    <article className="bulletin">
      <p>
        <Link to="/inbox">← {t.bulletin.back}</Link>
      </p>
      <h1>
        <Highlighted text={b.title} terms={hits} />
      </h1>
      <BulletinMeta bulletin={b} />
      {b.projectId && (
        <p>
          <Link to={`/projects/${b.projectId}`}>{t.bulletin.projectLink}</Link> ·{' '}
          <FollowButton projectId={b.projectId} following={follows.some((f) => f.projectId === b.projectId)} />
        </p>
      )}
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
      {safeHttpUrl(b.url) && (
        <p>
          <a href={safeHttpUrl(b.url)!} target="_blank" rel="noopener noreferrer nofollow">
            {t.common.openSource} ↗
          </a>
        </p>
      )}
      <section className="why" aria-labelledby="why-title">
        <h2 id="why-title">{t.bulletin.why}</h2>
        {b.matches.map((m) => {
          const sub = subs.find((s) => s.id === m.subscription.id);
          return (
            <div key={m.subscription.id} className="why-item">
              <h3>
                {m.subscription.name}
                {!sub && <span className="muted">{t.bulletin.subscriptionGone}</span>}
              </h3>
              <ul>
                {whyMatched(b, m.hits, sub, regionName).map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>
      <section aria-labelledby="body-title">
        <h2 id="body-title">{t.bulletin.body}</h2>
        <div className="bulletin-body">
          <Highlighted text={b.body} terms={hits} />
        </div>
      </section>
    </article>
  );
}
