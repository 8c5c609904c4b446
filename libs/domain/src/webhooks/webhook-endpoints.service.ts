import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, SecretCipher } from '@app/config';
import { checkOutboundUrl, OutboundRefusedError } from '@app/outbound';
import { DomainError, NotFoundError, ValidationError } from '../shared/domain.errors';
import { WebhookEndpoint, type WebhookKind } from './webhook-endpoint.entity';
import { viewOfEndpoint, type WebhookEndpointView } from './webhook-endpoint-view';
import { WebhookEndpointsRepository, type WebhookMessageLogEntry } from './webhook-endpoints.repository';
import { generateWebhookSecret } from './webhook-secret';

export interface WebhookEndpointInput {
  kind: WebhookKind;
  url: string;
  description?: string;
  subscriptionId?: string | null;
  /** DingTalk's and Feishu's own signing secret (the platform issues it); ignored for other kinds. */
  robotSecret?: string | null;
}

export interface WebhookEndpointPatch {
  url?: string;
  description?: string;
  subscriptionId?: string | null;
  enabled?: boolean;
  robotSecret?: string | null;
}

const MAX_ENDPOINTS = 20;

/** Members' webhook and robot endpoints: registration (URL checked), secrets shown once, rotation, log, replay. */
@Injectable()
export class WebhookEndpointsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly cipher: SecretCipher,
  ) {}

  async list(memberId: string): Promise<WebhookEndpointView[]> {
    return (await this.endpoints.list(memberId)).map(viewOfEndpoint);
  }

  async get(memberId: string, id: string): Promise<WebhookEndpointView> {
    return viewOfEndpoint(await this.own(memberId, id));
  }

  /** Returns the new endpoint and, for webhooks, its signing secret: the only time it is shown. */
  async create(memberId: string, input: WebhookEndpointInput): Promise<{ endpoint: WebhookEndpointView; secret: string | null }> {
    if ((await this.endpoints.list(memberId)).length >= MAX_ENDPOINTS) {
      throw new DomainError('limit', 'webhook_limit', `At most ${MAX_ENDPOINTS} endpoints per member`);
    }
    const url = await this.checkUrl(input.url);
    await this.checkSubscription(memberId, input.subscriptionId ?? null);
    const secret = input.kind === 'webhook' ? generateWebhookSecret() : input.kind === 'wecom' ? null : (input.robotSecret ?? null);
    const saved = await this.endpoints.create({
      memberId,
      kind: input.kind,
      url,
      description: input.description ?? '',
      subscriptionId: input.subscriptionId ?? null,
      // Stored encrypted: a copy of the database alone does not let anyone sign as us.
      secret: this.cipher.encryptNullable(secret),
    });
    return { endpoint: viewOfEndpoint(saved), secret: input.kind === 'webhook' ? secret : null };
  }

  /**
   * An endpoint for a team, made by an admin (its owner: told by email if it is disabled). Takes the
   * team's matches, so no subscription of its own; the secret is shown once, as for members.
   */
  async createForTeam(
    ownerId: string,
    teamId: string,
    input: Omit<WebhookEndpointInput, 'subscriptionId'>,
  ): Promise<{ endpoint: WebhookEndpointView; secret: string | null }> {
    const url = await this.checkUrl(input.url);
    const secret = input.kind === 'webhook' ? generateWebhookSecret() : input.kind === 'wecom' ? null : (input.robotSecret ?? null);
    const saved = await this.endpoints.create({
      memberId: ownerId,
      teamId,
      kind: input.kind,
      url,
      description: input.description ?? '',
      subscriptionId: null,
      secret: this.cipher.encryptNullable(secret),
    });
    return { endpoint: viewOfEndpoint(saved), secret: input.kind === 'webhook' ? secret : null };
  }

  async update(memberId: string, id: string, patch: WebhookEndpointPatch): Promise<WebhookEndpointView> {
    const current = await this.own(memberId, id);
    const fields: Partial<WebhookEndpoint> = {};
    if (patch.url !== undefined) fields.url = await this.checkUrl(patch.url);
    if (patch.description !== undefined) fields.description = patch.description;
    if (patch.subscriptionId !== undefined) {
      await this.checkSubscription(memberId, patch.subscriptionId);
      fields.subscriptionId = patch.subscriptionId;
    }
    if (patch.robotSecret !== undefined && (current.kind === 'dingtalk' || current.kind === 'feishu'))
      fields.secret = this.cipher.encryptNullable(patch.robotSecret);
    if (patch.enabled === true) Object.assign(fields, { disabledAt: null, disabledReason: null, failingSince: null });
    if (patch.enabled === false && !current.disabledAt)
      Object.assign(fields, { disabledAt: new Date(), disabledReason: 'disabled by its owner' });
    if (Object.keys(fields).length) await this.endpoints.update(memberId, id, fields);
    return this.get(memberId, id);
  }

  async remove(memberId: string, id: string): Promise<void> {
    if (!(await this.endpoints.delete(memberId, id))) throw new NotFoundError('Webhook');
  }

  /**
   * A new webhook secret, shown once. The old one keeps signing beside it (a second signature in the
   * same header) for the overlap window, so receivers can switch without losing a message.
   */
  async rotateSecret(memberId: string, id: string): Promise<{ secret: string; previousSecretUntil: Date }> {
    const current = await this.own(memberId, id);
    if (current.kind !== 'webhook')
      throw new DomainError('conflict', 'webhook_not_signed', 'Only webhook endpoints have a secret to rotate');
    const secret = generateWebhookSecret();
    const previousSecretUntil = new Date(Date.now() + this.config.webhooks.secretOverlapMs);
    // The old value moves over still encrypted (under whichever key wrote it).
    await this.endpoints.update(memberId, id, { secret: this.cipher.encrypt(secret), previousSecret: current.secret, previousSecretUntil });
    return { secret, previousSecretUntil };
  }

  async deliveries(memberId: string, id: string, limit: number, before?: Date): Promise<WebhookMessageLogEntry[]> {
    await this.own(memberId, id);
    return this.endpoints.log(id, limit, before);
  }

  /** Puts a finished message back in line; returns what to enqueue. */
  async replay(memberId: string, id: string, messageId: string): Promise<{ id: string; attempts: number }> {
    const endpoint = await this.own(memberId, id);
    if (!(await this.endpoints.messageExists(id, messageId))) throw new NotFoundError('Webhook delivery');
    if (endpoint.disabledAt) throw new DomainError('conflict', 'webhook_disabled', 'Enable the endpoint before replaying to it');
    const replayed = await this.endpoints.replay(id, messageId);
    if (!replayed) throw new DomainError('conflict', 'webhook_delivery_in_progress', 'This delivery is still being sent');
    return replayed;
  }

  private async own(memberId: string, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.endpoints.find(memberId, id);
    if (!endpoint) throw new NotFoundError('Webhook');
    return endpoint;
  }

  private async checkUrl(raw: string): Promise<string> {
    try {
      return (await checkOutboundUrl(raw, { allowLoopback: this.config.webhooks.allowLoopback })).toString();
    } catch (err) {
      if (err instanceof OutboundRefusedError) throw new ValidationError([{ field: 'url', message: err.message }], 'webhook_url_refused');
      throw err;
    }
  }

  private async checkSubscription(memberId: string, subscriptionId: string | null): Promise<void> {
    if (subscriptionId && !(await this.endpoints.subscriptionOwned(memberId, subscriptionId))) throw new NotFoundError('Subscription');
  }
}
