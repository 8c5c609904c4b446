import { useId, useMemo } from 'react';
import { inboxApi, projectsApi, subscriptionsApi } from '../../api/endpoints';
import { HeldBackList } from '../../components/HeldBackList';
import { LoadMore } from '../../components/LoadMore';
import { MatchFeedbackPanel } from '../../components/MatchFeedbackPanel';
import { MatchItem } from '../../components/MatchItem';
import { EmptyState, ErrorNote, Loading } from '../../components/StatusViews';
import { useAsync } from '../../hooks/use-async';
import { usePagedList } from '../../hooks/use-paged-list';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { Link } from '../../router/Link';
import { navigate, useLocation } from '../../router/router';

/** What the member's subscriptions caught, newest first, filterable by subscription. */
export function InboxPage() {
  useTitle(t.inbox.title);
  const filterId = useId();
  const { query } = useLocation();
  const subscriptionId = query.get('subscription') ?? '';
  // From the 不相关 page behind an email link: open that match's why and fixes.
  const feedbackId = query.get('feedback') ?? '';
  const subs = useAsync(() => subscriptionsApi.list(), []);
  const follows = useAsync(() => projectsApi.follows(), []);
  const followed = useMemo(() => (follows.state.data ? new Set(follows.state.data.map((f) => f.projectId)) : null), [follows.state.data]);
  const list = usePagedList(
    (cursor, signal) => inboxApi.matches({ subscriptionId: subscriptionId || undefined, cursor }, signal),
    subscriptionId,
  );

  return (
    <div>
      <div className="page-head">
        <h1>{t.inbox.title}</h1>
        <div className="inline-field">
          <label htmlFor={filterId}>{t.inbox.filter}</label>
          <select
            id={filterId}
            value={subscriptionId}
            onChange={(e) => navigate(e.target.value ? `/inbox?subscription=${e.target.value}` : '/inbox', { replace: true })}
          >
            <option value="">{t.inbox.allSubscriptions}</option>
            {subs.state.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <HeldBackList />
      {feedbackId && !list.items.some((m) => m.id === feedbackId) && !list.loading && (
        <div className="card">
          <MatchFeedbackPanel matchId={feedbackId} />
        </div>
      )}
      {list.items.length > 0 && (
        <ul className="cards match-list">
          {list.items.map((m) => (
            <MatchItem
              key={m.id}
              match={m}
              feedbackOpen={m.id === feedbackId}
              following={followed && m.bulletin.projectId ? followed.has(m.bulletin.projectId) : undefined}
              onFollowChange={() => follows.reload()}
            />
          ))}
        </ul>
      )}
      {list.error != null && <ErrorNote error={list.error} onRetry={list.retry} />}
      {list.loading && list.items.length === 0 && <Loading />}
      {!list.loading && !list.error && list.items.length === 0 && (
        <EmptyState
          title={t.inbox.empty}
          hint={subs.state.data?.length === 0 ? t.inbox.noSubscriptions : t.inbox.emptyHint}
          action={
            subs.state.data?.length === 0 ? (
              <Link to="/subscriptions/new" className="button primary">
                {t.subscriptions.new}
              </Link>
            ) : undefined
          }
        />
      )}
      {list.items.length > 0 && !list.error && <LoadMore onLoad={list.loadMore} loading={list.loading} done={list.done} />}
    </div>
  );
}
