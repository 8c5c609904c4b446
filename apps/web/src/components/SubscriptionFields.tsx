import type { Channel, Frequency, Profile, Scope } from '../api/types';
import { t } from '../i18n/zh-CN';
import { toggle, type FormErrors, type SubscriptionForm } from '../lib/subscription-form';
import { Link } from '../router/Link';
import { BudgetRange } from './BudgetRange';
import { ChipInput } from './ChipInput';
import { ChoiceGroup } from './ChoiceGroup';
import { Field } from './Field';
import { Fieldset } from './Fieldset';
import { KindChoices } from './KindChoices';
import { RegionPicker } from './region-picker/RegionPicker';

interface Props {
  form: SubscriptionForm;
  onChange: (patch: Partial<SubscriptionForm>) => void;
  errors: FormErrors & Record<string, string | undefined>;
  profile: Profile | null;
}

const SCOPES: Scope[] = ['title_body', 'title'];
const CHANNELS: Channel[] = ['email', 'sms', 'wechat', 'webhook', 'robot'];
const FREQUENCIES: Frequency[] = ['instant', 'daily', 'weekly'];
const fieldError = (code?: string) => (code ? ((t.fieldErrors as Record<string, string>)[code] ?? code) : undefined);

/** Every field of a subscription; the page around it loads, previews and saves. */
export function SubscriptionFields({ form, onChange, errors, profile }: Props) {
  const smsReady = Boolean(profile?.phoneVerifiedAt);
  return (
    <div className="form-fields">
      <Field label={t.editor.name} error={fieldError(errors.name)}>
        <input
          value={form.name}
          placeholder={t.editor.namePlaceholder}
          maxLength={100}
          onChange={(e) => onChange({ name: e.target.value })}
        />
      </Field>

      <ChipInput
        kind="keyword"
        label={t.editor.keywords}
        help={`${t.editor.keywordsHelp}${profile ? ` ${t.editor.keywordLimit(profile.limits.keywords)}` : ''}`}
        placeholder={t.editor.keywordPlaceholder}
        terms={form.keywords}
        max={profile?.limits.keywords}
        error={errors.keywords}
        onChange={(keywords) => onChange({ keywords })}
      />

      <ChipInput
        kind="exclude"
        label={t.editor.excludeWords}
        help={t.editor.excludeHelp}
        placeholder={t.editor.excludePlaceholder}
        terms={form.excludeWords}
        max={50}
        error={errors.excludeWords}
        onChange={(excludeWords) => onChange({ excludeWords })}
      />

      <Fieldset legend={t.editor.scope}>
        <ChoiceGroup options={SCOPES} labels={t.labels.scopes} value={form.scope} onChange={(scope) => onChange({ scope })} />
      </Fieldset>

      <RegionPicker value={form.regions} onChange={(regions) => onChange({ regions })} />

      <Fieldset legend={t.editor.categories} help={t.editor.categoriesHelp} error={errors.categories ?? errors.stages}>
        <KindChoices categories={form.categories} stages={form.stages} onChange={onChange} />
      </Fieldset>

      <BudgetRange
        minWan={form.budgetMinWan}
        maxWan={form.budgetMaxWan}
        requireBudget={form.requireBudget}
        errors={{ budgetMin: errors.budgetMin, budgetMax: errors.budgetMax }}
        onChange={(p) =>
          onChange({
            ...(p.minWan !== undefined && { budgetMinWan: p.minWan }),
            ...(p.maxWan !== undefined && { budgetMaxWan: p.maxWan }),
            ...(p.requireBudget !== undefined && { requireBudget: p.requireBudget }),
          })
        }
      />

      <Fieldset legend={t.editor.channels} error={fieldError(errors.channels) ?? (errors.channels ? t.errors.smsNeedsPhone : undefined)}>
        <ChoiceGroup<Channel>
          options={CHANNELS}
          labels={t.labels.channels}
          value={form.channels}
          disabled={(c) => c === 'sms' && !smsReady && !form.channels.includes('sms')}
          hint={(c) =>
            c === 'sms' && !smsReady
              ? t.editor.smsNeedsPhone
              : c === 'wechat' || c === 'webhook' || c === 'robot'
                ? t.editor.channelNeedsSetup
                : undefined
          }
          onChange={(c) => onChange({ channels: toggle(form.channels, c, CHANNELS) })}
        />
        {!smsReady && (
          <p className="help">
            <Link to="/settings">{t.editor.goSettings}</Link>
          </p>
        )}
      </Fieldset>

      <Fieldset legend={t.editor.frequency}>
        <ChoiceGroup
          options={FREQUENCIES}
          labels={t.labels.frequencies}
          value={form.frequency}
          onChange={(frequency) => onChange({ frequency })}
        />
        <label className="choice">
          <input
            type="checkbox"
            name="includeExpired"
            checked={form.includeExpired}
            onChange={(e) => onChange({ includeExpired: e.target.checked })}
          />
          <span>{t.editor.includeExpired}</span>
        </label>
        <p className="help">{t.editor.includeExpiredHelp}</p>
      </Fieldset>
    </div>
  );
}
