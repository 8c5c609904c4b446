/** One page of an admin list: offset pagination with the total, for tables with page numbers. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

export const ADMIN_PAGE_SIZE = { default: 20, max: 100 } as const;

export function offsetOf(p: PageRequest): number {
  return (p.page - 1) * p.pageSize;
}

/** Rows of a page query: each carries `total` from `count(*) OVER ()`. */
export type PageRows<T> = Array<T & { total?: unknown }>;

/** Strips `total` from the rows and builds the page. */
export function toPage<T>(rows: PageRows<T>, p: PageRequest): Page<T> {
  const total = rows.length ? Number(rows[0].total) : 0;
  const items = rows.map(({ total: _total, ...rest }) => rest as unknown as T);
  return { items, total, page: p.page, pageSize: p.pageSize };
}
