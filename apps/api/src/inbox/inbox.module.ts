import { Module } from '@nestjs/common';
import { FeedbackModule } from '@app/domain/members';
import { AuthModule } from '../auth/auth.module';
import { BulletinsController } from './bulletins.controller';
import { MatchFeedbackController } from './match-feedback.controller';
import { MatchesController } from './matches.controller';

@Module({
  imports: [AuthModule, FeedbackModule],
  controllers: [MatchesController, MatchFeedbackController, BulletinsController],
})
export class InboxModule {}
