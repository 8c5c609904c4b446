import { useState } from 'react';
import { useAction } from '../../hooks/use-action';
import { feedsApi } from '../../api/endpoints';
import type { SubscriptionListItem } from '../../api/types';
import { t } from '../../i18n/zh-CN';
import { SettingsSection } from '../settings/SettingsSection';
import { ErrorNote, Notice } from '../StatusViews';
import { CopyText } from './CopyText';

function FeedRow({ subscription }: { subscription: SubscriptionListItem }) {
  const [url, setUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const { busy, error, act } = useAction();
  return (
    <li className="feed-row" data-subscription={subscription.id}>
      <strong>{subscription.name}</strong>
      <div className="inline-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              setUrl((await feedsApi.issue(subscription.id)).url);
              setRevoked(false);
            })
          }
        >
          {url ? t.channels.feedReissue : t.channels.feedIssue}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              await feedsApi.revoke(subscription.id);
              setUrl(null);
              setRevoked(true);
            })
          }
        >
          {t.channels.feedRevoke}
        </button>
      </div>
      {url && <CopyText value={url} label={`${subscription.name} ${t.channels.feeds}`} />}
      {revoked && <Notice>{t.channels.feedRevoked}</Notice>}
      {error != null && <ErrorNote error={error} />}
    </li>
  );
}

/** One private Atom feed URL per subscription: make (shown once, copy), make again (the old one stops), revoke. */
export function FeedsSection({ subscriptions }: { subscriptions: SubscriptionListItem[] }) {
  return (
    <SettingsSection title={t.channels.feeds} id="feeds">
      <p className="muted">{t.channels.feedsHint}</p>
      {subscriptions.length === 0 && <p className="muted">{t.channels.feedsNone}</p>}
      <ul className="feeds">
        {subscriptions.map((s) => (
          <FeedRow key={s.id} subscription={s} />
        ))}
      </ul>
    </SettingsSection>
  );
}
