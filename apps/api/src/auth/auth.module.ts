import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { MembersModule } from '@app/domain/members';
import { NotifyModule } from '@app/notify';
import { AccessTokenService } from './access-token.service';
import { AccountEmails } from './account-emails.service';
import { AccountLinksController } from './account-links.controller';
import { AuthController } from './auth.controller';
import { AuthFlowService } from './auth-flow.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RolesGuard } from './roles.guard';
import { SessionService } from './session.service';
import { AuthThrottlingModule } from './throttling/auth-throttling.module';

/**
 * Accounts and sessions. Import it to protect routes with
 * `@UseGuards(JwtAuthGuard, RolesGuard)`, `@Roles('admin')` and `@CurrentMember()`;
 * AuthThrottlerGuard works in modules that import it too.
 */
@Module({
  // Secret and algorithm are passed on every sign/verify call (AccessTokenService), not here.
  imports: [JwtModule.register({}), MembersModule, NotifyModule, AuthThrottlingModule],
  controllers: [AuthController, AccountLinksController],
  providers: [AccessTokenService, JwtAuthGuard, RolesGuard, SessionService, AccountEmails, AuthFlowService],
  exports: [AccessTokenService, JwtAuthGuard, RolesGuard, MembersModule, NotifyModule, AuthThrottlingModule],
})
export class AuthModule {}
