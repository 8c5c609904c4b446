import type { INestApplicationContext } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { localParts } from '@app/domain';
import { MemberAccountsService, MembersModule, SubscriptionsModule, SubscriptionsService } from '@app/domain/members';
import { type CliIo, println } from '../cli-io';
import { demoSubscriptions } from '../demo-feed/demo-subscriptions';

@Module({ imports: [AppConfigModule, DatabaseModule, MembersModule, SubscriptionsModule] })
class SeedModule {}

export const DEMO_ADMIN = { email: 'admin@demo.tender-alerts.local', password: 'demo-admin-passphrase-2026' };
export const DEMO_MEMBER = { email: 'member@demo.tender-alerts.local', password: 'demo-member-passphrase-2026' };

/**
 * `cli seed-demo`: an admin and a member with subscriptions, ready for the demo; idempotent (a
 * second run leaves what exists). Digest time is set to now, so digests go out on the next tick.
 */
export async function seedDemoCommand(_args: string[], io: CliIo): Promise<number> {
  const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['error', 'warn'] });
  try {
    // The demo admin's password is in this file: never on a production database.
    if (app.get<AppConfig>(APP_CONFIG).env === 'production') {
      println(io.stderr, 'seed-demo refuses to run with NODE_ENV=production: it creates an admin whose password is public.');
      return 1;
    }
    await seed(app, io);
    return 0;
  } finally {
    await app.close();
  }
}

async function seed(app: INestApplicationContext, io: CliIo): Promise<void> {
  const accounts = app.get(MemberAccountsService);
  const ds = app.get(DataSource);
  await accounts.createAdmin(DEMO_ADMIN.email, DEMO_ADMIN.password, true);
  const { member, created } = await accounts.register(DEMO_MEMBER.email, DEMO_MEMBER.password);
  const now = localParts(new Date(), 'Asia/Shanghai');
  await ds.query(
    `UPDATE members SET email_verified_at = COALESCE(email_verified_at, now()), plan = 'pro', display_name = '演示用户',
            company = '重庆某建设集团', consent_at = COALESCE(consent_at, now()), digest_hour = $2, digest_weekday = $3
      WHERE id = $1`,
    [member.id, now.hour, now.weekday],
  );
  if (created) {
    const subscriptions = app.get(SubscriptionsService);
    for (const draft of demoSubscriptions()) await subscriptions.create(member.id, draft);
  }
  println(io.stdout, `demo admin   ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
  println(io.stdout, `demo member  ${DEMO_MEMBER.email} / ${DEMO_MEMBER.password}${created ? ' (4 subscriptions)' : ' (already there)'}`);
}
