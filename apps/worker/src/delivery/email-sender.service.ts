import { Inject, Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DeliveriesRepository, Delivery } from '@app/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlertComposer, AlertEmailRenderer, listUnsubscribeHeaders, MailSendError, MailTransport } from '@app/notify';

/** Renders and sends one alert or digest email, and records what SMTP said. */
@Injectable()
export class EmailSender {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly composer: AlertComposer,
    private readonly renderer: AlertEmailRenderer,
    private readonly transport: MailTransport,
    private readonly deliveries: DeliveriesRepository,
  ) {}

  async send(d: Delivery, bulletinIds: string[]): Promise<{ sent: string }> {
    const outcome = await this.transmit(d, bulletinIds);
    if ('unknown' in outcome) return { sent: 'unknown' };
    // Accepted by SMTP: from here on, only recording it (retried), never a release and a resend.
    await this.deliveries.recordSent(d.id, { providerMessageId: outcome.messageId, subject: outcome.subject });
    return { sent: outcome.messageId };
  }

  private async transmit(d: Delivery, bulletinIds: string[]): Promise<{ messageId: string; subject: string } | { unknown: true }> {
    let subject: string | undefined;
    try {
      const model = await this.composer.compose(d, bulletinIds);
      const email = await this.renderer.render(model);
      subject = email.subject;
      await this.deliveries.markTransmitting(d.id);
      const sent = await this.transport.send({
        to: model.member.email,
        subject: email.subject,
        html: email.html,
        text: email.text,
        headers: this.unsubscribeHeaders(model.unsubscribeUrl),
        // One Message-ID per delivery: a resend after a crash can be recognised downstream.
        messageId: `<delivery-${d.id}@${new URL(this.config.http.publicUrl).hostname}>`,
      });
      return { messageId: sent.messageId, subject: email.subject };
    } catch (err) {
      if (!(err instanceof MailSendError)) {
        // Composing or rendering failed, or the database: give the row back for the retry.
        await this.deliveries.release(d.id, err instanceof Error ? (err.stack ?? err.message) : String(err));
        throw err;
      }
      if (err.kind === 'retry') {
        await this.deliveries.release(d.id, err.message);
        throw err; // BullMQ retries with backoff
      }
      if (err.kind === 'unknown') {
        // The server may have the message: never resend; the next message mentions it.
        await this.deliveries.finish(d.id, 'unknown', { subject, error: err.message });
        return { unknown: true };
      }
      await this.deliveries.finish(d.id, 'bounced', { subject, error: err.message });
      if (err.details.bounce) {
        await this.dataSource.query(`UPDATE members SET email_bounced_at = now() WHERE id = $1`, [d.memberId]);
      }
      throw new UnrecoverableError(`bounced: ${err.message}`);
    }
  }

  private unsubscribeHeaders(url: string): Record<string, string> {
    const mailto = `mailto:unsubscribe@${new URL(this.config.http.publicUrl).hostname}?subject=unsubscribe`;
    // RFC 8058 one-click needs https; a plain-http development URL still gets the mailto form.
    return url.startsWith('https://') ? listUnsubscribeHeaders(url, mailto) : { 'List-Unsubscribe': `<${mailto}>` };
  }
}
