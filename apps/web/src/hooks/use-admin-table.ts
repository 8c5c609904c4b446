import { useEffect, useState } from 'react';
import type { AdminPage } from '../api/admin-types';
import { useAsync } from './use-async';

/** One page of an admin table: back to page 1 when the filter changes; `patch` updates a row in place. */
export function useAdminTable<T extends { id: string }>(load: (page: number) => Promise<AdminPage<T>>, filterKey: string) {
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [filterKey]);
  const { state, reload, set } = useAsync(() => load(page), [page, filterKey]);
  const patch = (row: Partial<T> & { id: string }) => {
    if (state.data) set({ ...state.data, items: state.data.items.map((r) => (r.id === row.id ? { ...r, ...row } : r)) });
  };
  return { state, page, setPage, reload, patch };
}
