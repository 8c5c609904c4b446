import { useState } from 'react';
import { meApi, subscriptionsApi } from '../../api/endpoints';
import type { Subscription, SubscriptionListItem } from '../../api/types';
import { SubscriptionCard } from '../../components/SubscriptionCard';
import { EmptyState, ErrorNote, Loading } from '../../components/StatusViews';
import { useAsync } from '../../hooks/use-async';
import { useRegionNames } from '../../hooks/use-region-names';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { Link } from '../../router/Link';

export function SubscriptionsPage() {
  useTitle(t.subscriptions.title);
  const { state, reload, set } = useAsync(() => Promise.all([subscriptionsApi.list(), meApi.get()]), []);
  const subs = state.data?.[0] ?? [];
  const regionName = useRegionNames(subs.flatMap((s) => s.regions));
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const act = async (sub: SubscriptionListItem, action: () => Promise<Subscription | void>) => {
    setBusy(sub.id);
    setFailure(null);
    try {
      const updated = await action();
      // Pause/resume answers with the subscription alone: keep the row's match count.
      if (state.data)
        set([updated ? subs.map((s) => (s.id === sub.id ? { ...s, ...updated } : s)) : subs.filter((s) => s.id !== sub.id), state.data[1]]);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(null);
    }
  };
  const pauseToggle = (sub: SubscriptionListItem) =>
    void act(sub, () => (sub.paused ? subscriptionsApi.resume(sub.id) : subscriptionsApi.pause(sub.id)));
  const remove = (sub: SubscriptionListItem) => {
    if (window.confirm(t.subscriptions.confirmDelete(sub.name))) void act(sub, () => subscriptionsApi.remove(sub.id));
  };

  const profile = state.data?.[1];
  const full = profile ? subs.length >= profile.limits.subscriptions : false;
  return (
    <div>
      <div className="page-head">
        <h1>{t.subscriptions.title}</h1>
        {full ? (
          <span className="muted">{t.errors.planSubscriptionLimit}</span>
        ) : (
          <Link to="/subscriptions/new" className="button primary">
            {t.subscriptions.new}
          </Link>
        )}
      </div>
      {profile && <p className="muted">{t.subscriptions.usage(subs.length, profile.limits.subscriptions)}</p>}
      {failure != null && <ErrorNote error={failure} />}
      {state.status === 'loading' && !state.data && <Loading />}
      {state.status === 'error' && <ErrorNote error={state.error} onRetry={reload} />}
      {state.status === 'ready' && subs.length === 0 && (
        <EmptyState
          title={t.subscriptions.empty}
          hint={t.subscriptions.emptyHint}
          action={
            <Link to="/subscriptions/new" className="button primary">
              {t.subscriptions.new}
            </Link>
          }
        />
      )}
      {subs.length > 0 && (
        <ul className="cards">
          {subs.map((s) => (
            <SubscriptionCard
              key={s.id}
              sub={s}
              regionName={regionName}
              busy={busy === s.id}
              onPauseToggle={pauseToggle}
              onDelete={remove}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
