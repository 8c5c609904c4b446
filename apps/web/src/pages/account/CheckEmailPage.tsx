import { useState } from 'react';
import { authApi } from '../../api/endpoints';
import { AuthCard } from '../../components/AuthCard';
import { ErrorNote, Notice } from '../../components/StatusViews';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { Link } from '../../router/Link';
import { useLocation } from '../../router/router';

// The emailed link opens the API's own page (GET /v1/auth/verify-email), which confirms and says
// to sign in; this page tells the member so, and can send the link again.
export function CheckEmailPage() {
  useTitle(t.auth.checkEmailTitle);
  const email = useLocation().query.get('email') ?? '';
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const resend = () =>
    authApi.resendVerification(email).then(
      () => setSent(true),
      (e) => setError(e),
    );
  return (
    <AuthCard title={t.auth.checkEmailTitle}>
      <p>{t.auth.checkEmail(email)}</p>
      <p className="muted">{t.auth.checkEmailSpam}</p>
      {sent && <Notice>{t.auth.resent}</Notice>}
      {error != null && <ErrorNote error={error} />}
      <div className="actions">
        {email && !sent && (
          <button type="button" onClick={() => void resend()}>
            {t.auth.resend}
          </button>
        )}
        <Link to={`/login?email=${encodeURIComponent(email)}`} className="button primary">
          {t.auth.goLogin}
        </Link>
      </div>
    </AuthCard>
  );
}
