import { t } from '../../i18n/zh-CN';

/** Previous / next for an admin table, with "page n of m · total rows". */
export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (p: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <div className="pager">
      <span className="muted">{t.admin.pager(page, pages, total)}</span>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ‹ {t.admin.prev}
      </button>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t.admin.next} ›
      </button>
    </div>
  );
}
