import { useState } from 'react';
import { adminApi } from '../../api/admin-endpoints';
import { NoiseCard } from '../../components/admin/NoiseCard';
import { StatsChart } from '../../components/admin/StatsChart';
import { ErrorNote, Loading } from '../../components/StatusViews';
import { useAsync } from '../../hooks/use-async';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { dailySeries } from '../../lib/stats';

const A = t.admin;

/** What the system did per day, queue depths now, member totals. */
export function AdminStatsPage() {
  useTitle(A.stats);
  const [days, setDays] = useState(30);
  const { state, reload } = useAsync(() => adminApi.stats(days), [days]);
  const s = state.data;
  const series = s ? dailySeries(s.days) : null;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return (
    <div>
      <div className="page-head">
        <h1>{A.stats}</h1>
        <select value={days} onChange={(e) => setDays(Number(e.target.value))} aria-label={t.preview.days}>
          {[7, 30, 90].map((d) => (
            <option key={d} value={d}>
              {t.preview.daysOption(d)}
            </option>
          ))}
        </select>
      </div>
      {state.status === 'error' && <ErrorNote error={state.error} onRetry={reload} />}
      {!s && state.status === 'loading' && <Loading />}
      {s && series && (
        <>
          <div className="card">
            <h2>{A.perDay}</h2>
            <p className="muted">{A.totalsLine(sum(series.ingested), sum(series.matched), sum(series.delivered))}</p>
            <StatsChart series={series} />
          </div>
          <div className="card">
            <h2>{A.totals}</h2>
            <ul>
              <li>{A.membersTotal(s.totals.members.active ?? 0, s.totals.members.suspended ?? 0)}</li>
              <li>{A.activeSubscriptions(s.totals.activeSubscriptions)}</li>
              <li>{A.bounces(s.totals.bouncedMembers, s.totals.bouncedDeliveries)}</li>
              <li>{A.unsubscribed(s.totals.unsubscribedMembers)}</li>
            </ul>
          </div>
          <NoiseCard days={days} />
          <div className="card">
            <h2>{A.queueDepths}</h2>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>{A.queue}</th>
                    {(['waiting', 'active', 'delayed', 'failed'] as const).map((k) => (
                      <th key={k} className="num">
                        {A.queueCounts[k]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {s.queues.map((q) => (
                    <tr key={q.name}>
                      <td>{q.name}</td>
                      <td className="num">{q.waiting}</td>
                      <td className="num">{q.active}</td>
                      <td className="num">{q.delayed}</td>
                      <td className="num">{q.failed}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </>
      )}
    </div>
  );
}
