import { Module } from '@nestjs/common';
import { PartiesModule } from '@app/domain/projects';
import { AuthModule } from '../auth/auth.module';
import { WatchesController } from './watches.controller';

@Module({
  imports: [AuthModule, PartiesModule],
  controllers: [WatchesController],
})
export class PartiesApiModule {}
