import { useState } from 'react';
import { meApi } from '../../api/endpoints';
import type { Profile } from '../../api/types';
import { useSubmit } from '../../hooks/use-submit';
import { t } from '../../i18n/zh-CN';
import { Field } from '../Field';
import { ErrorNote, Notice } from '../StatusViews';
import { SettingsSection } from './SettingsSection';

/** The phone number for SMS alerts: save it, get a code by SMS, confirm the code. */
export function PhoneSection({ profile, onSaved }: { profile: Profile; onSaved: (p: Profile) => void }) {
  const [phone, setPhone] = useState(profile.phone ?? '');
  const [code, setCode] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const save = useSubmit(async () => {
    setDone(false);
    setSentTo(null);
    const saved = await meApi.update({ phone: phone.trim() || null });
    // Stored as E.164 (+86…): show it as stored, so the field no longer reads as changed.
    setPhone(saved.phone ?? '');
    onSaved(saved);
  });
  const send = useSubmit(async () => setSentTo((await meApi.sendPhoneCode()).phone));
  const verify = useSubmit(async () => {
    await meApi.verifyPhone(code.trim());
    setDone(true);
    setSentTo(null);
    onSaved(await meApi.get());
  });
  const changed = (profile.phone ?? '') !== phone.trim();

  return (
    <SettingsSection title={t.settings.phoneSection} id="phone">
      <form onSubmit={save.onSubmit}>
        <Field
          label={t.settings.phone}
          help={profile.phone ? (profile.phoneVerifiedAt ? t.settings.phoneVerified : t.settings.phoneUnverified) : undefined}
        >
          <input
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            value={phone}
            placeholder={t.settings.phonePlaceholder}
            onChange={(e) => setPhone(e.target.value)}
          />
        </Field>
        {save.error != null && <ErrorNote error={save.error} overrides={{ 400: t.errors.phoneInvalid }} />}
        {changed && (
          <button type="submit" disabled={save.busy}>
            {t.settings.savePhone}
          </button>
        )}
      </form>
      {profile.phone && !profile.phoneVerifiedAt && !changed && (
        <div className="phone-verify">
          <form onSubmit={send.onSubmit}>
            <button type="submit" disabled={send.busy}>
              {t.settings.sendCode}
            </button>
          </form>
          {send.error != null && <ErrorNote error={send.error} />}
          {sentTo && (
            <form onSubmit={verify.onSubmit}>
              <Notice tone="info">{t.settings.codeSent(sentTo)}</Notice>
              <Field label={t.settings.code}>
                <input
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                />
              </Field>
              {verify.error != null && <ErrorNote error={verify.error} overrides={{ 400: t.errors.codeWrong }} />}
              <button type="submit" disabled={verify.busy}>
                {t.settings.verifyCode}
              </button>
            </form>
          )}
        </div>
      )}
      {done && <Notice>{t.settings.phoneDone}</Notice>}
    </SettingsSection>
  );
}
