import { t } from '../i18n/zh-CN';

/** The keyword entries that caught a bulletin, as small tags. */
export function HitTerms({ hits }: { hits: string[] }) {
  if (!hits.length) return <span className="muted">{t.inbox.noKeywordHit}</span>;
  return (
    <span className="hit-terms">
      {hits.map((h) => (
        <span key={h} className="tag tag-hit">
          {h}
        </span>
      ))}
    </span>
  );
}
