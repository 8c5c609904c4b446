import { useState } from 'react';
import { authApi } from '../../api/endpoints';
import { AuthCard } from '../../components/AuthCard';
import { Field } from '../../components/Field';
import { ErrorNote, Notice } from '../../components/StatusViews';
import { SubmitButton } from '../../components/SubmitButton';
import { useSubmit } from '../../hooks/use-submit';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { Link } from '../../router/Link';

export function ForgotPasswordPage() {
  useTitle(t.auth.forgotTitle);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { busy, error, onSubmit } = useSubmit(async () => {
    await authApi.forgotPassword(email.trim());
    setSent(true);
  });
  return (
    <AuthCard
      title={t.auth.forgotTitle}
      footer={
        <p>
          <Link to="/login">{t.auth.goLogin}</Link>
        </p>
      }
    >
      {sent ? (
        <Notice>{t.auth.forgotSent}</Notice>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <p className="help">{t.auth.forgotHint}</p>
          <Field label={t.auth.email}>
            <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </Field>
          {error != null && <ErrorNote error={error} />}
          <SubmitButton busy={busy} label={t.auth.forgotButton} />
        </form>
      )}
    </AuthCard>
  );
}
