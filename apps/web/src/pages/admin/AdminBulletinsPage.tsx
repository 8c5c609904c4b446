import { useState } from 'react';
import { adminApi } from '../../api/admin-endpoints';
import { CATEGORIES, STAGES } from '../../api/types';
import { AdminTable } from '../../components/admin/AdminTable';
import { SearchBar, SearchInput, FilterSelect } from '../../components/admin/SearchBar';
import { useAdminTable } from '../../hooks/use-admin-table';
import { useDebounced } from '../../hooks/use-debounced';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { formatYuan } from '../../lib/budget';
import { formatDateTime } from '../../lib/format';
import { kindLabel, STAGE_LABELS } from '../../lib/stages';
import { Link } from '../../router/Link';

const A = t.admin;

/** Search every stored bulletin by text and kind. */
export function AdminBulletinsPage() {
  useTitle(A.bulletins);
  const [q, setQ] = useState('');
  const [category, setCategory] = useState('');
  const [stage, setStage] = useState('');
  const [party, setParty] = useState('');
  const query = useDebounced(q.trim(), 300);
  const partyQuery = useDebounced(party.trim(), 300);
  const table = useAdminTable(
    (page) =>
      adminApi.bulletins({
        q: query || undefined,
        category: category || undefined,
        stage: stage || undefined,
        party: partyQuery || undefined,
        page,
      }),
    `${query}|${category}|${stage}|${partyQuery}`,
  );
  return (
    <div>
      <h1>{A.bulletins}</h1>
      <SearchBar>
        <SearchInput label={A.searchBulletins} value={q} onChange={setQ} />
        <FilterSelect
          label={t.editor.categories}
          value={category}
          onChange={setCategory}
          options={CATEGORIES.map((c) => [c, t.labels.categories[c]])}
        />
        <FilterSelect label={t.bulletin.stage} value={stage} onChange={setStage} options={STAGES.map((s) => [s, STAGE_LABELS[s]])} />
        <SearchInput label={A.searchParty} value={party} onChange={setParty} />
      </SearchBar>
      <AdminTable
        table={table}
        head={
          <tr>
            <th>{A.bulletinTitle}</th>
            <th>{t.bulletin.category}</th>
            <th>{t.bulletin.region}</th>
            <th>{t.bulletin.budget}</th>
            <th>{A.source}</th>
            <th>{A.ingestedAt}</th>
          </tr>
        }
        row={(b) => (
          <tr key={b.id}>
            <td>
              <Link to={`/admin/bulletins/${b.id}`}>{b.title}</Link>
              {b.withdrawnAt && <span className="tag tag-warn">{t.common.withdrawn}</span>}
              {b.canonicalId && <span className="tag">{A.duplicate}</span>}
            </td>
            <td>{kindLabel(b.category, b.stageLabel, t.labels.categories)}</td>
            <td>{b.region?.fullName ?? b.regionText ?? ''}</td>
            <td>{formatYuan(b.budgetYuan)}</td>
            <td>{b.sourceName}</td>
            <td>{formatDateTime(b.ingestedAt)}</td>
          </tr>
        )}
      />
    </div>
  );
}
