import { useState } from 'react';
import { meApi } from '../../api/endpoints';
import type { Profile } from '../../api/types';
import { useSubmit } from '../../hooks/use-submit';
import { t } from '../../i18n/zh-CN';
import { Field } from '../Field';
import { ErrorNote, Notice } from '../StatusViews';
import { SettingsSection } from './SettingsSection';

export function ProfileSection({ profile, onSaved }: { profile: Profile; onSaved: (p: Profile) => void }) {
  const [displayName, setDisplayName] = useState(profile.displayName ?? '');
  const [company, setCompany] = useState(profile.company ?? '');
  const [saved, setSaved] = useState(false);
  const { busy, error, onSubmit } = useSubmit(async () => {
    setSaved(false);
    onSaved(await meApi.update({ displayName: displayName.trim() || null, company: company.trim() || null }));
    setSaved(true);
  });
  return (
    <SettingsSection title={t.settings.profile} id="profile">
      <p className="muted">
        {t.settings.email}：{profile.email} · {t.settings.plan}：{t.settings.plans[profile.plan] ?? profile.plan}（
        {t.settings.limits(profile.limits.subscriptions, profile.limits.keywords)}）
      </p>
      <form onSubmit={onSubmit}>
        <Field label={t.settings.displayName}>
          <input value={displayName} maxLength={100} autoComplete="name" onChange={(e) => setDisplayName(e.target.value)} />
        </Field>
        <Field label={t.settings.company}>
          <input value={company} maxLength={200} autoComplete="organization" onChange={(e) => setCompany(e.target.value)} />
        </Field>
        {error != null && <ErrorNote error={error} />}
        {saved && <Notice>{t.common.saved}</Notice>}
        <button type="submit" disabled={busy}>
          {busy ? t.common.saving : t.common.save}
        </button>
      </form>
    </SettingsSection>
  );
}
