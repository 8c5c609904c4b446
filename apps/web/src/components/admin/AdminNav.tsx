import { useState, type ReactNode } from 'react';
import { adminApi } from '../../api/admin-endpoints';
import { t } from '../../i18n/zh-CN';
import { Link } from '../../router/Link';
import { useLocation } from '../../router/router';
import { ErrorNote } from '../StatusViews';

const A = t.admin;
const SECTIONS: Array<[string, string]> = [
  ['/admin', A.stats],
  ['/admin/members', A.members],
  ['/admin/subscriptions', A.subscriptions],
  ['/admin/deliveries', A.deliveries],
  ['/admin/bulletins', A.bulletins],
  ['/admin/sources', A.sources],
  ['/admin/why', A.whyMatched],
  ['/admin/audit', A.audit],
];

// bull-board loads with plain browser requests: trade the bearer token for its cookie, then go there.
function QueuesLink() {
  const [error, setError] = useState<unknown>(null);
  const open = async () => {
    try {
      const { url } = await adminApi.openQueues();
      window.location.assign(url);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <button type="button" className="button-link" onClick={() => void open()}>
        {A.queues} ↗
      </button>
      {error != null && <ErrorNote error={error} />}
    </>
  );
}

/** The admin sections, then the page. */
export function AdminShell({ children }: { children: ReactNode }) {
  const { path } = useLocation();
  const current = (to: string) => (to === '/admin' ? path === '/admin' : path === to || path.startsWith(`${to}/`));
  return (
    <div className="admin">
      <nav className="admin-nav" aria-label={A.title}>
        {SECTIONS.map(([to, label]) => (
          <Link key={to} to={to} aria-current={current(to) ? 'page' : undefined}>
            {label}
          </Link>
        ))}
        <QueuesLink />
      </nav>
      {children}
    </div>
  );
}
