import { escapeHtml } from '@app/notify';
import type { UnsubscribeTarget } from '@app/domain/members';

/** The shared frame of the pages behind links in emails (no login, no scripts). */
export const layout = (title: string, body: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f2937}
button{font-size:1rem;padding:.6rem 1rem;margin:.3rem 0;border-radius:.4rem;border:1px solid #2563eb;background:#2563eb;color:#fff;cursor:pointer;width:100%}
button.secondary{background:#fff;color:#2563eb}</style></head><body>${body}</body></html>`;

/** GET: a confirmation page. Mail scanners prefetch links, so only the POST changes anything. */
export function confirmPage(t: UnsubscribeTarget): string {
  const sub = t.subscription ? `<button name="scope" value="subscription">暂停订阅「${escapeHtml(t.subscription.name)}」</button>` : '';
  return layout(
    '退订确认',
    `<h1>退订标讯提醒</h1><p>账号：${escapeHtml(t.email)}</p>
     <form method="post">${sub}<button name="scope" value="all" class="${sub ? 'secondary' : ''}">不再接收任何标讯邮件</button></form>`,
  );
}

export function donePage(t: UnsubscribeTarget, scope: 'subscription' | 'all'): string {
  const what = scope === 'subscription' && t.subscription ? `订阅「${escapeHtml(t.subscription.name)}」已暂停。` : '您将不再收到标讯邮件。';
  return layout('已退订', `<h1>已退订</h1><p>${what}</p><p>可随时登录后在订阅管理中恢复。</p>`);
}

export function invalidPage(): string {
  return layout('链接无效', '<h1>链接无效或已过期</h1><p>请使用最新邮件中的退订链接，或登录后在设置中修改。</p>');
}
