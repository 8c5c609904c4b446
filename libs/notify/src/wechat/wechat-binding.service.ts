import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DomainError, signToken, ValidationError, verifyToken } from '@app/domain';
import { WechatBindingsRepository } from '@app/domain/channels';
import { WechatClient } from './wechat-client';
import type { WechatPushEvent } from './wechat-push';
import { bindScene, memberOfScene } from './wechat-scene';

const STATE_PURPOSE = 'wechat-bind';
const STATE_TTL_SECONDS = 600;

/**
 * Binding a member's WeChat: a signed, short-lived `state` names the member; the 服务号's OAuth web
 * flow (opened in WeChat, e.g. by scanning a QR code of the URL) comes back with a code, which
 * WeChat turns into the openid we store.
 */
@Injectable()
export class WechatBindingService implements OnModuleDestroy {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly bindings: WechatBindingsRepository,
    @Optional() @Inject(WechatClient) private readonly client: WechatClient | null,
  ) {}

  async status(memberId: string): Promise<{ configured: boolean; bound: boolean; boundAt: Date | null }> {
    const b = await this.bindings.find(memberId);
    return { configured: !!this.config.wechat, bound: !!b, boundAt: b?.boundAt ?? null };
  }

  /** The URL to open in WeChat (or show as a QR code); valid for ten minutes. */
  authorizeUrl(memberId: string): { authorizeUrl: string; expiresInSeconds: number } {
    const w = this.config.wechat;
    if (!w) throw new DomainError('conflict', 'wechat_not_configured', 'WeChat is not configured on this server');
    const state = signToken(STATE_PURPOSE, { m: memberId }, this.config.auth.linkSecret, STATE_TTL_SECONDS);
    const redirect = `${this.config.http.publicUrl}/wechat/oauth/callback`;
    const query = new URLSearchParams({ appid: w.appId, redirect_uri: redirect, response_type: 'code', scope: 'snsapi_base', state });
    return {
      authorizeUrl: `${w.oauthUrl}/connect/oauth2/authorize?${query.toString()}#wechat_redirect`,
      expiresInSeconds: STATE_TTL_SECONDS,
    };
  }

  /**
   * A temporary QR code to scan with WeChat: following the 服务号 from it (or scanning while
   * following) pushes an event with the scene, which binds the scanner. Valid for ten minutes.
   */
  async qrCode(
    memberId: string,
  ): Promise<{ qrImageUrl: string; qrImageData: string | null; qrContent: string; ticket: string; expiresInSeconds: number }> {
    const w = this.config.wechat;
    if (!w || !this.client) throw new DomainError('conflict', 'wechat_not_configured', 'WeChat is not configured on this server');
    if (!w.eventToken) throw new DomainError('conflict', 'wechat_events_not_configured', 'WECHAT_TOKEN is not set: scans cannot reach us');
    const scene = bindScene(memberId, STATE_TTL_SECONDS, this.config.auth.linkSecret);
    const { ticket, url, expireSeconds } = await this.client.createQrTicket(scene, STATE_TTL_SECONDS);
    return {
      qrImageUrl: `${w.mpUrl}/cgi-bin/showqrcode?ticket=${encodeURIComponent(ticket)}`,
      qrImageData: await this.client.qrImageDataUrl(w.mpUrl, ticket),
      qrContent: url,
      ticket,
      expiresInSeconds: expireSeconds,
    };
  }

  /**
   * An event pushed by the 服务号 (signature already checked). subscribe or SCAN with one of our
   * scenes binds the scanner's openid to the member it names; unsubscribe unbinds it. Each is
   * idempotent: the platform repeats a push it got no answer to.
   */
  async handlePush(e: WechatPushEvent): Promise<'bound' | 'unbound' | 'ignored'> {
    if (e.msgType !== 'event') return 'ignored';
    if (e.event === 'unsubscribe') return (await this.bindings.unbindOpenid(e.openid)) ? 'unbound' : 'ignored';
    const scene = e.event === 'subscribe' ? e.eventKey.replace(/^qrscene_/, '') : e.event === 'SCAN' ? e.eventKey : '';
    const memberId = scene ? memberOfScene(scene, this.config.auth.linkSecret) : null;
    if (!memberId) return 'ignored';
    const current = await this.bindings.find(memberId);
    if (current?.openid !== e.openid) await this.bindings.bind(memberId, e.openid);
    return 'bound';
  }

  /** The OAuth callback: checks the state, exchanges the code, stores the openid. */
  async complete(code: string, state: string): Promise<void> {
    const claims = verifyToken<{ m: string }>(STATE_PURPOSE, state, this.config.auth.linkSecret);
    if (!claims) throw new ValidationError([{ field: 'state', message: 'invalid or expired' }], 'wechat_state_invalid');
    if (!this.client) throw new DomainError('conflict', 'wechat_not_configured', 'WeChat is not configured on this server');
    await this.bindings.bind(claims.m, await this.client.openidForCode(code));
  }

  async unbind(memberId: string): Promise<void> {
    await this.bindings.unbind(memberId);
  }

  async onModuleDestroy(): Promise<void> {
    await this.client?.close();
  }
}
