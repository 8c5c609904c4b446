import { useCallback, useEffect, useRef, useState } from 'react';
import { appendPage } from '../lib/pages';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A cursor-paged list: the first page when `key` changes, `loadMore()` for the next. */
export function usePagedList<T extends { id: string }>(
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>,
  key: string,
) {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const ctrlRef = useRef<AbortController | null>(null);

  const load = useCallback((from: string | null, reset: boolean) => {
    ctrlRef.current?.abort();
    const ctrl = new AbortController();
    ctrlRef.current = ctrl;
    setLoading(true);
    setError(null);
    fetchRef.current(from, ctrl.signal).then(
      (page) => {
        if (ctrl.signal.aborted) return;
        setItems((old) => (reset ? page.items : appendPage(old, page.items)));
        setCursor(page.nextCursor);
        setDone(page.nextCursor === null);
        setLoading(false);
      },
      (e) => {
        if (ctrl.signal.aborted) return;
        setError(e);
        setLoading(false);
      },
    );
  }, []);

  useEffect(() => {
    setItems([]);
    setDone(false);
    load(null, true);
    return () => ctrlRef.current?.abort();
  }, [key, load]);

  const loadMore = useCallback(() => {
    if (!loading && !done) load(cursor, false);
  }, [loading, done, cursor, load]);
  const retry = useCallback(() => load(cursor, items.length === 0), [cursor, items.length, load]);

  return { items, loading, done, error, loadMore, retry };
}
