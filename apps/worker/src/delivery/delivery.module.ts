import { Module } from '@nestjs/common';
import { DeliveriesModule } from '@app/domain/worker';
import { AlertComposer, NotifyModule } from '@app/notify';
import { DeliveryProcessor } from './delivery.processor';
import { EmailSender } from './email-sender.service';
import { SmsSender } from './sms-sender.service';

@Module({
  imports: [DeliveriesModule, NotifyModule],
  // AlertComposer reads through a domain repository (DeliveriesModule), so it is provided here
  // beside it rather than in NotifyModule, which stays free of persistence.
  providers: [AlertComposer, EmailSender, SmsSender, DeliveryProcessor],
})
export class DeliveryModule {}
