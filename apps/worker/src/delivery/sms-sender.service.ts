import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Delivery, DueDelivery, localParts } from '@app/domain';
import { DeliveriesRepository } from '@app/domain/worker';
import { alertSmsParams, isQuietTime, quietHoursEnd, SmsError, SmsProvider } from '@app/notify';

interface SmsMember { phone: string | null; phone_verified_at: Date | null; consent_at: Date | null; sms_enabled: boolean; timezone: string; quiet_start: string; quiet_end: string }

/** Sends one alert SMS: verified phone and consent only, never in quiet hours, a daily cap. */
@Injectable()
export class SmsSender {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly provider: SmsProvider,
    private readonly deliveries: DeliveriesRepository,
  ) {}

  /** Returns a held delivery to re-enqueue, or the outcome. */
  async send(d: Delivery, bulletinIds: string[], now = new Date()): Promise<{ held: DueDelivery } | { sent: string } | { skipped: string }> {
    const [m]: SmsMember[] = await this.dataSource.query(
      `SELECT phone, phone_verified_at, consent_at, sms_enabled, timezone, quiet_start, quiet_end FROM members WHERE id = $1`,
      [d.memberId],
    );
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

    const names: Array<{ name: string }> = await this.dataSource.query(
      `SELECT DISTINCT s.name FROM matches mt JOIN subscriptions s ON s.id = mt.subscription_id WHERE mt.member_id = $1 AND mt.bulletin_id = ANY($2::uuid[])`,
      [d.memberId, bulletinIds],
    );
    let providerMessageId: string;
    try {
      await this.deliveries.markTransmitting(d.id);
      ({ providerMessageId } = await this.provider.send({
        phone: m.phone,
        templateCode: this.config.sms.templateCode,
        params: alertSmsParams({ kind: d.kind, subscriptionNames: names.map((n) => n.name), count: bulletinIds.length }),
      }));
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
}
