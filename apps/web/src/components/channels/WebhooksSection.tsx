import { useState } from 'react';
import { webhooksApi } from '../../api/endpoints';
import type { CreatedWebhook, SubscriptionListItem } from '../../api/types';
import { useAsync } from '../../hooks/use-async';
import { t } from '../../i18n/zh-CN';
import { SettingsSection } from '../settings/SettingsSection';
import { ErrorNote, Loading, Notice } from '../StatusViews';
import { CopyText } from './CopyText';
import { WebhookForm } from './WebhookForm';
import { WebhookItem } from './WebhookItem';

/** The member's webhooks and chat robots: add one (a webhook's secret shown once), then manage each. */
export function WebhooksSection({ subscriptions }: { subscriptions: SubscriptionListItem[] }) {
  const { state, reload, set } = useAsync(() => webhooksApi.list(), []);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const hooks = state.data ?? [];
  return (
    <SettingsSection title={t.channels.webhooks} id="webhooks">
      <p className="muted">{t.channels.webhooksHint}</p>
      {state.status === 'loading' && !state.data && <Loading />}
      {state.status === 'error' && <ErrorNote error={state.error} onRetry={reload} />}
      {state.data && hooks.length === 0 && <p className="muted">{t.channels.none}</p>}
      {hooks.length > 0 && (
        <ul className="webhooks">
          {hooks.map((h) => (
            <WebhookItem
              key={h.id}
              hook={h}
              onChanged={(w) => set(hooks.map((x) => (x.id === w.id ? w : x)))}
              onRemoved={() => set(hooks.filter((x) => x.id !== h.id))}
            />
          ))}
        </ul>
      )}
      {created?.secret && (
        <div className="secret-once">
          <Notice tone="warn">{t.channels.secretOnce}</Notice>
          <CopyText value={created.secret} label={t.channels.secretOnce} />
        </div>
      )}
      <WebhookForm
        subscriptions={subscriptions}
        onCreated={(w) => {
          setCreated(w);
          set([...hooks, w]);
        }}
      />
    </SettingsSection>
  );
}
