import { useState } from 'react';
import { inboxApi } from '../api/endpoints';
import type { Match } from '../api/types';
import { t } from '../i18n/zh-CN';
import { formatDateTime } from '../lib/format';
import { Link } from '../router/Link';
import { BulletinMeta } from './BulletinMeta';
import { FollowButton } from './FollowButton';
import { Highlighted } from './Highlighted';
import { HitTerms } from './HitTerms';
import { MatchFeedbackPanel } from './MatchFeedbackPanel';
import { ErrorNote } from './StatusViews';
import { useAction } from '../hooks/use-action';

interface Props {
  match: Match;
  feedbackOpen?: boolean;
  /** Whether the member follows the notice's project; undefined while not known (no button then). */
  following?: boolean;
  onFollowChange?: (projectId: string, following: boolean) => void;
}

/** One caught bulletin in the inbox, its hit terms marked in the title and the body sentence that hit; 不相关 opens why and fixes. */
export function MatchItem({ match, feedbackOpen = false, following, onFollowChange }: Props) {
  const { bulletin } = match;
  const places = match.hitPlaces ?? [];
  const [marked, setMarked] = useState(match.notRelevant);
  const [open, setOpen] = useState(feedbackOpen);
  const { busy, error, act } = useAction();

  const toggle = () =>
    act(async () => {
      if (marked) {
        await inboxApi.unmarkNotRelevant(match.id);
        setMarked(false);
        setOpen(false);
      } else {
        await inboxApi.markNotRelevant(match.id);
        setMarked(true);
        setOpen(true);
      }
    });

  return (
    <li className={`card match-item${marked ? ' not-relevant' : ''}`} data-match={match.id}>
      <h2 className="item-title">
        <Link to={`/bulletins/${bulletin.id}`}>
          <Highlighted text={bulletin.title} terms={match.hits} />
        </Link>
      </h2>
      <BulletinMeta bulletin={bulletin} />
      {match.hitSentence && (
        <p className="hit-sentence" data-hit-sentence>
          {t.inbox.hitSentence}（{t.inbox.places[places.find((p) => p !== 'title') ?? 'body']}）：
          <Highlighted text={match.hitSentence} terms={match.hits} />
        </p>
      )}
      {match.subscription ? (
        <p className="meta">
          {places.includes('title') && <span className="tag tag-title-hit">{t.inbox.titleHit}</span>} {t.inbox.matchedBy}：
          {match.subscription.name} · {t.inbox.hits}：<HitTerms hits={match.hits} /> · {formatDateTime(match.matchedAt)}
        </p>
      ) : (
        <p className="meta" data-reason={match.kind}>
          <span className="tag">{match.reasonLabel}</span> · {formatDateTime(match.matchedAt)}
        </p>
      )}
      {match.subscription && (match.follow || match.watch) && (
        <p className="meta" data-also>
          {match.follow && <span className="tag">{t.inbox.followedProject}</span>}{' '}
          {match.watch && <span className="tag">{t.inbox.watchedParty(match.watch.name)}</span>}
        </p>
      )}
      {match.follow && match.follow.changes.length > 0 && (
        <p className="meta" data-changes>
          {t.inbox.changes}：{match.follow.changes.join('；')}
        </p>
      )}
      <p className="meta">
        {match.subscription && (
          <>
            {marked && <span className="muted">{t.feedback.markedNotRelevant} · </span>}
            <button type="button" className="button-link" disabled={busy} onClick={() => void toggle()} data-action="not-relevant">
              {marked ? t.feedback.undo : t.feedback.notRelevant}
            </button>
            {' · '}
            <button type="button" className="button-link" onClick={() => setOpen(!open)} aria-expanded={open}>
              {open ? t.feedback.hideWhy : t.feedback.showWhy}
            </button>
          </>
        )}
        {bulletin.projectId && following !== undefined && (
          <>
            {match.subscription && ' · '}
            <Link to={`/projects/${bulletin.projectId}`}>{t.inbox.project}</Link>
            {' · '}
            <FollowButton
              key={String(following)}
              projectId={bulletin.projectId}
              following={following}
              onChange={(on) => onFollowChange?.(bulletin.projectId!, on)}
            />
          </>
        )}
      </p>
      {error != null && <ErrorNote error={error} />}
      {open && match.subscription && <MatchFeedbackPanel matchId={match.id} />}
    </li>
  );
}
