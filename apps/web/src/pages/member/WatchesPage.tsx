import { useEffect, useId, useState } from 'react';
import { watchesApi } from '../../api/endpoints';
import type { PartyRole, PartySuggestion, Watch } from '../../api/types';
import { Field } from '../../components/Field';
import { EmptyState, ErrorNote, Loading } from '../../components/StatusViews';
import { useAsync } from '../../hooks/use-async';
import { useDebounced } from '../../hooks/use-debounced';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { formatDateTime } from '../../lib/format';
import { useAction } from '../../hooks/use-action';
import { useSubmit } from '../../hooks/use-submit';

const ROLES: PartyRole[] = ['winner', 'buyer', 'agency', 'any'];

/** Names already seen in notices, for what is typed so far (two characters or more). */
function usePartySuggestions(q: string): PartySuggestion[] {
  const settled = useDebounced(q.trim(), 250);
  const [found, setFound] = useState<PartySuggestion[]>([]);
  useEffect(() => {
    if ([...settled].length < 2) {
      setFound([]);
      return;
    }
    const ctrl = new AbortController();
    watchesApi.parties(settled, ctrl.signal).then(
      (rows) => !ctrl.signal.aborted && setFound(rows),
      () => !ctrl.signal.aborted && setFound([]),
    );
    return () => ctrl.abort();
  }, [settled]);
  // Once the box is cleared (a watch just added) the list goes at once: a lookup of the name just
  // submitted may still answer, and showing it then would shift the page under the next click.
  return [...q.trim()].length < 2 ? [] : found;
}

/** 关注的单位: watch a buyer, agency or winner by name (with suggestions), list and delete watches. */
export function WatchesPage() {
  useTitle(t.watches.title);
  const { state, reload, set } = useAsync(() => watchesApi.list(), []);
  if (state.status === 'loading' && !state.data) return <Loading />;
  if (state.status === 'error') return <ErrorNote error={state.error} onRetry={reload} />;
  const watches = state.data!;
  return (
    <div>
      <div className="page-head">
        <h1>{t.watches.title}</h1>
      </div>
      <p className="help">{t.watches.intro}</p>
      <WatchForm onAdded={(w) => set([...watches.filter((x) => x.id !== w.id), w])} />
      <section aria-labelledby="watch-list-title">
        <h2 id="watch-list-title">{t.watches.list}</h2>
        {watches.length === 0 ? (
          <EmptyState title={t.watches.empty} />
        ) : (
          <ul className="cards watch-list">
            {watches.map((w) => (
              <WatchRow key={w.id} watch={w} onRemoved={() => set(watches.filter((x) => x.id !== w.id))} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function WatchForm({ onAdded }: { onAdded: (w: Watch) => void }) {
  const roleId = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<PartyRole>('winner');
  const [picked, setPicked] = useState('');
  const suggestions = usePartySuggestions(name).filter((s) => s.name !== picked);
  const { busy, error, onSubmit } = useSubmit(async () => {
    if (!name.trim()) return;
    onAdded(await watchesApi.create({ name: name.trim(), role }));
    setName('');
    setPicked('');
  });
  return (
    <form className="card watch-form" onSubmit={onSubmit}>
      <Field label={t.watches.name}>
        <input
          value={name}
          maxLength={200}
          placeholder={t.watches.namePlaceholder}
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      {suggestions.length > 0 && (
        <div className="party-suggestions">
          <p className="help">{t.watches.suggestions}</p>
          <ul aria-label={t.watches.suggestions}>
            {suggestions.map((s) => (
              <li key={s.name}>
                <button
                  type="button"
                  className="button-link"
                  data-suggestion={s.name}
                  onClick={() => {
                    setName(s.name);
                    setPicked(s.name);
                    if (s.roles.length === 1 && ROLES.includes(s.roles[0] as PartyRole)) setRole(s.roles[0] as PartyRole);
                  }}
                >
                  {s.name}
                </button>{' '}
                <span className="muted">
                  {s.roles.map((r) => t.watches.roleShort[r] ?? r).join('、')} · {t.watches.seen(s.count)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="field">
        <label htmlFor={roleId}>{t.watches.role}</label>
        <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as PartyRole)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t.watches.roles[r]}
            </option>
          ))}
        </select>
      </div>
      {error != null && <ErrorNote error={error} />}
      <button type="submit" className="button primary" disabled={busy || !name.trim()}>
        {t.watches.add}
      </button>
    </form>
  );
}

function WatchRow({ watch: w, onRemoved }: { watch: Watch; onRemoved: () => void }) {
  const { busy, error, act } = useAction();
  const remove = () =>
    act(async () => {
      await watchesApi.remove(w.id);
      onRemoved();
    });
  return (
    <li className="card watch-item" data-watch={w.id}>
      <h3 className="item-title">{w.name}</h3>
      <p className="meta">
        {t.watches.roleShort[w.role] ?? w.role} · {formatDateTime(w.createdAt)} ·{' '}
        <button type="button" className="button-link" disabled={busy} onClick={() => void remove()}>
          {t.watches.remove}
        </button>
      </p>
      {error != null && <ErrorNote error={error} />}
    </li>
  );
}
