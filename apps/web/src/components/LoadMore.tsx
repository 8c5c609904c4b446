import { useEffect, useRef } from 'react';
import { t } from '../i18n/zh-CN';

/** A "load more" button that also fires when it scrolls into view (infinite scroll with a keyboard fallback). */
export function LoadMore({ onLoad, loading, done }: { onLoad: () => void; loading: boolean; done: boolean }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || done || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onLoad(), { rootMargin: '200px' });
    io.observe(el);
    return () => io.disconnect();
  }, [onLoad, done]);
  if (done) return <p className="muted list-end">{t.inbox.endOfList}</p>;
  return (
    <button ref={ref} type="button" className="load-more" onClick={onLoad} disabled={loading}>
      {loading ? t.common.loading : t.common.loadMore}
    </button>
  );
}
