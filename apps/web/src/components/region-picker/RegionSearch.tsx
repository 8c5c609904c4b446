import { useEffect, useId, useState } from 'react';
import { regionsApi } from '../../api/endpoints';
import type { Region } from '../../api/types';
import { useDebounced } from '../../hooks/use-debounced';
import { t } from '../../i18n/zh-CN';
import { ErrorNote } from '../StatusViews';

/** Finds divisions by name (GET /v1/regions?q=) and offers each for selection. */
export function RegionSearch({ onPick, stateOf }: { onPick: (r: Region) => void; stateOf: (code: string) => string }) {
  const id = useId();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 250);
  const [results, setResults] = useState<Region[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!query) return setResults(null);
    const ctrl = new AbortController();
    regionsApi.search(query, ctrl.signal).then(
      (r) => {
        setResults(r);
        setError(null);
      },
      (e) => !ctrl.signal.aborted && setError(e),
    );
    return () => ctrl.abort();
  }, [query]);

  return (
    <div className="region-search">
      <label htmlFor={id}>{t.regionPicker.searchLabel}</label>
      <input
        id={id}
        type="search"
        value={q}
        placeholder={t.regionPicker.searchPlaceholder}
        onChange={(e) => setQ(e.target.value)}
        autoComplete="off"
      />
      {error != null && <ErrorNote error={error} />}
      {results && results.length === 0 && <p className="muted">{t.regionPicker.noResults}</p>}
      {results && results.length > 0 && (
        <ul className="region-results">
          {results.map((r) => {
            const state = stateOf(r.code);
            return (
              <li key={r.code}>
                <button
                  type="button"
                  className="region-result"
                  disabled={state === 'selected' || state === 'included'}
                  onClick={() => onPick(r)}
                >
                  <strong>{r.name}</strong> <span className="muted">{r.fullName}</span>
                  {state === 'selected' && <span className="tag">{t.regionPicker.chosen}</span>}
                  {state === 'included' && <span className="tag">{t.regionPicker.included}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
