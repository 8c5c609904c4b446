import { inboxApi } from '../api/endpoints';
import { useAsync } from '../hooks/use-async';
import { formatDateTime } from '../lib/format';
import { Link } from '../router/Link';

/** Matches held back and why (quiet hours, SMS cap, duplicate from another source, unknown delivery). */
export function HeldBackList() {
  const { state } = useAsync(() => inboxApi.heldBack(), []);
  const items = state.data ?? [];
  if (!items.length) return null;
  return (
    <section className="card held-back" aria-labelledby="held-back-title">
      <h2 id="held-back-title">暂未发送（{items.length}）</h2>
      <ul>
        {items.map((i) => (
          <li key={`${i.reason}-${i.bulletin.id}-${i.channel ?? ''}`}>
            <Link to={`/bulletins/${i.sameAsBulletinId ?? i.bulletin.id}`}>{i.bulletin.title}</Link>{' '}
            <span className="muted">
              {i.channel === 'sms' ? '短信 · ' : i.channel === 'email' ? '邮件 · ' : ''}
              {i.reasonLabel}
              {i.until ? `（${formatDateTime(i.until)}）` : ''} · 来源：{i.bulletin.source}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
