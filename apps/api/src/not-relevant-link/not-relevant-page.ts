import type { MemberMatchFixes, MemberMatchWhy, NotRelevantLinkTarget, SuggestedFix } from '@app/domain/members';
import { escapeHtml } from '@app/notify';
import { layout } from '../unsubscribe/unsubscribe-page';

const PLACE = { title: '标题', body: '正文' } as const;
const STYLE = `<style>mark{background:#fde68a}ul{padding-left:1.2rem}li{margin:.4rem 0}.muted{color:#6b7280;font-size:.9rem}a.button{display:block;text-align:center;padding:.6rem 1rem;border-radius:.4rem;background:#2563eb;color:#fff;text-decoration:none}</style>`;

function subscriptions(t: NotRelevantLinkTarget): string {
  return [...new Set(t.matches.map((m) => `「${escapeHtml(m.subscriptionName)}」`))].join('、');
}

/** GET: asks first. Mail scanners prefetch links, so only the POST records anything. */
export function confirmPage(t: NotRelevantLinkTarget): string {
  const done = t.matches.every((m) => m.markedAt);
  return layout(
    '标记为不相关',
    `<h1>这条标讯与您无关？</h1><p><strong>${escapeHtml(t.bulletin.title)}</strong></p>
     <p class="muted">由订阅 ${subscriptions(t)} 匹配。${done ? '您已标记过它为不相关。' : ''}</p>
     <form method="post"><button>标记为不相关</button></form>
     <p class="muted">标记后可以看到它为何被匹配，以及如何调整订阅以减少此类标讯。</p>`,
  );
}

function markedSentence(sentence: string, start: number, end: number): string {
  return `${escapeHtml(sentence.slice(0, start))}<mark>${escapeHtml(sentence.slice(start, end))}</mark>${escapeHtml(sentence.slice(end))}`;
}

function whyHtml(why: MemberMatchWhy): string {
  if (why.keywordless) return '<p>该订阅没有关键词，会收到所选地区和类别的全部标讯。</p>';
  const items = why.entries.flatMap((e) =>
    e.parts.map((p) => {
      const where = [p.inTitle && PLACE.title, p.inBody && PLACE.body].filter(Boolean).join('和');
      const context = p.contexts[0];
      const inside = context?.insideLongerWord ? `（出现在「${escapeHtml(context.word)}」一词中）` : '';
      const sentence = context
        ? `<br><span class="muted">${PLACE[context.place]}：${markedSentence(context.sentence, context.start, context.end)}</span>`
        : '';
      return `<li>关键词「${escapeHtml(p.term)}」出现在${where}${inside}${sentence}</li>`;
    }),
  );
  return items.length ? `<ul>${items.join('')}</ul>` : '<p>订阅条件已修改，现在不会再匹配这条标讯。</p>';
}

export function fixLabel(f: SuggestedFix): string {
  if (f.kind === 'exclude_word') return `添加排除词「${escapeHtml(f.term ?? '')}」`;
  if (f.kind === 'title_only') return '只在标题中查找关键词';
  return `删除关键词「${escapeHtml(f.term ?? '')}」`;
}

function fixesHtml(fixes: MemberMatchFixes): string {
  if (!fixes.fixes.length) return '';
  const items = fixes.fixes.map(
    (f) =>
      `<li>${fixLabel(f)}：过去 ${fixes.days} 天的 ${f.of} 条匹配中会少 ${f.removes} 条${f.removesMarked ? `（其中 ${f.removesMarked} 条您标记过不相关）` : ''}</li>`,
  );
  return `<h2>如何减少此类标讯</h2><ul>${items.join('')}</ul>`;
}

/** After the POST: recorded, why it matched, and the fixes (applied in the web app, signed in). */
export function donePage(
  t: NotRelevantLinkTarget,
  explained: Array<{ why: MemberMatchWhy; fixes: MemberMatchFixes }>,
  appUrl: string,
): string {
  const sections = explained.map(
    ({ why, fixes }) => `<h2>为何被订阅「${escapeHtml(why.subscription.name)}」匹配</h2>${whyHtml(why)}${fixesHtml(fixes)}`,
  );
  return layout(
    '已标记为不相关',
    `${STYLE}<h1>已标记为不相关</h1><p><strong>${escapeHtml(t.bulletin.title)}</strong></p>${sections.join('')}
     <p><a class="button" href="${escapeHtml(appUrl)}">登录后调整订阅</a></p>
     <p class="muted">标记帮助我们改进匹配；可在收件箱中撤销。</p>`,
  );
}

export function invalidPage(): string {
  return layout('链接无效', '<h1>链接无效或已过期</h1><p>这条标讯可能已不在您的收件箱中；请登录后在收件箱中标记。</p>');
}
