import { Module } from '@nestjs/common';
import { MemberDeliveriesRepository } from '@app/domain/members';
import { AuthModule } from '../auth/auth.module';
import { MemberDeliveriesController } from './deliveries.controller';
import { MeController } from './me.controller';
import { PhoneController } from './phone.controller';

@Module({
  imports: [AuthModule],
  controllers: [MeController, PhoneController, MemberDeliveriesController],
  providers: [MemberDeliveriesRepository],
})
export class MeModule {}
