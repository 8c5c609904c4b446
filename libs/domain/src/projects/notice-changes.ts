/** A notice and what the project stood at before it. */
export interface NoticeFacts {
  title: string;
  category: string;
  stage: string | null;
  deadlineAt: Date | null;
  winners: string[];
  awardYuan: number | null;
}

const CANCELLED = /终止|废标|流标|取消|撤销/u;

function when(d: Date): string {
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('month')}月${get('day')}日 ${get('hour')}:${get('minute')}`;
}

function yuan(v: number): string {
  return v >= 10_000 ? `${Number((v / 10_000).toFixed(2))}万元` : `${v}元`;
}

/**
 * What a later notice changes for someone following its project, in words: a moved deadline,
 * the winner and amount, a cancellation. Empty when it only repeats what was known.
 */
export function noticeChanges(notice: NoticeFacts, previousDeadline: Date | null): string[] {
  const out: string[] = [];
  if (
    notice.stage === 'termination' ||
    (notice.category === 'other' && CANCELLED.test(notice.title)) ||
    /终止|废标|流标/u.test(notice.title)
  ) {
    out.push('项目已终止或废标');
  }
  if (notice.deadlineAt && (!previousDeadline || previousDeadline.getTime() !== notice.deadlineAt.getTime())) {
    out.push(
      previousDeadline ? `截止时间由 ${when(previousDeadline)} 改为 ${when(notice.deadlineAt)}` : `截止时间 ${when(notice.deadlineAt)}`,
    );
  }
  const winners = notice.winners.filter((w) => w.trim());
  if (winners.length) out.push(`中标单位：${winners.join('、')}`);
  if (notice.awardYuan !== null) out.push(`中标金额：${yuan(notice.awardYuan)}`);
  return out;
}
