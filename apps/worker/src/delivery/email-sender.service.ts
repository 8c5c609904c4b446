import { Inject, Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Delivery } from '@app/domain';
import { DeliveriesRepository, MemberChannelsRepository } from '@app/domain/worker';
import { AlertComposer, AlertEmailModel, AlertEmailRenderer, listUnsubscribeHeaders, MailSendError, MailTransport } from '@app/notify';

type Outcome = { sent: string } | { unknown: true } | { error: unknown };
type RenderedEmail = Awaited<ReturnType<AlertEmailRenderer['render']>>;

/**
 * Renders and sends alert and digest emails, and records what SMTP said. Many at once: composed
 * from a handful of statements, handed to the SMTP pool a few at a time, and those accepted
 * recorded together after each few.
 */
@Injectable()
export class EmailSender {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly composer: AlertComposer,
    private readonly renderer: AlertEmailRenderer,
    private readonly transport: MailTransport,
    private readonly deliveries: DeliveriesRepository,
    private readonly members: MemberChannelsRepository,
  ) {}

  async send(d: Delivery, bulletinIds: string[]): Promise<{ sent: string }> {
    const [outcome] = await this.sendMany([{ delivery: d, bulletinIds }]);
    if ('error' in outcome) throw outcome.error;
    return 'unknown' in outcome ? { sent: 'unknown' } : outcome;
  }

  /**
   * One outcome per item, in order. Errors are returned, not thrown, so one failed message does
   * not hold back the others; the caller throws them to BullMQ. A retryable failure has already
   * given its delivery back; a bounce is recorded and comes back as an UnrecoverableError.
   */
  async sendMany(items: Array<{ delivery: Delivery; bulletinIds: string[] }>): Promise<Outcome[]> {
    let models: AlertEmailModel[];
    try {
      models = await this.composer.composeMany(items);
    } catch (err) {
      // Composing failed (the database, most likely): give every row back for the retry.
      for (const { delivery } of items) await this.deliveries.release(delivery.id, String((err as Error)?.stack ?? err));
      throw err;
    }
    const outcomes: Outcome[] = [];
    // As many in flight as the pool has connections; what SMTP accepted is recorded per group, so
    // a worker lost mid-batch leaves at most one group `unknown`.
    const groupSize = Math.max(1, this.config.mail.poolSize);
    for (let i = 0; i < items.length; i += groupSize) {
      const slice = items.slice(i, i + groupSize);
      const rendered = await Promise.all(slice.map((_, j) => this.render(models[i + j])));
      // The whole group passes the point of no return in one statement, just before its messages
      // go out together (they are in flight at once anyway); one that failed to render is not marked.
      let markError: unknown = null;
      try {
        await this.deliveries.markTransmittingMany(slice.filter((_, j) => 'email' in rendered[j]).map((x) => x.delivery.id));
      } catch (err) {
        markError = err;
      }
      const group = await Promise.all(slice.map((item, j) => this.transmit(item.delivery, models[i + j], rendered[j], markError)));
      const accepted = group.flatMap((o, j) =>
        'messageId' in o ? [{ id: slice[j].delivery.id, providerMessageId: o.messageId, subject: o.subject }] : [],
      );
      // Accepted by SMTP: from here on, only recording it (retried), never a release and a resend.
      await this.deliveries.recordSentMany(accepted);
      outcomes.push(...group.map((o) => ('messageId' in o ? { sent: o.messageId } : o)));
    }
    return outcomes;
  }

  private async render(model: AlertEmailModel): Promise<{ email: RenderedEmail } | { error: unknown }> {
    try {
      return { email: await this.renderer.render(model) };
    } catch (error) {
      return { error };
    }
  }

  private async transmit(
    d: Delivery,
    model: AlertEmailModel,
    rendered: { email: RenderedEmail } | { error: unknown },
    markError: unknown,
  ): Promise<{ messageId: string; subject: string } | { unknown: true } | { error: unknown }> {
    // Recording the failure may fail too (the database is away): the lease then decides, and the
    // messages of this group that SMTP accepted are still recorded.
    const fail = (subject: string | undefined, err: unknown) =>
      this.settleFailure(d, subject, err).catch((recordErr: unknown) => ({ error: recordErr }));
    if ('error' in rendered) return fail(undefined, rendered.error);
    const email = rendered.email;
    if (markError) return fail(email.subject, markError);
    try {
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
      return fail(email.subject, err);
    }
  }

  private async settleFailure(d: Delivery, subject: string | undefined, err: unknown): Promise<{ unknown: true } | { error: unknown }> {
    if (!(err instanceof MailSendError)) {
      // Rendering failed, or the database: give the row back for the retry.
      await this.deliveries.release(d.id, String((err as Error)?.stack ?? err));
      return { error: err };
    }
    if (err.kind === 'retry') {
      await this.deliveries.release(d.id, err.message);
      return { error: err }; // BullMQ retries with backoff
    }
    if (err.kind === 'unknown') {
      // The server may have the message: never resend; the next message mentions it.
      await this.deliveries.finish(d.id, 'unknown', { subject, error: err.message });
      return { unknown: true };
    }
    await this.deliveries.finish(d.id, 'bounced', { subject, error: err.message });
    if (err.details.bounce) await this.members.markEmailBounced(d.memberId);
    return { error: new UnrecoverableError(`bounced: ${err.message}`) };
  }

  private unsubscribeHeaders(url: string): Record<string, string> {
    const mailto = `mailto:unsubscribe@${new URL(this.config.http.publicUrl).hostname}?subject=unsubscribe`;
    // RFC 8058 one-click needs https; a plain-http development URL still gets the mailto form.
    return url.startsWith('https://') ? listUnsubscribeHeaders(url, mailto) : { 'List-Unsubscribe': `<${mailto}>` };
  }
}
