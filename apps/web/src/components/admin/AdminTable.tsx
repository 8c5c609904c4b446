import type { ReactNode } from 'react';
import type { AdminPage } from '../../api/admin-types';
import type { AsyncState } from '../../hooks/use-async';
import { t } from '../../i18n/zh-CN';
import { EmptyState, ErrorNote, Loading } from '../StatusViews';
import { Pager } from './Pager';

interface AdminTableProps<T> {
  table: { state: AsyncState<AdminPage<T>>; reload: () => void; setPage: (page: number) => void };
  /** The header row (<tr> of <th>) and one body row per item… */
  head?: ReactNode;
  row?: (item: T) => ReactNode;
  /** …or a table of the page's own. */
  render?: (items: T[]) => ReactNode;
}

/** One page of an admin list: error, loading and empty states, the table, and the pager. */
export function AdminTable<T>({ table, head, row, render }: AdminTableProps<T>) {
  const data = table.state.data;
  const error = table.state.status === 'error' && <ErrorNote error={table.state.error} onRetry={table.reload} />;
  if (!data) return error || (table.state.status === 'loading' ? <Loading /> : null);
  if (data.items.length === 0) return error || <EmptyState title={t.admin.noResults} />;
  return (
    <>
      {error}
      {render ? (
        render(data.items)
      ) : (
        <div className="table-wrap">
          <table>
            <thead>{head}</thead>
            <tbody>{data.items.map((item) => row!(item))}</tbody>
          </table>
        </div>
      )}
      <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={table.setPage} />
    </>
  );
}
