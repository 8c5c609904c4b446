import { Module } from '@nestjs/common';
import { HeldBackModule } from '@app/domain/projects';
import { AuthModule } from '../auth/auth.module';
import { HeldBackController } from './held-back.controller';

@Module({ imports: [AuthModule, HeldBackModule], controllers: [HeldBackController] })
export class HeldBackApiModule {}
