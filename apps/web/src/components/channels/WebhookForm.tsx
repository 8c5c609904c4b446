import { useState } from 'react';
import { webhooksApi } from '../../api/endpoints';
import type { CreatedWebhook, SubscriptionListItem, WebhookKind } from '../../api/types';
import { useSubmit } from '../../hooks/use-submit';
import { t } from '../../i18n/zh-CN';
import { Field } from '../Field';
import { ErrorNote } from '../StatusViews';

const KINDS: WebhookKind[] = ['webhook', 'wecom', 'dingtalk', 'feishu'];

/** Register an endpoint: kind, URL, which matches, and the robot's own signing secret where it has one. */
export function WebhookForm({
  subscriptions,
  onCreated,
}: {
  subscriptions: SubscriptionListItem[];
  onCreated: (w: CreatedWebhook) => void;
}) {
  const [kind, setKind] = useState<WebhookKind>('webhook');
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [subscriptionId, setSubscriptionId] = useState('');
  const [robotSecret, setRobotSecret] = useState('');
  const create = useSubmit(async () => {
    const created = await webhooksApi.create({
      kind,
      url: url.trim(),
      description: description.trim() || undefined,
      subscriptionId: subscriptionId || null,
      robotSecret: (kind === 'dingtalk' || kind === 'feishu') && robotSecret.trim() ? robotSecret.trim() : undefined,
    });
    setUrl('');
    setDescription('');
    setRobotSecret('');
    onCreated(created);
  });
  return (
    <form className="webhook-form" onSubmit={create.onSubmit}>
      <Field label={t.channels.kind}>
        <select value={kind} onChange={(e) => setKind(e.target.value as WebhookKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t.channels.kinds[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t.channels.url} help={t.channels.urlHelp}>
        <input type="url" required value={url} placeholder="https://" onChange={(e) => setUrl(e.target.value)} />
      </Field>
      <Field label={t.channels.subscription}>
        <select value={subscriptionId} onChange={(e) => setSubscriptionId(e.target.value)}>
          <option value="">{t.channels.allSubscriptions}</option>
          {subscriptions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      {(kind === 'dingtalk' || kind === 'feishu') && (
        <Field label={t.channels.robotSecret} help={t.channels.robotSecretHelp}>
          <input value={robotSecret} autoComplete="off" onChange={(e) => setRobotSecret(e.target.value)} />
        </Field>
      )}
      <Field label={t.channels.description}>
        <input value={description} maxLength={200} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      {create.error != null && <ErrorNote error={create.error} />}
      <button type="submit" disabled={create.busy}>
        {t.channels.create}
      </button>
    </form>
  );
}
