import { Inject, Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Delivery, DueDelivery, localParts } from '@app/domain';
import { DeliveriesRepository, MemberChannelsRepository, MessageContentRepository } from '@app/domain/worker';
import { alertSmsParams, followSmsParams, isQuietTime, quietHoursEnd, SmsError, SmsProvider } from '@app/notify';

/** Sends one alert SMS: verified phone and consent only, never in quiet hours, a daily cap. */
@Injectable()
export class SmsSender {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly provider: SmsProvider,
    private readonly deliveries: DeliveriesRepository,
    private readonly members: MemberChannelsRepository,
    private readonly content: MessageContentRepository,
  ) {}

  /** Returns a held delivery to re-enqueue, or the outcome. */
  async send(
    d: Delivery,
    bulletinIds: string[],
    now = new Date(),
  ): Promise<{ held: DueDelivery } | { sent: string } | { skipped: string }> {
    const m = await this.members.smsRecipient(d.memberId);
    if (!m?.phone || !m.phone_verified_at || !m.consent_at || !m.sms_enabled) {
      await this.deliveries.finish(d.id, 'failed', { error: 'SMS not allowed: phone unverified, no consent or SMS off' });
      return { skipped: 'sms not allowed' };
    }
    if (isQuietTime(now, m.timezone, m.quiet_start, m.quiet_end)) {
      return { held: await this.deliveries.hold(d.id, quietHoursEnd(now, m.timezone, m.quiet_start, m.quiet_end), 'quiet hours') };
    }
    const local = localParts(now, m.timezone);
    const startOfLocalDay = new Date(now.getTime() - (local.hour * 60 + now.getUTCMinutes()) * 60_000);
    if ((await this.deliveries.smsSentSince(d.memberId, startOfLocalDay)) >= this.config.sms.dailyCap) {
      return { held: await this.deliveries.hold(d.id, new Date(startOfLocalDay.getTime() + 24 * 3600_000), 'daily SMS cap reached') };
    }

    const template = await this.template(d, bulletinIds);
    let providerMessageId: string;
    try {
      await this.deliveries.markTransmitting(d.id);
      ({ providerMessageId } = await this.provider.send({ phone: m.phone, ...template }));
    } catch (err) {
      if (err instanceof SmsError && err.kind === 'permanent') {
        await this.deliveries.finish(d.id, 'failed', { error: err.message });
        throw new UnrecoverableError(err.message);
      }
      if (err instanceof SmsError && err.kind === 'rate_limited') {
        return { held: await this.deliveries.hold(d.id, new Date(now.getTime() + 3600_000), `rate limited: ${err.message}`) };
      }
      await this.deliveries.release(d.id, String(err));
      throw err;
    }
    // Accepted by the provider: from here on, only recording it (retried), never a release and a resend.
    await this.deliveries.recordSent(d.id, { providerMessageId });
    return { sent: providerMessageId };
  }

  /**
   * Which template and variables: the alert template names the subscriptions that caught the
   * bulletins (or, with none, the watched organisations); when only followed projects brought them,
   * the follow template names the project and what changed — a new deadline, winner and amount, a
   * cancellation — and carries no link.
   */
  private async template(d: Delivery, bulletinIds: string[]): Promise<{ templateCode: string; params: Record<string, string> }> {
    const names = await this.content.subscriptionNames(d.memberId, bulletinIds);
    const count = bulletinIds.length;
    if (names.length)
      return { templateCode: this.config.sms.templateCode, params: alertSmsParams({ kind: d.kind, subscriptionNames: names, count }) };
    const facts = await this.content.followAndWatchFacts(d.memberId, bulletinIds);
    if (facts.follows.length && !facts.watchNames.length) {
      return {
        templateCode: this.config.sms.followTemplateCode,
        params: followSmsParams({
          projectNames: facts.follows.map((f) => f.name),
          changes: facts.follows.flatMap((f) => f.changes),
          count,
        }),
      };
    }
    return {
      templateCode: this.config.sms.templateCode,
      params: alertSmsParams({ kind: d.kind, subscriptionNames: facts.watchNames, count }),
    };
  }
}
