/**
 * The SMS template for notices of followed projects, registered with the providers without a link
 * (like the reminder: what changed is the message, the inbox has the rest):
 *   Aliyun:  您关注的项目「${name}」有新公告：${change}。拒收请回复R
 *   Tencent: 您关注的项目「{1}」有新公告：{2}。拒收请回复R
 * `followSmsParams` returns the variables in that order.
 */
export const FOLLOW_SMS_TEMPLATE = '您关注的项目「${name}」有新公告：${change}。拒收请回复R';

export interface FollowSmsInput {
  /** Names of the followed projects the message is about, in the order their notices came. */
  projectNames: string[];
  /** What the notices changed, as follow_notices holds it (新截止时间, 中标单位和金额, 终止). */
  changes: string[];
  /** Notices in the message. */
  count: number;
}

// Both providers cap a variable's length; 35 characters is within either's rule.
const NAME_MAX = 12;
const CHANGE_MAX = 35;

/** What providers refuse inside variables: links, 【】 (the signature's), control characters. */
function clean(value: string): string {
  return value
    .replace(/(?:https?:\/\/|www\.)\S*/gi, '')
    .replace(/[【】[\]\p{Cc}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function clip(value: string, max: number): string {
  return [...value].length > max ? `${[...value].slice(0, max - 1).join('')}…` : value;
}

/** One change in the fewest characters an SMS can spare: the new deadline, not the old one. */
function shortChange(change: string): string {
  const moved = /^截止时间由 .+ 改为 (.+)$/u.exec(change);
  if (moved) return `截止时间改为${moved[1]}`;
  return change.replace(/^中标单位：/u, '中标：');
}

/** Template variables for a follow-only SMS: { name, change }, in template order. */
export function followSmsParams(input: FollowSmsInput): { name: string; change: string } {
  const names = [...new Set(input.projectNames.map(clean).filter(Boolean))];
  const suffix = names.length > 1 ? `等${names.length}个项目` : '';
  const name = clip(names[0] ?? '项目', NAME_MAX - suffix.length) + suffix;
  const changes = [...new Set(input.changes.map((c) => clean(shortChange(c))).filter(Boolean))];
  const change = changes.length ? clip(changes.join('，'), CHANGE_MAX) : `${Math.max(1, Math.floor(input.count))}条`;
  return { name, change };
}

/** The SMS as the member will read it (signature prepended by the provider), for logs and tests. */
export function renderFollowSms(params: { name: string; change: string }, signName: string): string {
  return `【${signName}】${FOLLOW_SMS_TEMPLATE.replace('${name}', params.name).replace('${change}', params.change)}`;
}
