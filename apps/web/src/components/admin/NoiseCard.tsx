import { adminApi } from '../../api/admin-endpoints';
import { useAsync } from '../../hooks/use-async';
import { t } from '../../i18n/zh-CN';
import { formatRate } from '../../lib/match-feedback';
import { Link } from '../../router/Link';
import { ErrorNote, Loading } from '../StatusViews';

const A = t.admin;

/** Members' 不相关 marks over the window's matches: overall, the noisiest subscriptions and terms. */
export function NoiseCard({ days }: { days: number }) {
  const { state, reload } = useAsync(() => adminApi.noise(days), [days]);
  const n = state.data;
  return (
    <div className="card" data-card="noise">
      <h2>{A.noise}</h2>
      {state.status === 'error' && <ErrorNote error={state.error} onRetry={reload} />}
      {!n && state.status === 'loading' && <Loading />}
      {n && (
        <>
          <p className="muted">{A.noiseLine(n.marks, n.matches, formatRate(n.rate))}</p>
          {n.marks === 0 ? (
            <p className="muted">{A.noiseNone}</p>
          ) : (
            <>
              <p className="muted">{A.noiseSources(n.bySource.app ?? 0, n.bySource.email ?? 0)}</p>
              <h3>{A.noiseBySubscription}</h3>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th>{A.subscriptions}</th>
                      <th>{A.email}</th>
                      <th className="num">{A.noiseMarks}</th>
                      <th className="num">{A.noiseMatches}</th>
                      <th className="num">{A.noiseRate}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {n.subscriptions.map((s) => (
                      <tr key={s.id}>
                        <td>{s.name}</td>
                        <td>
                          <Link to={`/admin/members/${s.memberId}`}>{s.memberEmail}</Link>
                        </td>
                        <td className="num">{s.marks}</td>
                        <td className="num">{s.matches}</td>
                        <td className="num">{formatRate(s.rate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <h3>{A.noiseByTerm}</h3>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th>{A.noiseTerm}</th>
                      <th className="num">{A.noiseMarks}</th>
                      <th className="num">{A.noiseMatches}</th>
                      <th className="num">{A.noiseRate}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {n.terms.map((x) => (
                      <tr key={x.term}>
                        <td>{x.term}</td>
                        <td className="num">{x.marks}</td>
                        <td className="num">{x.matches}</td>
                        <td className="num">{formatRate(x.rate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}
