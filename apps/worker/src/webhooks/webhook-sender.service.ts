import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, SecretCipher } from '@app/config';
import { type ClaimedWebhookMessage, WebhookMessagesRepository } from '@app/domain/channels';
import { classifyWebhookReply, endpointDisabledMessage, MailTransport, outboundMessage } from '@app/notify';
import { OutboundRefusedError, OutboundRequestError, outboundAgents, outboundRequest } from '@app/outbound';
import { JobProducer } from '@app/queues';

export type WebhookAttempt = 'delivered' | 'retry' | 'failed' | 'unknown' | 'skipped';

/**
 * Sends one stored message to its endpoint: claim under a lease, sign, POST (to a checked public
 * address, redirects not followed), record. A failed attempt waits for the next step of the retry
 * schedule; an endpoint failing without a break for the configured time is switched off and its
 * owner told by email.
 */
@Injectable()
export class WebhookSender implements OnModuleDestroy {
  private readonly logger = new Logger(WebhookSender.name);
  private readonly agents;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly messages: WebhookMessagesRepository,
    private readonly jobs: JobProducer,
    private readonly mail: MailTransport,
    private readonly cipher: SecretCipher,
  ) {
    this.agents = outboundAgents({ allowLoopback: config.webhooks.allowLoopback }, config.webhooks.concurrency);
  }

  async send(messageId: string): Promise<WebhookAttempt> {
    const m = await this.messages.claim(messageId, this.config.webhooks.timeoutMs + this.config.delivery.leaseMs);
    if (!m) return 'skipped';
    if (!m.endpoint || m.endpoint.disabledAt) {
      await this.messages.attemptFailed(m.id, { error: 'endpoint disabled or removed', nextAttemptAt: null });
      return 'failed';
    }
    let secrets;
    try {
      secrets = { secret: this.cipher.reveal(m.endpoint.secret), previousSecret: this.cipher.reveal(m.endpoint.previousSecret) };
    } catch (err) {
      // A key missing from SECRETS_ENCRYPTION_OLD_KEYS is the operator's to fix: retry later.
      return this.failed(m, { error: `signing secret unreadable: ${(err as Error).message}` }, false);
    }
    const req = outboundMessage({ ...m.endpoint, ...secrets }, m.id, m.body, new Date());
    await this.messages.markTransmitting(m.id);
    let res;
    try {
      res = await outboundRequest(
        req.url,
        { allowLoopback: this.config.webhooks.allowLoopback },
        {
          headers: req.headers,
          body: req.body,
          timeoutMs: this.config.webhooks.timeoutMs,
          agent: req.url.startsWith('https:') ? this.agents.https : this.agents.http,
        },
      );
    } catch (err) {
      if (err instanceof OutboundRequestError && err.transmitted) {
        // The request went out whole and no answer came: it may have arrived. Not resent.
        await this.messages.unknown(m.id, err.message);
        return 'unknown';
      }
      const permanent = err instanceof OutboundRefusedError;
      return this.failed(m, { error: (err as Error).message }, permanent);
    }
    const verdict = classifyWebhookReply(m.endpoint.kind, res.status, res.body);
    const answer = { responseStatus: res.status, responseBody: res.body.slice(0, 2000) };
    if (verdict.verdict === 'accepted') {
      await this.messages.delivered(m.id, m.endpoint.id, res.status, answer.responseBody);
      return 'delivered';
    }
    return this.failed(m, { error: verdict.error, ...answer }, verdict.verdict === 'permanent');
  }

  private async failed(
    m: ClaimedWebhookMessage,
    fields: { error: string; responseStatus?: number; responseBody?: string },
    permanent: boolean,
  ): Promise<WebhookAttempt> {
    const delays = this.config.webhooks.retryDelaysMs;
    const delay = permanent ? undefined : delays[m.attempts - 1];
    const nextAttemptAt = delay === undefined ? null : new Date(Date.now() + delay);
    await this.messages.attemptFailed(m.id, { ...fields, nextAttemptAt });
    if (await this.messages.endpointFailed(m.endpoint.id, this.config.webhooks.disableAfterMs)) {
      await this.tellOwner(m);
      return 'failed';
    }
    if (nextAttemptAt) await this.jobs.enqueueWebhookMessages([{ id: m.id, attempts: m.attempts, nextAttemptAt }]);
    return nextAttemptAt ? 'retry' : 'failed';
  }

  private async tellOwner(m: ClaimedWebhookMessage): Promise<void> {
    this.logger.warn({ endpointId: m.endpoint.id }, 'webhook endpoint disabled after failing');
    const to = await this.messages.ownerEmail(m.endpoint.memberId);
    if (!to) return;
    const hours = Math.round(this.config.webhooks.disableAfterMs / 3600_000);
    await this.mail.send({ to, ...endpointDisabledMessage(m.endpoint, `${this.config.http.publicUrl}/app/webhooks`, hours) });
  }

  onModuleDestroy(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}
