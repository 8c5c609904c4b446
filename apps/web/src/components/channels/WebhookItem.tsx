import { useState } from 'react';
import { useAction } from '../../hooks/use-action';
import { webhooksApi } from '../../api/endpoints';
import type { Webhook, WebhookDelivery } from '../../api/types';
import { t } from '../../i18n/zh-CN';
import { disabledReasonText } from '../../lib/disabled-reason';
import { formatDateTime } from '../../lib/format';
import { ErrorNote, Notice } from '../StatusViews';
import { CopyText } from './CopyText';

/** One endpoint: state, enable/disable, secret rotation (shown once), delete, and its log with replay. */
export function WebhookItem({ hook, onChanged, onRemoved }: { hook: Webhook; onChanged: (w: Webhook) => void; onRemoved: () => void }) {
  const [log, setLog] = useState<WebhookDelivery[] | null>(null);
  const [secret, setSecret] = useState<{ secret: string; until: string } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const action = useAction();
  const { busy, error } = action;
  const act = (run: () => Promise<void>) => {
    setNote(null);
    return action.act(run);
  };
  const loadLog = () => act(async () => setLog(await webhooksApi.deliveries(hook.id)));
  return (
    <li className="webhook-item" data-webhook={hook.id}>
      <div className="webhook-head">
        <strong>{t.channels.kinds[hook.kind] ?? hook.kind}</strong>
        {hook.description && <span> · {hook.description}</span>}
        <div className="muted webhook-url">{hook.url}</div>
        <div className={hook.enabled ? 'webhook-state ok' : 'webhook-state off'}>
          {hook.enabled ? t.channels.enabled : t.channels.disabled(disabledReasonText(hook.disabledReason))}
          {hook.enabled && hook.failingSince && <span> · {t.channels.failingSince(formatDateTime(hook.failingSince))}</span>}
        </div>
      </div>
      <div className="webhook-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => void act(async () => onChanged(await webhooksApi.setEnabled(hook.id, !hook.enabled)))}
        >
          {hook.enabled ? t.channels.disable : t.channels.enable}
        </button>
        {hook.kind === 'webhook' && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                const r = await webhooksApi.rotateSecret(hook.id);
                setSecret({ secret: r.secret, until: formatDateTime(r.previousSecretUntil) });
              })
            }
          >
            {t.channels.rotate}
          </button>
        )}
        <button type="button" disabled={busy} onClick={() => (log ? setLog(null) : void loadLog())}>
          {log ? t.channels.hideLog : t.channels.log}
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              await webhooksApi.remove(hook.id);
              onRemoved();
            })
          }
        >
          {t.channels.remove}
        </button>
      </div>
      {secret && (
        <div className="secret-once">
          <Notice tone="warn">{t.channels.rotated(secret.until)}</Notice>
          <CopyText value={secret.secret} label={t.channels.rotate} />
        </div>
      )}
      {error != null && <ErrorNote error={error} />}
      {note && <Notice>{note}</Notice>}
      {log && log.length === 0 && <p className="muted">{t.channels.logEmpty}</p>}
      {log && log.length > 0 && (
        <table className="webhook-log">
          <tbody>
            {log.map((d) => (
              <tr key={d.id}>
                <td>{formatDateTime(d.createdAt)}</td>
                <td>{t.channels.deliveryStatus[d.status] ?? d.status}</td>
                <td>{d.responseStatus ?? '—'}</td>
                <td>{t.channels.attempts(d.attempts)}</td>
                <td className="muted">{d.error ?? ''}</td>
                <td>
                  {d.status !== 'pending' && d.status !== 'sending' && (
                    <button
                      type="button"
                      disabled={busy || !hook.enabled}
                      onClick={() =>
                        void act(async () => {
                          await webhooksApi.replay(hook.id, d.id);
                          setNote(t.channels.replayed);
                          setLog(await webhooksApi.deliveries(hook.id));
                        })
                      }
                    >
                      {t.channels.replay}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
