import { useState } from 'react';
import { authApi, meApi } from '../../api/endpoints';
import { sessionStore } from '../../auth/session-store';
import { useSubmit } from '../../hooks/use-submit';
import { t } from '../../i18n/zh-CN';
import { navigate } from '../../router/router';
import { Field } from '../Field';
import { ErrorNote, Notice } from '../StatusViews';
import { SettingsSection } from './SettingsSection';

/** Password change, signing out everywhere, deleting the account. */
export function AccountSection() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [changed, setChanged] = useState(false);
  const [deletePassword, setDeletePassword] = useState('');

  const change = useSubmit(async () => {
    sessionStore.set(await authApi.changePassword(current, next));
    setCurrent('');
    setNext('');
    setChanged(true);
  });
  const logoutAll = useSubmit(async () => {
    await authApi.logoutAll();
    sessionStore.clear();
    navigate('/login', { replace: true });
  });
  const remove = useSubmit(async () => {
    await meApi.remove(deletePassword);
    sessionStore.clear();
    navigate('/signup', { replace: true });
  });

  return (
    <>
      <SettingsSection title={t.settings.password} id="password">
        <form onSubmit={change.onSubmit}>
          <Field label={t.settings.currentPassword}>
            <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
          </Field>
          <Field label={t.settings.newPassword} help={t.auth.passwordHint}>
            <input
              type="password"
              autoComplete="new-password"
              minLength={8}
              maxLength={128}
              value={next}
              onChange={(e) => setNext(e.target.value)}
            />
          </Field>
          {change.error != null && <ErrorNote error={change.error} />}
          {changed && <Notice>{t.settings.passwordChanged}</Notice>}
          <button type="submit" disabled={change.busy}>
            {t.settings.changePassword}
          </button>
        </form>
      </SettingsSection>
      <SettingsSection title={t.settings.sessions} id="sessions">
        <form onSubmit={logoutAll.onSubmit}>
          {logoutAll.error != null && <ErrorNote error={logoutAll.error} />}
          <button type="submit" disabled={logoutAll.busy}>
            {t.settings.logoutAll}
          </button>
        </form>
      </SettingsSection>
      <SettingsSection title={t.settings.deleteTitle} id="delete">
        <form onSubmit={(e) => (window.confirm(t.settings.deleteWarning) ? remove.onSubmit(e) : e.preventDefault())}>
          <p className="note note-warn">{t.settings.deleteWarning}</p>
          <Field label={t.settings.deleteConfirm}>
            <input
              type="password"
              autoComplete="current-password"
              value={deletePassword}
              onChange={(e) => setDeletePassword(e.target.value)}
            />
          </Field>
          {remove.error != null && <ErrorNote error={remove.error} />}
          <button type="submit" className="danger" disabled={remove.busy || !deletePassword}>
            {t.settings.deleteButton}
          </button>
        </form>
      </SettingsSection>
    </>
  );
}
