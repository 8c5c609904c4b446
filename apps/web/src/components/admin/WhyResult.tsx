import type { WhyReport } from '../../api/admin-types';
import { t } from '../../i18n/zh-CN';
import { type Explanation, explainChecks, failingReasons } from '../../lib/why-explained';

const A = t.admin;
const CHECKS = ['keywords', 'excludes', 'region', 'category', 'budget', 'state'] as const;

interface Check {
  verdict?: string;
  entries?: Array<{ entry: string; hit: boolean; parts: Array<{ term: string; inTitle: boolean; inBody: boolean }> }>;
}

const verdictText = (v?: string) => (v ? (A.verdicts[v] ?? v) : '');
const verdictClass = (v?: string) => (v === 'fail' || v === 'no_match' ? 'verdict-fail' : 'verdict-pass');

/** Where each part of a keyword entry was found: 标题 / 正文 / 未出现. */
function EntryParts({ entries }: { entries: NonNullable<Check['entries']> }) {
  return (
    <ul className="why-entries">
      {entries.map((e) => (
        <li key={e.entry}>
          <span className={e.hit ? 'verdict-pass' : 'muted'}>{e.entry}</span>：
          {e.parts
            .map((p) => `${p.term}（${[p.inTitle && A.inTitle, p.inBody && A.inBody].filter(Boolean).join('、') || A.notFound}）`)
            .join(' ')}
        </li>
      ))}
    </ul>
  );
}

/** One subscription's verdict on a bulletin, check by check (GET /v1/admin/why). */
export function WhyResult({ result }: { result: WhyReport['results'][number] }) {
  const ex = result.explanation as Record<string, Check> & { verdict?: string };
  // The API's own reasons are English; these sentences are made from its structured checks.
  const explained = result.explanation as unknown as Explanation;
  const lines = explainChecks(explained);
  const reasons = failingReasons(explained);
  return (
    <div className="card why-result">
      <h3>
        {result.subscription.name} — <span className={verdictClass(ex.verdict)}>{verdictText(ex.verdict)}</span>
      </h3>
      {reasons.length > 0 && (
        <ul>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <div className="table-wrap">
        <table>
          <tbody>
            {CHECKS.filter((c) => ex[c]).map((c) => (
              <tr key={c}>
                <th>{A.checks[c]}</th>
                <td className={verdictClass(ex[c].verdict)}>{verdictText(ex[c].verdict)}</td>
                <td>
                  {lines[c]}
                  {ex[c].entries && ex[c].entries.length > 0 && <EntryParts entries={ex[c].entries} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>{A.details}</summary>
        <pre className="json">{JSON.stringify({ explanation: result.explanation, outcome: result.outcome }, null, 2)}</pre>
      </details>
    </div>
  );
}
