import { useState } from 'react';
import { adminApi } from '../../api/admin-endpoints';
import type { WhyReport } from '../../api/admin-types';
import { WhyResult } from '../../components/admin/WhyResult';
import { Field } from '../../components/Field';
import { ErrorNote } from '../../components/StatusViews';
import { useSubmit } from '../../hooks/use-submit';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';
import { useLocation } from '../../router/router';

const A = t.admin;

/** Why a bulletin was (not) matched for a subscription, or for all of a member's. */
export function AdminWhyPage() {
  useTitle(A.whyTitle);
  const { query } = useLocation();
  const [bulletinId, setBulletinId] = useState(query.get('bulletinId') ?? '');
  const [subscriptionId, setSubscriptionId] = useState(query.get('subscriptionId') ?? '');
  const [memberId, setMemberId] = useState(query.get('memberId') ?? '');
  const [report, setReport] = useState<WhyReport | null>(null);
  const { busy, error, onSubmit } = useSubmit(async () => {
    setReport(
      await adminApi.why({
        bulletinId: bulletinId.trim(),
        subscriptionId: subscriptionId.trim() || undefined,
        memberId: memberId.trim() || undefined,
      }),
    );
  });
  return (
    <div>
      <h1>{A.whyTitle}</h1>
      <p className="help">{A.whyHint}</p>
      <form className="card" onSubmit={onSubmit}>
        <Field label={A.bulletinId}>
          <input value={bulletinId} required onChange={(e) => setBulletinId(e.target.value)} />
        </Field>
        <Field label={A.subscriptionId}>
          <input value={subscriptionId} onChange={(e) => setSubscriptionId(e.target.value)} />
        </Field>
        <Field label={A.memberId}>
          <input value={memberId} onChange={(e) => setMemberId(e.target.value)} />
        </Field>
        {error != null && <ErrorNote error={error} />}
        <button type="submit" className="primary" disabled={busy}>
          {A.check}
        </button>
      </form>
      {report && (
        <section aria-live="polite">
          <h2 className="section-title">{typeof report.bulletin.title === 'string' ? report.bulletin.title : ''}</h2>
          {report.results.length === 0 ? (
            <p className="muted">{A.noSubscriptionsToCheck}</p>
          ) : (
            report.results.map((r) => <WhyResult key={r.subscription.id} result={r} />)
          )}
        </section>
      )}
    </div>
  );
}
