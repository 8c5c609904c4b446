import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Member } from './member.entity';
import { MemberAccountsService } from './member-accounts.service';
import { MemberInboxRepository } from './member-inbox.repository';
import { MemberInboxService } from './member-inbox.service';
import { MemberProfileService } from './member-profile.service';
import { MembersRepository } from './members.repository';
import { PhoneCode } from './phone-code.entity';
import { PhoneCodesRepository } from './phone-codes.repository';
import { PhoneVerificationService } from './phone-verification.service';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { RefreshTokensService } from './refresh-tokens.service';

/** Accounts, sessions, profile, phone binding and a member's inbox. Needs the global AppConfigModule. */
@Module({
  imports: [TypeOrmModule.forFeature([Member, RefreshToken, PhoneCode])],
  providers: [
    MembersRepository,
    RefreshTokensRepository,
    PhoneCodesRepository,
    RefreshTokensService,
    MemberAccountsService,
    PhoneVerificationService,
    MemberProfileService,
    MemberInboxRepository,
    MemberInboxService,
  ],
  exports: [
    MembersRepository,
    RefreshTokensService,
    MemberAccountsService,
    PhoneVerificationService,
    MemberProfileService,
    MemberInboxService,
  ],
})
export class MembersModule {}
