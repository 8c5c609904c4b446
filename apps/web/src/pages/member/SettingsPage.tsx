import { meApi } from '../../api/endpoints';
import { AccountSection } from '../../components/settings/AccountSection';
import { DeliverySection } from '../../components/settings/DeliverySection';
import { HistorySection } from '../../components/settings/HistorySection';
import { PhoneSection } from '../../components/settings/PhoneSection';
import { ProfileSection } from '../../components/settings/ProfileSection';
import { ErrorNote, Loading } from '../../components/StatusViews';
import { useAsync } from '../../hooks/use-async';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';

export function SettingsPage() {
  useTitle(t.settings.title);
  const { state, reload, set } = useAsync(() => meApi.get(), []);
  if (state.status === 'loading' && !state.data) return <Loading />;
  if (state.status === 'error') return <ErrorNote error={state.error} onRetry={reload} />;
  const profile = state.data!;
  return (
    <div className="settings">
      <h1>{t.settings.title}</h1>
      <ProfileSection profile={profile} onSaved={set} />
      <DeliverySection key={`delivery-${profile.phone}-${profile.phoneVerifiedAt}`} profile={profile} onSaved={set} />
      <PhoneSection key={`phone-${profile.phone}-${profile.phoneVerifiedAt}`} profile={profile} onSaved={set} />
      <HistorySection />
      <AccountSection />
    </div>
  );
}
