import { useState } from 'react';
import { authApi } from '../../api/endpoints';
import { ApiError } from '../../api/http';
import { AuthCard } from '../../components/AuthCard';
import { Field } from '../../components/Field';
import { ErrorNote, Notice } from '../../components/StatusViews';
import { SubmitButton } from '../../components/SubmitButton';
import { sessionStore } from '../../auth/session-store';
import { useSubmit } from '../../hooks/use-submit';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { Link } from '../../router/Link';
import { navigate, useLocation } from '../../router/router';

/** Only paths inside the app: `?next=` never sends anyone elsewhere. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function LoginPage() {
  useTitle(t.auth.loginTitle);
  const { query } = useLocation();
  const [email, setEmail] = useState(query.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [resent, setResent] = useState(false);
  const { busy, error, onSubmit } = useSubmit(async () => {
    const session = await authApi.login(email.trim(), password);
    sessionStore.set(session);
    navigate(safeNext(query.get('next')) ?? (session.member.role === 'admin' ? '/admin' : '/subscriptions'), { replace: true });
  });
  const unverified = error instanceof ApiError && error.code === 'email_not_verified';
  const resend = async () => {
    await authApi.resendVerification(email.trim()).catch(() => undefined);
    setResent(true);
  };

  return (
    <AuthCard
      title={t.auth.loginTitle}
      footer={
        <>
          <p>
            {t.auth.noAccount} <Link to="/signup">{t.auth.signupButton}</Link>
          </p>
          <p>
            <Link to="/forgot-password">{t.auth.forgot}</Link>
          </p>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <Field label={t.auth.email}>
          <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <Field label={t.auth.password}>
          <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        {error != null && <ErrorNote error={error} />}
        {unverified && !resent && (
          <button type="button" className="button-link" onClick={() => void resend()}>
            {t.auth.resend}
          </button>
        )}
        {resent && <Notice>{t.auth.resent}</Notice>}
        <SubmitButton busy={busy} label={t.auth.loginButton} />
      </form>
    </AuthCard>
  );
}
