import { useState } from 'react';
import { adminApi } from '../../api/admin-endpoints';
import { AdminTable } from '../../components/admin/AdminTable';
import { StatusTag } from '../../components/admin/StatusTag';
import { useAdminTable } from '../../hooks/use-admin-table';
import { useDebounced } from '../../hooks/use-debounced';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { formatDate } from '../../lib/format';
import { Link } from '../../router/Link';

const A = t.admin;

/** Find members by email, phone, company or name. */
export function AdminMembersPage() {
  useTitle(A.members);
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  const query = useDebounced(q.trim(), 300);
  const table = useAdminTable((page) => adminApi.members({ q: query || undefined, status: status || undefined, page }), `${query}|${status}`);
  return (
    <div>
      <h1>{A.members}</h1>
      <form className="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {A.searchMembers}
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>
        <label>
          {A.status}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t.common.all}</option>
            <option value="active">{A.statuses.active}</option>
            <option value="suspended">{A.statuses.suspended}</option>
          </select>
        </label>
      </form>
      <AdminTable
        table={table}
        head={
          <tr>
            <th>{A.email}</th>
            <th>{A.name}</th>
            <th>{A.company}</th>
            <th>{A.plan}</th>
            <th>{A.status}</th>
            <th className="num">{A.subscriptions}</th>
            <th>{A.createdAt}</th>
          </tr>
        }
        row={(m) => (
          <tr key={m.id} data-member={m.id}>
            <td>
              <Link to={`/admin/members/${m.id}`}>{m.email}</Link>
              {m.role === 'admin' && <span className="tag">admin</span>}
            </td>
            <td>{m.displayName ?? ''}</td>
            <td>{m.company ?? ''}</td>
            <td>{t.settings.plans[m.plan] ?? m.plan}</td>
            <td>
              <StatusTag status={m.status} />
            </td>
            <td className="num">{m.subscriptionCount}</td>
            <td>{formatDate(m.createdAt)}</td>
          </tr>
        )}
      />
    </div>
  );
}
