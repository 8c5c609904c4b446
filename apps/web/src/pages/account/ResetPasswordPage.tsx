import { useState } from 'react';
import { authApi } from '../../api/endpoints';
import { AuthCard } from '../../components/AuthCard';
import { Field } from '../../components/Field';
import { ErrorNote, Notice } from '../../components/StatusViews';
import { SubmitButton } from '../../components/SubmitButton';
import { useSubmit } from '../../hooks/use-submit';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { checkNewPassword } from '../../lib/credentials';
import { Link } from '../../router/Link';
import { useLocation } from '../../router/router';

// For a reset link into the app (/app/reset-password?token=…); the API's emailed link has its own form.
export function ResetPasswordPage() {
  useTitle(t.auth.resetTitle);
  const token = useLocation().query.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const { busy, error, onSubmit } = useSubmit(async () => {
    const found = checkNewPassword(password, repeat);
    const p = found.password ?? found.repeat;
    setProblem(p ? t.fieldErrors[p] : undefined);
    if (p) return;
    await authApi.resetPassword(token, password);
    setDone(true);
  });
  if (!token)
    return (
      <AuthCard title={t.auth.resetTitle}>
        <p className="note note-error">{t.auth.missingToken}</p>
      </AuthCard>
    );
  return (
    <AuthCard
      title={t.auth.resetTitle}
      footer={
        <p>
          <Link to="/login">{t.auth.goLogin}</Link>
        </p>
      }
    >
      {done ? (
        <Notice>{t.auth.resetDone}</Notice>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Field label={t.auth.newPassword} help={t.auth.passwordHint} error={problem}>
            <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          </Field>
          <Field label={t.auth.passwordRepeat}>
            <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
          </Field>
          {error != null && <ErrorNote error={error} />}
          <SubmitButton busy={busy} label={t.auth.resetButton} />
        </form>
      )}
    </AuthCard>
  );
}
