import { useState, type FormEvent } from 'react';
import { meApi, subscriptionsApi } from '../../api/endpoints';
import { errorMessage, fieldErrors } from '../../api/error-message';
import type { Profile } from '../../api/types';
import { PreviewPanel } from '../../components/PreviewPanel';
import { regionDetail } from '../../components/region-picker/region-cache';
import { ErrorNote, Loading } from '../../components/StatusViews';
import { SubscriptionFields } from '../../components/SubscriptionFields';
import { useAsync } from '../../hooks/use-async';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import type { RegionRef } from '../../lib/regions';
import { emptyForm, filterFromForm, formFromSubscription, inputFromForm, type SubscriptionForm } from '../../lib/subscription-form';
import { Link } from '../../router/Link';
import { navigate } from '../../router/router';

async function loadEditor(id: string | undefined): Promise<{ profile: Profile; form: SubscriptionForm }> {
  const [profile, sub] = await Promise.all([meApi.get(), id ? subscriptionsApi.get(id) : Promise.resolve(null)]);
  if (!sub) return { profile, form: emptyForm() };
  // A code the region API no longer knows still shows (as its code) and can be removed.
  const regions: RegionRef[] = await Promise.all(
    sub.regions.map((code) => regionDetail(code).catch(() => ({ code, name: code, level: 'district', parentCode: null, fullName: code }))),
  );
  return { profile, form: formFromSubscription(sub, regions) };
}

/** Create or edit a subscription, with the live preview beside the form. */
export function SubscriptionEditorPage({ id }: { id?: string }) {
  useTitle(id ? t.editor.editTitle : t.editor.newTitle);
  const { state, reload } = useAsync(() => loadEditor(id), [id]);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNote error={state.error} onRetry={reload} />;
  return <Editor id={id} profile={state.data.profile} initial={state.data.form} />;
}

function Editor({ id, profile, initial }: { id?: string; profile: Profile; initial: SubscriptionForm }) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const change = (patch: Partial<SubscriptionForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))));
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const result = inputFromForm(form);
    if (!result.ok) return setErrors(result.errors);
    setSaving(true);
    setFailure(null);
    try {
      if (id) await subscriptionsApi.update(id, result.input);
      else await subscriptionsApi.create(result.input);
      navigate('/subscriptions');
    } catch (err) {
      setFailure(err);
      setErrors(fieldErrors(err));
      setSaving(false);
    }
  };

  return (
    <div className="editor-page">
      <h1>{id ? t.editor.editTitle : t.editor.newTitle}</h1>
      <div className="editor-layout">
        <form className="editor-form" onSubmit={(e) => void save(e)} noValidate>
          <SubscriptionFields form={form} onChange={change} errors={errors} profile={profile} />
          {failure != null && (
            <p className="note note-error" role="alert">
              {errorMessage(failure)}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={saving}>
              {saving ? t.common.saving : id ? t.editor.save : t.editor.saveNew}
            </button>
            <Link to="/subscriptions" className="button">
              {t.common.cancel}
            </Link>
          </div>
        </form>
        <PreviewPanel filter={filterFromForm(form)} />
      </div>
    </div>
  );
}
