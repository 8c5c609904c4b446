import type { ChannelMessageModel } from '../webhooks/channel-bulletin';

// Template fields hold short text (thing: 20 characters); longer values are cut with an ellipsis.
const cut = (s: string, n = 20) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The template message for a delivery: which subscriptions, the newest title, how many, when. The
 * keys follow the template the operator registers (thing1 / thing2 / number3 / time4); opening it
 * leads to the bulletin (one) or to the inbox (several, or a digest).
 */
export function wechatTemplate(model: ChannelMessageModel, publicUrl: string): { url: string; data: Record<string, { value: string }> } {
  const names = [...new Set(model.bulletins.flatMap((b) => b.matched.map((m) => m.subscriptionName)))];
  const first = model.bulletins[0];
  const url = model.bulletins.length === 1 && model.kind === 'instant' ? `${publicUrl}/app/bulletins/${first.id}` : model.inboxUrl;
  return {
    url,
    data: {
      thing1: { value: cut(names.join('、') || '标讯订阅') },
      thing2: { value: cut(first?.title ?? '') },
      number3: { value: String(model.bulletins.length) },
      time4: { value: model.periodLabel },
    },
  };
}
