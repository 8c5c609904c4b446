import { useState } from 'react';
import { adminApi } from '../../api/admin-endpoints';
import { AdminTable } from '../../components/admin/AdminTable';
import { SearchBar, SearchInput, FilterSelect } from '../../components/admin/SearchBar';
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
  const table = useAdminTable(
    (page) => adminApi.members({ q: query || undefined, status: status || undefined, page }),
    `${query}|${status}`,
  );
  return (
    <div>
      <h1>{A.members}</h1>
      <SearchBar>
        <SearchInput label={A.searchMembers} value={q} onChange={setQ} />
        <FilterSelect
          label={A.status}
          value={status}
          onChange={setStatus}
          options={[
            ['active', A.statuses.active],
            ['suspended', A.statuses.suspended],
          ]}
        />
      </SearchBar>
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
