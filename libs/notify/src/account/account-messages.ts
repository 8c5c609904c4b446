import { escapeHtml } from '../email/escape-html';

/** A ready-to-send account email. */
export interface AccountEmail {
  subject: string;
  text: string;
  html: string;
}

const SIGNATURE = '—— 标讯订阅';

function layout(title: string, lines: string[], link: string, action: string, note: string): string {
  const href = escapeHtml(link);
  return [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>',
    "<body style=\"margin:0;padding:24px;font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;color:#222;line-height:1.6\">",
    `<h2 style="font-size:18px;margin:0 0 16px">${escapeHtml(title)}</h2>`,
    ...lines.map((l) => `<p style="margin:0 0 12px">${escapeHtml(l)}</p>`),
    `<p style="margin:20px 0"><a href="${href}" style="background:#1a5fb4;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none">${escapeHtml(action)}</a></p>`,
    `<p style="margin:0 0 12px;font-size:13px;color:#666">如果按钮无法打开，请复制以下链接到浏览器：<br><a href="${href}" style="color:#1a5fb4;word-break:break-all">${href}</a></p>`,
    `<p style="margin:16px 0 0;font-size:13px;color:#999">${escapeHtml(note)}<br>${escapeHtml(SIGNATURE)}</p>`,
    '</body></html>',
  ].join('\n');
}

function text(lines: string[], link: string, note: string): string {
  return [...lines, '', link, '', note, SIGNATURE, ''].join('\n');
}

/** 邮箱验证 email. */
export function verifyEmailMessage(link: string): AccountEmail {
  const lines = ['您好，感谢注册标讯订阅。请点击下面的链接验证您的邮箱地址：'];
  const note = '链接24小时内有效。如果这不是您本人的操作，请忽略本邮件。';
  return {
    subject: '【标讯订阅】请验证您的邮箱',
    text: text(lines, link, note),
    html: layout('验证您的邮箱', lines, link, '验证邮箱', note),
  };
}

/** 重置密码 email. */
export function passwordResetMessage(link: string): AccountEmail {
  const lines = ['您好，我们收到了重置您标讯订阅账户密码的请求。请点击下面的链接设置新密码：'];
  const note = '链接1小时内有效，只能使用一次。如果您没有申请重置密码，请忽略本邮件，您的密码不会改变。';
  return { subject: '【标讯订阅】重置密码', text: text(lines, link, note), html: layout('重置密码', lines, link, '设置新密码', note) };
}
