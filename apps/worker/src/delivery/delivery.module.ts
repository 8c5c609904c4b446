import { Module } from '@nestjs/common';
import { DeliveriesModule } from '@app/domain';
import { NotifyModule } from '@app/notify';
import { AlertComposer } from './alert-composer.service';
import { DeliveryProcessor } from './delivery.processor';
import { EmailSender } from './email-sender.service';
import { SmsSender } from './sms-sender.service';

@Module({
  imports: [DeliveriesModule, NotifyModule],
  providers: [AlertComposer, EmailSender, SmsSender, DeliveryProcessor],
})
export class DeliveryModule {}
