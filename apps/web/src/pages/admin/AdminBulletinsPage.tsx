import { useState } from 'react';
import { adminApi } from '../../api/admin-endpoints';
import { CATEGORIES } from '../../api/types';
import { Pager } from '../../components/admin/Pager';
import { EmptyState, ErrorNote, Loading } from '../../components/StatusViews';
import { useAdminTable } from '../../hooks/use-admin-table';
import { useDebounced } from '../../hooks/use-debounced';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { formatYuan } from '../../lib/budget';
import { formatDateTime } from '../../lib/format';
import { Link } from '../../router/Link';

const A = t.admin;

/** Search every stored bulletin by text and kind. */
export function AdminBulletinsPage() {
  useTitle(A.bulletins);
  const [q, setQ] = useState('');
  const [category, setCategory] = useState('');
  const query = useDebounced(q.trim(), 300);
  const table = useAdminTable((page) => adminApi.bulletins({ q: query || undefined, category: category || undefined, page }), `${query}|${category}`);
  const data = table.state.data;
  return (
    <div>
      <h1>{A.bulletins}</h1>
      <form className="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {A.searchBulletins}
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>
        <label>
          {t.editor.categories}
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">{t.common.all}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t.labels.categories[c]}
              </option>
            ))}
          </select>
        </label>
      </form>
      {table.state.status === 'error' && <ErrorNote error={table.state.error} onRetry={table.reload} />}
      {!data && table.state.status === 'loading' && <Loading />}
      {data && data.items.length === 0 && <EmptyState title={A.noResults} />}
      {data && data.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{A.bulletinTitle}</th>
                  <th>{t.bulletin.category}</th>
                  <th>{t.bulletin.region}</th>
                  <th>{t.bulletin.budget}</th>
                  <th>{A.source}</th>
                  <th>{A.ingestedAt}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((b) => (
                  <tr key={b.id}>
                    <td>
                      <Link to={`/admin/bulletins/${b.id}`}>{b.title}</Link>
                      {b.withdrawnAt && <span className="tag tag-warn">{t.common.withdrawn}</span>}
                      {b.canonicalId && <span className="tag">{A.duplicate}</span>}
                    </td>
                    <td>{t.labels.categories[b.category] ?? b.category}</td>
                    <td>{b.region?.fullName ?? b.regionText ?? ''}</td>
                    <td>{formatYuan(b.budgetYuan)}</td>
                    <td>{b.sourceName}</td>
                    <td>{formatDateTime(b.ingestedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={table.setPage} />
        </>
      )}
    </div>
  );
}
