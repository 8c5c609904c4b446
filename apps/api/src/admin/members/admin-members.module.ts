import { Module } from '@nestjs/common';
import { AdminDomainModule } from '@app/domain/admin';
import { AccountEmails } from '../../auth/account-emails.service';
import { AuthModule } from '../../auth/auth.module';
import { AdminMembersController } from './admin-members.controller';

@Module({
  imports: [AuthModule, AdminDomainModule],
  controllers: [AdminMembersController],
  // The auth flow's reset email (AuthModule does not export it); stateless, so a second instance is harmless.
  providers: [AccountEmails],
})
export class AdminMembersModule {}
