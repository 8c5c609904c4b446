import { subscriptionsApi } from '../../api/endpoints';
import { FeedsSection } from '../../components/channels/FeedsSection';
import { WebhooksSection } from '../../components/channels/WebhooksSection';
import { WechatSection } from '../../components/channels/WechatSection';
import { ErrorNote, Loading } from '../../components/StatusViews';
import { useAsync } from '../../hooks/use-async';
import { useTitle } from '../../hooks/use-title';
import { t } from '../../i18n/zh-CN';

/** Channels beyond email and SMS: webhooks and group robots, WeChat, and Atom feeds. */
export function ChannelsPage() {
  useTitle(t.channels.title);
  const { state, reload } = useAsync(() => subscriptionsApi.list(), []);
  if (state.status === 'loading' && !state.data) return <Loading />;
  if (state.status === 'error') return <ErrorNote error={state.error} onRetry={reload} />;
  const subscriptions = state.data!;
  return (
    <div className="settings channels">
      <h1>{t.channels.title}</h1>
      <WebhooksSection subscriptions={subscriptions} />
      <WechatSection />
      <FeedsSection subscriptions={subscriptions} />
    </div>
  );
}
