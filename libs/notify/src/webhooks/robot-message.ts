import type { WebhookKind } from './webhook-kind';
import { categoryLabel } from '../email/format';
import { formatBudget, type ChannelMessageModel } from './channel-bulletin';

// Chat robots cap a message at a few KB (企业微信 markdown: 4096 bytes): list this many, link the rest.
const MAX_LINES = 10;

const KIND_LABEL = { instant: '新标讯', daily: '今日标讯汇总', weekly: '本周标讯汇总' } as const;

/** Chat markdown: links and the characters that start formatting are neutralised in member-visible text. */
const plain = (s: string) =>
  s
    .replace(/[[\]()*_`#>~|]/g, (c) => `\\${c}`)
    .replace(/\s+/g, ' ')
    .trim();

/** The window's matches as one markdown summary (title, lines). */
export function robotMarkdown(model: ChannelMessageModel): { title: string; text: string } {
  const title = `【标讯订阅】${KIND_LABEL[model.kind]} ${model.bulletins.length} 条`;
  const lines = model.bulletins.slice(0, MAX_LINES).map((b) => {
    const facts = [b.regionName, categoryLabel(b.category), formatBudget(b.budgetYuan)].filter(Boolean).map((f) => plain(String(f)));
    const subs = [...new Set(b.matched.map((m) => m.subscriptionName))].map(plain).join('、');
    return `- [${plain(b.title)}](${b.url})\n  ${facts.join(' · ')}${subs ? ` · 订阅：${subs}` : ''}`;
  });
  const more = model.bulletins.length > MAX_LINES ? `\n还有 ${model.bulletins.length - MAX_LINES} 条，[全部查看](${model.inboxUrl})` : '';
  return { title, text: `### ${title}\n${model.periodLabel}\n${lines.join('\n')}${more}` };
}

/** The request body each robot platform expects for a markdown message (signing is added at send time). */
export function renderRobotBody(kind: Exclude<WebhookKind, 'webhook'>, model: ChannelMessageModel): string {
  const { title, text } = robotMarkdown(model);
  switch (kind) {
    case 'wecom':
      return JSON.stringify({ msgtype: 'markdown', markdown: { content: text } });
    case 'dingtalk':
      return JSON.stringify({ msgtype: 'markdown', markdown: { title, text } });
    case 'feishu':
      return JSON.stringify({
        msg_type: 'interactive',
        card: {
          header: { title: { tag: 'plain_text', content: title } },
          elements: [{ tag: 'markdown', content: text.replace(/^### .*\n/, '') }],
        },
      });
  }
}
