import { useState } from 'react';
import { adminApi } from '../../api/admin-endpoints';
import { AdminTable } from '../../components/admin/AdminTable';
import { SearchBar, SearchInput } from '../../components/admin/SearchBar';
import { useAdminTable } from '../../hooks/use-admin-table';
import { useDebounced } from '../../hooks/use-debounced';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { formatDateTime } from '../../lib/format';

const A = t.admin;

/** Every admin write: who, what, on which record, before and after. */
export function AdminAuditPage() {
  useTitle(A.audit);
  const [action, setAction] = useState('');
  const [actor, setActor] = useState('');
  const filter = useDebounced(`${action.trim()}|${actor.trim()}`, 300);
  const [a, b] = filter.split('|');
  const table = useAdminTable((page) => adminApi.audit({ action: a || undefined, actor: b || undefined, page }), filter);
  return (
    <div>
      <h1>{A.audit}</h1>
      <SearchBar>
        <SearchInput label={A.action} value={action} placeholder="member.suspend" onChange={setAction} />
        <SearchInput label={A.actor} value={actor} onChange={setActor} />
      </SearchBar>
      <AdminTable
        table={table}
        head={
          <tr>
            <th>{A.at}</th>
            <th>{A.actor}</th>
            <th>{A.action}</th>
            <th>{A.target}</th>
            <th>{A.details}</th>
          </tr>
        }
        row={(e) => (
          <tr key={e.id}>
            <td>{formatDateTime(e.createdAt)}</td>
            <td>{e.actorEmail ?? e.actorId}</td>
            <td>
              {A.auditActions[e.action] ?? ''} <code>{e.action}</code>
            </td>
            <td>
              {A.auditTargets[e.targetType] ?? e.targetType} {e.targetId && <code className="muted">{e.targetId.slice(0, 8)}</code>}
            </td>
            <td>
              <details>
                <summary>{A.details}</summary>
                <pre className="json">{JSON.stringify({ before: e.before, after: e.after }, null, 2)}</pre>
              </details>
            </td>
          </tr>
        )}
      />
    </div>
  );
}
