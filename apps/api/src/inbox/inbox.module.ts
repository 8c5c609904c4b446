import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BulletinsController } from './bulletins.controller';
import { MatchesController } from './matches.controller';

@Module({
  imports: [AuthModule],
  controllers: [MatchesController, BulletinsController],
})
export class InboxModule {}
