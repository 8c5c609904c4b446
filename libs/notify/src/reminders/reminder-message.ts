import { createEvent } from 'ics';
import { escapeHtml } from '../email/escape-html';

export interface ReminderInput {
  project: { id: string; name: string; buyer: string | null; projectCode: string | null; deadlineAt: Date };
  offsetHours: number;
  moved: boolean;
  timezone: string;
  projectUrl: string;
  now?: Date;
}

/**
 * The SMS template registered with the providers, without a link (providers and members both
 * distrust links in reminders):
 *   您关注的项目「${name}」将于${deadline}投标截止，剩${left}。拒收请回复R
 */
export const REMINDER_SMS_TEMPLATE = '您关注的项目「${name}」将于${deadline}投标截止，剩${left}。拒收请回复R';
const NAME_MAX = 14;

function localDeadline(d: Date, timezone: string): string {
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: timezone,
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('month')}月${get('day')}日 ${get('hour')}:${get('minute')}`;
}

/** "3天" or "20小时": what is left at the reminder's own time. */
export function timeLeft(deadline: Date, now: Date): string {
  const hours = Math.max(0, Math.round((deadline.getTime() - now.getTime()) / 3_600_000));
  return hours >= 24 ? `${Math.round(hours / 24)}天` : `${hours}小时`;
}

export function reminderSmsParams(input: ReminderInput): { name: string; deadline: string; left: string } {
  const clean = input.project.name
    .replace(/(?:https?:\/\/|www\.)\S*/gi, '')
    .replace(/[【】[\]\p{Cc}]/gu, '')
    .trim();
  const name = clean.length > NAME_MAX ? `${clean.slice(0, NAME_MAX - 1)}…` : clean;
  return {
    name,
    deadline: localDeadline(input.project.deadlineAt, input.timezone),
    left: timeLeft(input.project.deadlineAt, input.now ?? new Date()),
  };
}

/**
 * The HTML part: the deadline first, a warning when a 更正 moved it, the project's facts and a
 * link to its page. Inline styles only (mail clients drop style sheets); every value escaped.
 */
function reminderHtml(m: { headline: string; moved: boolean; facts: Array<[string, string | null]>; projectUrl: string }): string {
  const rows = m.facts
    .filter((f): f is [string, string] => f[1] !== null)
    .map(
      ([k, v]) =>
        `<tr><td style="padding:4px 12px 4px 0;color:#6b7280;white-space:nowrap">${escapeHtml(k)}</td><td style="padding:4px 0">${escapeHtml(v)}</td></tr>`,
    )
    .join('');
  const moved = m.moved
    ? `<p style="margin:0 0 12px;padding:8px 12px;background:#fff7ed;border-left:4px solid #f97316">注意：截止时间已由更正/延期公告调整，以上为最新时间。</p>`
    : '';
  return [
    `<div style="max-width:600px;margin:0 auto;font-family:sans-serif;font-size:15px;line-height:1.6;color:#1f2937">`,
    `<h1 style="font-size:18px;margin:0 0 12px;color:#b91c1c">${escapeHtml(m.headline)}</h1>`,
    moved,
    `<table style="border-collapse:collapse;margin:0 0 16px">${rows}</table>`,
    `<p style="margin:0 0 16px"><a href="${escapeHtml(m.projectUrl)}" style="display:inline-block;padding:8px 16px;background:#0b5cad;color:#fff;text-decoration:none;border-radius:6px">查看项目进展</a></p>`,
    `<p style="margin:0;color:#6b7280;font-size:13px">附件中的日历文件（deadline.ics）可加入您的日程。</p>`,
    `</div>`,
  ].join('');
}

/** The reminder email: subject, text and HTML parts, and an .ics event at the deadline. */
export function renderReminderEmail(input: ReminderInput): { subject: string; text: string; html: string; ics: string } {
  const { project } = input;
  const deadline = localDeadline(project.deadlineAt, input.timezone);
  const left = timeLeft(project.deadlineAt, input.now ?? new Date());
  const subject = `【投标截止提醒】${project.name}（剩${left}）`;
  const lines = [
    `您关注的项目将于 ${deadline} 投标截止，剩 ${left}。`,
    input.moved ? '注意：截止时间已由更正/延期公告调整，以上为最新时间。' : null,
    `项目：${project.name}`,
    project.buyer ? `采购人：${project.buyer}` : null,
    project.projectCode ? `项目编号：${project.projectCode}` : null,
    `查看项目：${input.projectUrl}`,
    '附件中的日历文件可加入您的日程。',
  ].filter((l): l is string => l !== null);
  const html = reminderHtml({
    headline: `您关注的项目将于 ${deadline} 投标截止，剩 ${left}。`,
    moved: input.moved,
    facts: [
      ['项目', project.name],
      ['采购人', project.buyer],
      ['项目编号', project.projectCode],
      ['投标截止', deadline],
    ],
    projectUrl: input.projectUrl,
  });
  const event = createEvent({
    uid: `deadline-${project.id}@tender-alerts`,
    title: `投标截止：${project.name}`,
    description: lines.join('\n'),
    url: input.projectUrl,
    start: project.deadlineAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: 30 },
    alarms: [{ action: 'display', description: '投标截止', trigger: { hours: 2, before: true } }],
  });
  if (event.error || !event.value) throw event.error ?? new Error('ics: no event');
  return { subject, text: lines.join('\n'), html, ics: event.value };
}
