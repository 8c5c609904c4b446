/**
 * The notification template registered with the providers (the link is part of the template, never
 * a variable — providers reject links in variables and it keeps the text short):
 *   Aliyun:  您订阅的「${name}」${period}新增${count}条标讯，详见 https://<site>/m 拒收请回复R
 *   Tencent: 您订阅的「{1}」{2}新增{3}条标讯，详见 https://<site>/m 拒收请回复R
 * `alertSmsParams` returns the variables in that order (Tencent fills {1}, {2}, {3} by position).
 */
export const ALERT_SMS_TEMPLATE = '您订阅的「${name}」${period}新增${count}条标讯，详见 ${link} 拒收请回复R';

export interface AlertSmsInput {
  kind: 'instant' | 'daily' | 'weekly';
  /** Names of the member's subscriptions that matched, most relevant first. */
  subscriptionNames: string[];
  count: number;
}

// Conservative for both providers' variable length rules.
const NAME_MAX = 12;
const PERIODS = { instant: '刚刚', daily: '今日', weekly: '本周' } as const;

/** Removes what providers refuse inside variables: links, 【】 (reserved for the signature), control chars. */
function cleanVariable(value: string): string {
  return value
    .replace(/(?:https?:\/\/|www\.)\S*/gi, '')
    .replace(/[【】[\]\p{Cc}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Template variables for an alert SMS: { name, period, count }, in template order. */
export function alertSmsParams(input: AlertSmsInput): { name: string; period: string; count: string } {
  const names = input.subscriptionNames.map(cleanVariable).filter(Boolean);
  const suffix = names.length > 1 ? `等${names.length}个订阅` : '';
  const room = NAME_MAX - suffix.length;
  let name = names[0] ?? '标讯';
  if (name.length > room) name = `${name.slice(0, room - 1)}…`;
  name += suffix;
  return { name, period: PERIODS[input.kind], count: String(Math.max(0, Math.floor(input.count))) };
}

/** The SMS as the member will read it (signature prepended by the provider), for logs and previews. */
export function renderAlertSms(params: { name: string; period: string; count: string }, link: string, signName: string): string {
  const body = ALERT_SMS_TEMPLATE.replace('${name}', params.name)
    .replace('${period}', params.period)
    .replace('${count}', params.count)
    .replace('${link}', link);
  return `【${signName}】${body}`;
}
