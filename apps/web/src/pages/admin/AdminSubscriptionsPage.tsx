import { useState } from 'react';
import { adminApi } from '../../api/admin-endpoints';
import type { AdminSubscription } from '../../api/admin-types';
import { AdminTable } from '../../components/admin/AdminTable';
import { SearchBar, SearchInput, FilterSelect } from '../../components/admin/SearchBar';
import { ErrorNote } from '../../components/StatusViews';
import { useAdminTable } from '../../hooks/use-admin-table';
import { useDebounced } from '../../hooks/use-debounced';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { Link } from '../../router/Link';
import { useLocation } from '../../router/router';

const A = t.admin;

/** Subscriptions across members: find, pause, resume. */
export function AdminSubscriptionsPage() {
  useTitle(A.subscriptions);
  const memberId = useLocation().query.get('memberId') ?? undefined;
  const [q, setQ] = useState('');
  const [paused, setPaused] = useState('');
  const query = useDebounced(q.trim(), 300);
  const table = useAdminTable(
    (page) => adminApi.subscriptions({ q: query || undefined, paused: paused || undefined, memberId, page }),
    `${query}|${paused}|${memberId}`,
  );
  const [error, setError] = useState<unknown>(null);
  const toggle = async (s: AdminSubscription) => {
    setError(null);
    try {
      table.patch(await (s.paused ? adminApi.resumeSubscription(s.id) : adminApi.pauseSubscription(s.id)));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div>
      <h1>{A.subscriptions}</h1>
      <SearchBar>
        <SearchInput label={A.searchSubscriptions} value={q} onChange={setQ} />
        <FilterSelect
          label={A.status}
          value={paused}
          onChange={setPaused}
          options={[
            ['false', t.subscriptions.active],
            ['true', t.subscriptions.paused],
          ]}
        />
      </SearchBar>
      {error != null && <ErrorNote error={error} />}
      <AdminTable
        table={table}
        head={
          <tr>
            <th>{t.editor.name}</th>
            <th>{A.member}</th>
            <th>{t.editor.keywords}</th>
            <th>{t.editor.frequency}</th>
            <th>{A.status}</th>
            <th />
          </tr>
        }
        row={(s) => (
          <tr key={s.id}>
            <td>{s.name}</td>
            <td>
              <Link to={`/admin/members/${s.memberId}`}>{s.memberEmail}</Link>
            </td>
            <td>{s.keywords.join('、') || t.subscriptions.summary.anyKeyword}</td>
            <td>{t.labels.frequencies[s.frequency]}</td>
            <td>
              {s.paused ? (
                <span className="tag tag-warn">{t.subscriptions.paused}</span>
              ) : (
                <span className="tag tag-ok">{t.subscriptions.active}</span>
              )}
            </td>
            <td className="actions">
              <button type="button" onClick={() => void toggle(s)}>
                {s.paused ? t.subscriptions.resume : t.subscriptions.pause}
              </button>
              <Link to={`/admin/why?subscriptionId=${s.id}`}>{A.whyMatched}</Link>
            </td>
          </tr>
        )}
      />
    </div>
  );
}
