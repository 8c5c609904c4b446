import { useEffect } from 'react';
import { useSession } from '../auth/use-session';
import { Layout } from '../components/Layout';
import { EmptyState } from '../components/StatusViews';
import { t } from '../i18n/zh-CN';
import { Link } from '../router/Link';
import { matchPath, navigate, useLocation } from '../router/router';
import { routes } from './routes';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

/** Picks the page for the path and enforces who may see it. */
export function App() {
  const { path, query } = useLocation();
  const session = useSession();
  const home = session ? (session.member.role === 'admin' ? '/admin' : '/subscriptions') : '/login';

  if (path === '/' || path === '') return <Redirect to={home} />;
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (route.access === 'guest' && session) return <Redirect to={home} />;
    if ((route.access === 'member' || route.access === 'admin') && !session) {
      const next = `${path}${query.toString() ? `?${query}` : ''}`;
      return <Redirect to={`/login?next=${encodeURIComponent(next)}`} />;
    }
    if (route.access === 'admin' && session?.member.role !== 'admin') {
      return (
        <Layout>
          <EmptyState title={t.errors.forbidden} action={<Link to={home}>{t.errors.goHome}</Link>} />
        </Layout>
      );
    }
    return <Layout>{route.render(params)}</Layout>;
  }
  return (
    <Layout>
      <EmptyState title={t.errors.pageNotFound} hint={t.errors.pageNotFoundHint} action={<Link to={home}>{t.errors.goHome}</Link>} />
    </Layout>
  );
}
