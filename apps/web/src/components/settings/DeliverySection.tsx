import { useState } from 'react';
import { meApi } from '../../api/endpoints';
import type { Profile, ProfileUpdate } from '../../api/types';
import { useSubmit } from '../../hooks/use-submit';
import { t } from '../../i18n/zh-CN';
import { formatDateTime } from '../../lib/format';
import { Field } from '../Field';
import { Fieldset } from '../Fieldset';
import { ErrorNote, Notice } from '../StatusViews';
import { SettingsSection } from './SettingsSection';

const COMMON_ZONES = [
  'Asia/Shanghai',
  'Asia/Urumqi',
  'Asia/Hong_Kong',
  'Asia/Macau',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Europe/London',
  'America/New_York',
];
const zones = (): string[] => {
  const all = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return [...new Set([...COMMON_ZONES, ...all])];
};
const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** When and how alerts arrive: time zone, digest time, channels, SMS quiet hours, consent. */
export function DeliverySection({ profile, onSaved }: { profile: Profile; onSaved: (p: Profile) => void }) {
  const [draft, setDraft] = useState({
    timezone: profile.timezone,
    digestHour: profile.digestHour,
    digestWeekday: profile.digestWeekday,
    quietStart: profile.quietStart,
    quietEnd: profile.quietEnd,
    emailEnabled: profile.emailEnabled,
    smsEnabled: profile.smsEnabled,
    consent: profile.consentAt !== null,
  });
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<typeof draft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const { busy, error, onSubmit } = useSubmit(async () => {
    const { consent, ...rest } = draft;
    const update: ProfileUpdate = { ...rest };
    if (consent !== (profile.consentAt !== null)) update.consentToAlerts = consent;
    onSaved(await meApi.update(update));
    setSaved(true);
  });
  const smsReady = Boolean(profile.phoneVerifiedAt) && draft.consent;

  return (
    <SettingsSection title={t.settings.delivery} id="delivery">
      <form onSubmit={onSubmit}>
        <Field label={t.settings.timezone}>
          <select value={draft.timezone} onChange={(e) => set({ timezone: e.target.value })}>
            {zones().map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t.settings.digestHour}>
          <select value={draft.digestHour} onChange={(e) => set({ digestHour: Number(e.target.value) })}>
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {t.settings.hourOption(h)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t.settings.digestWeekday}>
          <select value={draft.digestWeekday} onChange={(e) => set({ digestWeekday: Number(e.target.value) })}>
            {t.labels.weekdays.map((w, i) => (
              <option key={w} value={i}>
                {w}
              </option>
            ))}
          </select>
        </Field>
        <label className="choice">
          <input type="checkbox" checked={draft.emailEnabled} onChange={(e) => set({ emailEnabled: e.target.checked })} />
          <span>{t.settings.emailEnabled}</span>
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.consent}
            onChange={(e) => set({ consent: e.target.checked, ...(!e.target.checked && { smsEnabled: false }) })}
          />
          <span>{t.settings.consent}</span>
          {profile.consentAt && <small className="muted">{t.settings.consentGiven(formatDateTime(profile.consentAt))}</small>}
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.smsEnabled}
            disabled={!smsReady && !draft.smsEnabled}
            onChange={(e) => set({ smsEnabled: e.target.checked })}
          />
          <span>{t.settings.smsEnabled}</span>
          {!smsReady && <small className="muted">{t.settings.smsNeeds}</small>}
        </label>
        <Fieldset legend={t.settings.quietHours} help={t.settings.quietHelp} className="inline-fields">
          <label>
            {t.settings.quietStart} <input type="time" value={draft.quietStart} onChange={(e) => set({ quietStart: e.target.value })} />
          </label>
          <label>
            {t.settings.quietEnd} <input type="time" value={draft.quietEnd} onChange={(e) => set({ quietEnd: e.target.value })} />
          </label>
        </Fieldset>
        {error != null && <ErrorNote error={error} />}
        {saved && <Notice>{t.common.saved}</Notice>}
        <button type="submit" disabled={busy}>
          {busy ? t.common.saving : t.common.save}
        </button>
      </form>
    </SettingsSection>
  );
}
