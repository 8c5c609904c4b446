import { useState } from 'react';
import { adminApi } from '../../api/admin-endpoints';
import type { AdminSource, IssuedKey } from '../../api/admin-types';
import { Field } from '../../components/Field';
import { EmptyState, ErrorNote, Loading } from '../../components/StatusViews';
import { useAsync } from '../../hooks/use-async';
import { useSubmit } from '../../hooks/use-submit';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { formatDateTime } from '../../lib/format';

const A = t.admin;

/** A key is shown once, right after it was made; only its hash is stored. */
function KeyOnce({ issued, onDone }: { issued: { key: IssuedKey; source: string }; onDone: () => void }) {
  return (
    <div className="note note-warn" role="alert">
      <p>
        {A.keyOnce} <strong>{issued.source}</strong>
      </p>
      <p className="key-once" data-testid="api-key">
        {issued.key.apiKey}
      </p>
      {/* A refused copy changes nothing: the key stays on screen to copy by hand. */}
      <button type="button" onClick={() => void navigator.clipboard?.writeText(issued.key.apiKey).catch(() => undefined)}>
        {A.copy}
      </button>
      <button type="button" onClick={onDone}>
        {A.copied}
      </button>
    </div>
  );
}

/** Sources and their API keys: create, issue, revoke. */
export function AdminSourcesPage() {
  useTitle(A.sources);
  const { state, reload } = useAsync(() => adminApi.sources(), []);
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<{ key: IssuedKey; source: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const create = useSubmit(async () => {
    const r = await adminApi.createSource(name.trim());
    setIssued({ key: r.key, source: r.source.name });
    setName('');
    reload();
  });
  const act = async (run: () => Promise<void>) => {
    setError(null);
    try {
      await run();
      reload();
    } catch (e) {
      setError(e);
    }
  };
  const issue = (s: AdminSource) => act(async () => setIssued({ key: await adminApi.issueKey(s.id), source: s.name }));
  const revoke = (s: AdminSource, keyId: string, prefix: string) => {
    if (window.confirm(A.confirmRevoke(prefix))) void act(async () => void (await adminApi.revokeKey(s.id, keyId)));
  };

  return (
    <div>
      <h1>{A.sources}</h1>
      {issued && <KeyOnce issued={issued} onDone={() => setIssued(null)} />}
      <form className="toolbar" onSubmit={create.onSubmit}>
        <Field label={A.sourceName} help={A.sourceNameHelp}>
          <input value={name} required maxLength={100} onChange={(e) => setName(e.target.value)} />
        </Field>
        <button type="submit" className="primary" disabled={create.busy || !name.trim()}>
          {A.createSource}
        </button>
      </form>
      {create.error != null && <ErrorNote error={create.error} />}
      {error != null && <ErrorNote error={error} />}
      {state.status === 'error' && <ErrorNote error={state.error} onRetry={reload} />}
      {!state.data && state.status === 'loading' && <Loading />}
      {state.data?.length === 0 && <EmptyState title={A.noSources} />}
      <ul className="cards">
        {state.data?.map((s) => (
          <li key={s.id} className="card">
            <div className="card-head">
              <h2>{s.name}</h2>
              <button type="button" onClick={() => void issue(s)}>
                {A.createKey}
              </button>
            </div>
            <p className="meta">{A.sourceLine(s.bulletinsTotal, s.bulletinsLast24h, formatDateTime(s.lastSeenAt) || '—')}</p>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>{A.keyPrefix}</th>
                    <th>{A.queuedAt}</th>
                    <th>{A.lastUsed}</th>
                    <th>{A.status}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {s.keys.map((k) => (
                    <tr key={k.id}>
                      <td>
                        <code>{`ta_${k.prefix}_…`}</code>
                      </td>
                      <td>{formatDateTime(k.createdAt)}</td>
                      <td>{formatDateTime(k.lastUsedAt) || '—'}</td>
                      <td>
                        {k.revokedAt ? (
                          <span className="tag tag-danger">{A.revoked}</span>
                        ) : (
                          <span className="tag tag-ok">{A.keyActive}</span>
                        )}
                      </td>
                      <td>
                        {!k.revokedAt && (
                          <button type="button" className="danger" onClick={() => revoke(s, k.id, k.prefix)}>
                            {A.revokeKey}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
