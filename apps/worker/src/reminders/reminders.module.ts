import { Module } from '@nestjs/common';
import { ProjectsModule } from '@app/domain/projects';
import { NotifyModule } from '@app/notify';
import { ReminderProcessor } from './reminder.processor';

@Module({
  imports: [ProjectsModule, NotifyModule],
  providers: [ReminderProcessor],
})
export class RemindersModule {}
