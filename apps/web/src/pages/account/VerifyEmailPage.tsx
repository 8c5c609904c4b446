import { authApi } from '../../api/endpoints';
import { AuthCard } from '../../components/AuthCard';
import { ErrorNote, Loading, Notice } from '../../components/StatusViews';
import { useAsync } from '../../hooks/use-async';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { Link } from '../../router/Link';
import { useLocation } from '../../router/router';

// For a verification link that points into the app (/app/verify-email?token=…): confirms with
// POST /v1/auth/verify-email. Today's emails link to the API's page, which does the same.
export function VerifyEmailPage() {
  useTitle(t.auth.verifyTitle);
  const token = useLocation().query.get('token') ?? '';
  const { state } = useAsync(() => (token ? authApi.verifyEmail(token) : Promise.reject(new Error('missing token'))), [token]);
  return (
    <AuthCard title={t.auth.verifyTitle}>
      {!token && <p className="note note-error">{t.auth.missingToken}</p>}
      {token && state.status === 'loading' && <Loading label={t.auth.verifying} />}
      {token && state.status === 'error' && <ErrorNote error={state.error} />}
      {state.status === 'ready' && <Notice>{t.auth.verified(state.data.email)}</Notice>}
      <p>
        <Link to={state.status === 'ready' ? `/login?email=${encodeURIComponent(state.data.email)}` : '/login'} className="button primary">
          {t.auth.goLogin}
        </Link>
      </p>
    </AuthCard>
  );
}
