import { useState } from 'react';
import { authApi } from '../../api/endpoints';
import { fieldErrors } from '../../api/error-message';
import { AuthCard } from '../../components/AuthCard';
import { Field } from '../../components/Field';
import { ErrorNote } from '../../components/StatusViews';
import { SubmitButton } from '../../components/SubmitButton';
import { useSubmit } from '../../hooks/use-submit';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { checkSignup } from '../../lib/credentials';
import { Link } from '../../router/Link';
import { navigate } from '../../router/router';

export function SignupPage() {
  useTitle(t.auth.signupTitle);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<ReturnType<typeof checkSignup>>({});
  const { busy, error, onSubmit } = useSubmit(async () => {
    const found = checkSignup(email, password, repeat);
    setProblems(found);
    if (Object.keys(found).length) return;
    await authApi.register(email.trim(), password);
    navigate(`/signup/sent?email=${encodeURIComponent(email.trim())}`);
  });
  const api = fieldErrors(error);
  const msg = (p?: string) => (p ? t.fieldErrors[p as keyof typeof t.fieldErrors] : undefined);

  return (
    <AuthCard
      title={t.auth.signupTitle}
      footer={
        <p>
          {t.auth.haveAccount} <Link to="/login">{t.auth.loginButton}</Link>
        </p>
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <Field label={t.auth.email} error={msg(problems.email) ?? api.email}>
          <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <Field label={t.auth.password} help={t.auth.passwordHint} error={msg(problems.password) ?? api.password}>
          <input type="password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <Field label={t.auth.passwordRepeat} error={msg(problems.repeat)}>
          <input type="password" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </Field>
        {error != null && <ErrorNote error={error} />}
        <p className="help">{t.auth.consentNote}</p>
        <SubmitButton busy={busy} label={t.auth.signupButton} />
      </form>
    </AuthCard>
  );
}
