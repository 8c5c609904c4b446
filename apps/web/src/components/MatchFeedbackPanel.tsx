import { useState } from 'react';
import { inboxApi, subscriptionsApi } from '../api/endpoints';
import type { SuggestedFix } from '../api/types';
import { useAsync } from '../hooks/use-async';
import { t } from '../i18n/zh-CN';
import { fixLabel, removalLabel, splitAtHit, whyLines } from '../lib/match-feedback';
import { Link } from '../router/Link';
import { ErrorNote, Loading, Notice } from './StatusViews';

const F = t.feedback;

/** After 不相关: why the match happened and one-click fixes, each applied with PATCH /v1/subscriptions/:id. */
export function MatchFeedbackPanel({ matchId }: { matchId: string }) {
  const { state, reload } = useAsync(
    async (signal) => {
      const [why, fixes] = await Promise.all([inboxApi.why(matchId, signal), inboxApi.fixes(matchId, signal)]);
      return { why, fixes };
    },
    [matchId],
  );
  const [applying, setApplying] = useState<SuggestedFix | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  if (state.status === 'error' && !state.data) return <ErrorNote error={state.error} onRetry={reload} />;
  if (!state.data) return <Loading />;
  const { why, fixes } = state.data;

  const apply = async (fix: SuggestedFix) => {
    setApplying(fix);
    setError(null);
    try {
      await subscriptionsApi.update(fixes.subscriptionId, fix.patch);
      setApplied(fixLabel(fix));
      reload();
    } catch (e) {
      setError(e);
    } finally {
      setApplying(null);
    }
  };

  return (
    <section className="match-feedback" aria-label={F.why}>
      <h3>{F.why}</h3>
      {why.keywordless && <p>{F.keywordless}</p>}
      {!why.stillMatches && <p className="muted">{F.noLongerMatches}</p>}
      <ul>
        {whyLines(why).map((line, i) => {
          const parts = line.context ? splitAtHit(line.context) : null;
          return (
            <li key={i}>
              {line.text}
              {parts && line.context && (
                <div className="muted">
                  {F.places[line.context.place]}：{parts[0]}
                  <mark>{parts[1]}</mark>
                  {parts[2]}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {applied && <Notice>{`${F.applied}：${applied}`}</Notice>}
      {error != null && <ErrorNote error={error} />}
      {why.stillMatches && (
        <>
          <h3>{F.fixes}</h3>
          {fixes.fixes.length === 0 && <p className="muted">{F.noFixes}</p>}
          <ul className="fix-list">
            {fixes.fixes.map((fix) => (
              <li key={`${fix.kind}:${fix.term ?? ''}`} data-fix={fix.kind}>
                <strong>{fixLabel(fix)}</strong> <span className="muted">{removalLabel(fix, fixes.days)}</span>{' '}
                <button type="button" className="button-link" disabled={applying !== null} onClick={() => void apply(fix)}>
                  {F.apply}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={`/subscriptions/${why.subscription.id}`}>{F.editSubscription}</Link>
      </p>
    </section>
  );
}
