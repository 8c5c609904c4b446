import type { Match } from '../api/types';
import { t } from '../i18n/zh-CN';
import { formatDateTime } from '../lib/format';
import { Link } from '../router/Link';
import { BulletinMeta } from './BulletinMeta';
import { Highlighted } from './Highlighted';
import { HitTerms } from './HitTerms';

/** One caught bulletin in the inbox, its hit terms marked in the title and the body sentence that hit. */
export function MatchItem({ match }: { match: Match }) {
  const { bulletin } = match;
  const places = match.hitPlaces ?? [];
  return (
    <li className="card match-item" data-match={match.id}>
      <h2 className="item-title">
        <Link to={`/bulletins/${bulletin.id}`}>
          <Highlighted text={bulletin.title} terms={match.hits} />
        </Link>
      </h2>
      <BulletinMeta bulletin={bulletin} />
      {match.hitSentence && (
        <p className="hit-sentence" data-hit-sentence>
          {t.inbox.hitSentence}（{t.inbox.places[places.find((p) => p !== 'title') ?? 'body']}）：<Highlighted text={match.hitSentence} terms={match.hits} />
        </p>
      )}
      <p className="meta">
        {places.includes('title') && <span className="tag tag-title-hit">{t.inbox.titleHit}</span>} {t.inbox.matchedBy}：{match.subscription.name} · {t.inbox.hits}：<HitTerms hits={match.hits} /> · {formatDateTime(match.matchedAt)}
      </p>
    </li>
  );
}
