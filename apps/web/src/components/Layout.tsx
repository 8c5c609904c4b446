import type { ReactNode } from 'react';
import { authApi } from '../api/endpoints';
import { sessionStore } from '../auth/session-store';
import { useSession } from '../auth/use-session';
import { t } from '../i18n/zh-CN';
import { Link } from '../router/Link';
import { navigate, useLocation } from '../router/router';

function NavLink({ to, children }: { to: string; children: ReactNode }) {
  const { path } = useLocation();
  const current = path === to || path.startsWith(`${to}/`);
  return (
    <Link to={to} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

async function logout(): Promise<void> {
  const refreshToken = sessionStore.get()?.refreshToken;
  sessionStore.clear();
  navigate('/login', { replace: true });
  if (refreshToken) await authApi.logout(refreshToken).catch(() => undefined);
}

/** Header with the navigation for who is signed in, then the page. */
export function Layout({ children }: { children: ReactNode }) {
  const session = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.nav.skipToContent}
      </a>
      <header className="site-header">
        <Link to={session ? '/subscriptions' : '/login'} className="brand">
          {t.appName}
        </Link>
        <nav aria-label={t.nav.menu}>
          {session ? (
            <>
              <NavLink to="/subscriptions">{t.nav.subscriptions}</NavLink>
              <NavLink to="/inbox">{t.nav.inbox}</NavLink>
              <NavLink to="/channels">{t.nav.channels}</NavLink>
              <NavLink to="/follows">{t.nav.follows}</NavLink>
              <NavLink to="/watches">{t.nav.watches}</NavLink>
              <NavLink to="/settings">{t.nav.settings}</NavLink>
              {session.member.role === 'admin' && <NavLink to="/admin">{t.nav.admin}</NavLink>}
              <button type="button" className="button-link" onClick={() => void logout()}>
                {t.nav.logout}
              </button>
            </>
          ) : (
            <>
              <NavLink to="/login">{t.nav.login}</NavLink>
              <NavLink to="/signup">{t.nav.signup}</NavLink>
            </>
          )}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
