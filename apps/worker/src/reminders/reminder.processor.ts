import { Inject } from '@nestjs/common';
import { Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ProjectReminders } from '@app/domain/projects';
import { MailTransport, reminderSmsParams, renderReminderEmail, SmsProvider } from '@app/notify';
import { type JobPayloads, QUEUES } from '@app/queues';
import { ContractProcessor, ContractQueue, JobHandlers } from '../processing/contract-processor';

/**
 * reminder.send (delayed to the reminder's time): re-checks that the member still follows, the
 * deadline is still the one the job was planned for and the project was not terminated, then
 * sends once per channel — an email with an .ics event, an SMS without a link.
 */
@ContractQueue(QUEUES.reminders)
export class ReminderProcessor extends ContractProcessor {
  readonly handlers: JobHandlers = { 'reminder.send': (job) => this.send(job) };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: ProjectReminders,
    private readonly mail: MailTransport,
    private readonly sms: SmsProvider,
  ) {
    super();
  }

  private async send(job: Job<JobPayloads['reminder.send']>) {
    const due = await this.reminders.due(job.data);
    if ('skip' in due) {
      this.logger.log({ jobId: job.id, skipped: due.skip }, 'reminder skipped');
      return due;
    }
    const input = {
      project: due.project,
      offsetHours: job.data.offsetHours,
      moved: due.moved,
      timezone: due.timezone,
      projectUrl: `${this.config.http.publicUrl}/app/projects/${due.project.id}`,
    };
    const sent: string[] = [];
    if (due.channels.includes('email') && due.emailReady && (await this.reminders.claim(job.data, 'email'))) {
      const email = renderReminderEmail(input);
      try {
        await this.mail.send({
          to: due.email,
          subject: email.subject,
          text: email.text,
          html: email.html,
          attachments: [{ filename: 'deadline.ics', content: email.ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
        });
      } catch (err) {
        await this.reminders.release(job.data, 'email');
        throw err;
      }
      sent.push('email');
    }
    if (due.channels.includes('sms') && due.smsReady && due.phone && (await this.reminders.claim(job.data, 'sms'))) {
      try {
        await this.sms.send({ phone: due.phone, templateCode: this.config.sms.reminderTemplateCode, params: reminderSmsParams(input) });
      } catch (err) {
        await this.reminders.release(job.data, 'sms');
        throw err;
      }
      sent.push('sms');
    }
    this.logger.debug({ jobId: job.id, sent }, 'reminder sent');
    return { sent };
  }
}
