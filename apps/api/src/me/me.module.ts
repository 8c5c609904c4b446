import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MeController } from './me.controller';
import { PhoneController } from './phone.controller';

@Module({
  imports: [AuthModule],
  controllers: [MeController, PhoneController],
})
export class MeModule {}
