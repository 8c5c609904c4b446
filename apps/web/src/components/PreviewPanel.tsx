import { useEffect, useState } from 'react';
import { subscriptionsApi } from '../api/endpoints';
import type { FilterInput, PreviewResult } from '../api/types';
import { useDebounced } from '../hooks/use-debounced';
import { t } from '../i18n/zh-CN';
import { filterKey } from '../lib/subscription-form';
import { BulletinMeta } from './BulletinMeta';
import { Highlighted } from './Highlighted';
import { HitTerms } from './HitTerms';
import { ErrorNote } from './StatusViews';

const DAY_OPTIONS = [7, 30, 90];

/** What the filter being edited would have caught lately (debounced POST /v1/subscriptions/preview). */
export function PreviewPanel({ filter }: { filter: FilterInput | null }) {
  const [days, setDays] = useState(30);
  const key = useDebounced(filterKey(filter), 400);
  const [result, setResult] = useState<PreviewResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const draft = JSON.parse(key) as FilterInput | null;
    if (!draft) return;
    const ctrl = new AbortController();
    setBusy(true);
    subscriptionsApi.preview(draft, days, ctrl.signal).then(
      (r) => {
        setResult(r);
        setError(null);
        setBusy(false);
      },
      (e) => {
        if (ctrl.signal.aborted) return;
        setError(e);
        setBusy(false);
      },
    );
    return () => ctrl.abort();
  }, [key, days]);

  return (
    <section className="preview" aria-labelledby="preview-title" aria-busy={busy}>
      <div className="preview-head">
        <h2 id="preview-title">{t.preview.title}</h2>
        <label className="inline">
          <span className="visually-hidden">{t.preview.days}</span>
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {DAY_OPTIONS.map((d) => (
              <option key={d} value={d}>
                {t.preview.daysOption(d)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!filter && <p className="muted">{t.preview.waitingBudget}</p>}
      {error != null && <ErrorNote error={error} />}
      {result && !error && (
        <>
          <p className="preview-count" aria-live="polite">
            <strong data-testid="preview-total">{t.preview.count(result.total, result.days)}</strong>
            {result.items.length < result.total && <span className="muted"> · {t.preview.showing(result.items.length)}</span>}
            {busy && <span className="muted"> · {t.preview.updating}</span>}
          </p>
          {result.items.length === 0 ? (
            <p className="muted">{t.preview.empty}</p>
          ) : (
            <ul className="preview-list">
              {result.items.map(({ bulletin, hits }) => (
                <li key={bulletin.id} className="preview-item">
                  <p className="item-title">
                    <Highlighted text={bulletin.title} terms={hits} />
                  </p>
                  <BulletinMeta bulletin={bulletin} />
                  <HitTerms hits={hits} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {!result && !error && filter && <p className="muted">{t.common.loading}</p>}
    </section>
  );
}
