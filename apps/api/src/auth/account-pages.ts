import type { Request } from 'express';
import { escapeHtml } from '@app/notify';

/** Browsers following an emailed link get a page; API clients get JSON. */
export function wantsHtml(req: Request): boolean {
  return req.accepts(['json', 'html']) === 'html';
}

function page(title: string, body: string): string {
  return [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${escapeHtml(title)} · 标讯订阅</title></head>`,
    "<body style=\"max-width:28rem;margin:3rem auto;padding:0 1rem;font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;line-height:1.6\">",
    `<h1 style="font-size:1.3rem">${escapeHtml(title)}</h1>${body}</body></html>`,
  ].join('');
}

/** A short message and a way on: the web app's login page. */
export function messagePage(title: string, message: string): string {
  return page(title, `<p>${escapeHtml(message)}</p><p><a href="/app/login">前往登录</a></p>`);
}

/** The form behind the reset link; it posts back to POST /v1/auth/reset-password. */
export function resetPasswordPage(token: string, error?: string): string {
  return page(
    '设置新密码',
    [
      error ? `<p style="color:#b00">${escapeHtml(error)}</p>` : '',
      '<form method="post" action="/v1/auth/reset-password">',
      `<input type="hidden" name="token" value="${escapeHtml(token)}">`,
      '<label>新密码（8–128 个字符）<br><input type="password" name="password" minlength="8" maxlength="128" required autocomplete="new-password" style="width:100%;padding:.5rem"></label>',
      '<p><button type="submit" style="padding:.5rem 1.5rem">保存</button></p></form>',
    ].join(''),
  );
}
