import { OutboundRequestError } from '@app/outbound';
import { WechatError, wechatErrorOf } from './wechat.errors';
import type { WechatTokenStore } from './wechat-token-store';

export interface WechatClientOptions {
  apiUrl: string;
  appId: string;
  appSecret: string;
  timeoutMs: number;
}

export interface TemplateMessage {
  openid: string;
  templateId: string;
  url: string;
  data: Record<string, { value: string }>;
}

/**
 * The 服务号 API calls we use: access token, template send, OAuth code → openid. The API URL is our
 * own configuration (not a member's), so it is called with plain fetch.
 */
export class WechatClient {
  constructor(
    private readonly options: WechatClientOptions,
    private readonly tokens: WechatTokenStore,
  ) {}

  /** Sends a template message; a rejected token is dropped, refreshed once and the send tried again. */
  async sendTemplate(message: TemplateMessage, beforeSend: () => Promise<void> = async () => undefined): Promise<{ msgid: string }> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.tokens.get(() => this.fetchToken());
      await beforeSend();
      const reply = await this.call(`/cgi-bin/message/template/send?access_token=${encodeURIComponent(token)}`, {
        method: 'POST',
        body: JSON.stringify({ touser: message.openid, template_id: message.templateId, url: message.url, data: message.data }),
      });
      if (reply.errcode === 0 || reply.errcode === undefined) return { msgid: String(reply.msgid) };
      const err = wechatErrorOf(reply.errcode, reply.errmsg ?? '');
      if (err.kind === 'token' && attempt === 0) {
        await this.tokens.invalidate(token);
        continue;
      }
      throw err;
    }
  }

  /**
   * A temporary QR code whose scan carries `scene` back to us in an event push (QR_STR_SCENE):
   * the ticket names the image, `url` is what the image encodes.
   */
  async createQrTicket(scene: string, expireSeconds: number): Promise<{ ticket: string; url: string; expireSeconds: number }> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.tokens.get(() => this.fetchToken());
      const reply = await this.call(`/cgi-bin/qrcode/create?access_token=${encodeURIComponent(token)}`, {
        method: 'POST',
        body: JSON.stringify({ expire_seconds: expireSeconds, action_name: 'QR_STR_SCENE', action_info: { scene: { scene_str: scene } } }),
      });
      if (!reply.errcode) return { ticket: String(reply.ticket), url: String(reply.url), expireSeconds: Number(reply.expire_seconds) };
      const err = wechatErrorOf(reply.errcode, reply.errmsg ?? '');
      if (err.kind === 'token' && attempt === 0) {
        await this.tokens.invalidate(token);
        continue;
      }
      throw err;
    }
  }

  /**
   * The QR image of a ticket as a data: URL, so a page with a strict CSP can show it; null when the
   * image host does not answer with an image (the page then links to it instead).
   */
  async qrImageDataUrl(mpUrl: string, ticket: string): Promise<string | null> {
    try {
      const res = await fetch(`${mpUrl}/cgi-bin/showqrcode?ticket=${encodeURIComponent(ticket)}`, {
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const type = res.headers.get('content-type') ?? '';
      if (!res.ok || !/^image\/(png|jpeg|gif)/.test(type)) return null;
      const bytes = Buffer.from(await res.arrayBuffer());
      return bytes.length <= 512 * 1024 ? `data:${type.split(';')[0]};base64,${bytes.toString('base64')}` : null;
    } catch {
      return null;
    }
  }

  /** Closes the token store's Redis connection. */
  close(): Promise<void> {
    return this.tokens.close();
  }

  /** The openid behind an OAuth `code` (snsapi_base). */
  async openidForCode(code: string): Promise<string> {
    const { appId, appSecret } = this.options;
    const reply = await this.call(
      `/sns/oauth2/access_token?appid=${encodeURIComponent(appId)}&secret=${encodeURIComponent(appSecret)}&code=${encodeURIComponent(code)}&grant_type=authorization_code`,
    );
    if (reply.errcode) throw wechatErrorOf(reply.errcode, reply.errmsg ?? '');
    return String(reply.openid);
  }

  private async fetchToken(): Promise<{ token: string; expiresInSeconds: number }> {
    const { appId, appSecret } = this.options;
    const reply = await this.call(
      `/cgi-bin/token?grant_type=client_credential&appid=${encodeURIComponent(appId)}&secret=${encodeURIComponent(appSecret)}`,
    );
    if (reply.errcode) throw wechatErrorOf(reply.errcode, reply.errmsg ?? '');
    return { token: String(reply.access_token), expiresInSeconds: Number(reply.expires_in) };
  }

  private async call(
    path: string,
    init: { method?: string; body?: string } = {},
  ): Promise<{ errcode?: number; errmsg?: string; [k: string]: unknown }> {
    let res: Response;
    try {
      res = await fetch(`${this.options.apiUrl}${path}`, {
        method: init.method ?? 'GET',
        body: init.body,
        headers: init.body ? { 'content-type': 'application/json; charset=utf-8' } : undefined,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (err) {
      // fetch cannot tell a refused connection from a lost answer; a POST that timed out may have landed.
      const timedOut = (err as Error).name === 'TimeoutError';
      throw new OutboundRequestError(`wechat: ${(err as Error).message}`, timedOut && init.method === 'POST');
    }
    if (res.status >= 500) throw new WechatError('retry', null, `wechat HTTP ${res.status}`);
    return (await res.json()) as { errcode?: number; errmsg?: string };
  }
}
