import type { SubscriptionListItem } from '../api/types';
import { t } from '../i18n/zh-CN';
import { filterSummary } from '../lib/filter-summary';
import { Link } from '../router/Link';

interface Props {
  sub: SubscriptionListItem;
  regionName: (code: string) => string;
  onPauseToggle: (sub: SubscriptionListItem) => void;
  onDelete: (sub: SubscriptionListItem) => void;
  busy: boolean;
}

const L = t.subscriptions.summary;
const labels = { ...L, nationwide: t.common.nationwide, category: (c: keyof typeof t.labels.categories) => t.labels.categories[c] };

/** One subscription in the list: name, filter, frequency, paused or not, recent catch, actions. */
export function SubscriptionCard({ sub, regionName, onPauseToggle, onDelete, busy }: Props) {
  return (
    <li className={`card subscription-card${sub.paused ? ' is-paused' : ''}`} data-subscription={sub.id}>
      <div className="card-head">
        <h2>
          <Link to={`/subscriptions/${sub.id}`}>{sub.name}</Link>
        </h2>
        <span className={`tag ${sub.paused ? 'tag-warn' : 'tag-ok'}`}>{sub.paused ? t.subscriptions.paused : t.subscriptions.active}</span>
      </div>
      <dl className="summary">
        {filterSummary(sub, regionName, labels).map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
      <p className="meta">
        {t.labels.frequencies[sub.frequency]} · {sub.channels.map((c) => t.labels.channels[c]).join('、')} ·{' '}
        <span className="recent-count">{t.subscriptions.recent(sub.matchesLast7Days)}</span>
      </p>
      <div className="actions">
        <Link to={`/subscriptions/${sub.id}`} className="button">
          {t.common.edit}
        </Link>
        <Link to={`/inbox?subscription=${sub.id}`} className="button">
          {t.subscriptions.viewInbox}
        </Link>
        <button type="button" disabled={busy} onClick={() => onPauseToggle(sub)}>
          {sub.paused ? t.subscriptions.resume : t.subscriptions.pause}
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => onDelete(sub)}>
          {t.common.delete}
        </button>
      </div>
    </li>
  );
}
