import { meApi } from '../../api/endpoints';
import { useAsync } from '../../hooks/use-async';
import { t } from '../../i18n/zh-CN';
import { formatDateTime } from '../../lib/format';
import { ErrorNote, Loading } from '../StatusViews';
import { SettingsSection } from './SettingsSection';

/** The member's own alerts and digests, newest first (GET /v1/me/deliveries). */
export function HistorySection() {
  const { state, reload } = useAsync(() => meApi.deliveries(), []);
  return (
    <SettingsSection title={t.settings.history} id="history">
      {state.status === 'loading' && !state.data && <Loading />}
      {state.status === 'error' && <ErrorNote error={state.error} onRetry={reload} />}
      {state.data && state.data.length === 0 && <p className="muted">{t.settings.historyEmpty}</p>}
      {state.data && state.data.length > 0 && (
        <ul className="history">
          {state.data.map((d) => (
            <li key={d.id}>
              <span>{formatDateTime(d.sentAt ?? d.createdAt)}</span>
              <span>
                {' '}
                · {t.settings.historyChannels[d.channel] ?? d.channel} · {t.settings.historyKinds[d.kind] ?? d.kind}
              </span>
              <span> · {t.admin.deliveryStatus[d.status] ?? d.status}</span>
              <span> · {t.settings.historyCount(d.bulletins)}</span>
              {d.subject && <div className="muted">{d.subject}</div>}
            </li>
          ))}
        </ul>
      )}
    </SettingsSection>
  );
}
