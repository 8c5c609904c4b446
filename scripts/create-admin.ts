// Creates the first admin, or makes an existing member an admin with --promote:
//   npm run admin:create -- --email admin@example.cn --password 'a long passphrase'
//   npm run admin:create -- --email admin@example.cn --password - < password.txt   (keeps it out of shell history)
//   npm run admin:create -- --email member@example.cn --promote
// Uses DATABASE_URL like the apps; the account is created verified.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { isEmail } from 'class-validator';
import { AppConfigModule, ConfigError, loadConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DomainError } from '@app/domain';
import { MemberAccountsService, MembersModule } from '@app/domain/members';

@Module({ imports: [AppConfigModule, DatabaseModule, MembersModule] })
class AdminBootstrapModule {}

interface Args {
  email: string;
  password?: string;
  promote: boolean;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const email = value('email');
  const promote = argv.includes('--promote');
  let password = value('password');
  if (password === '-') password = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  if (!email || !isEmail(email)) throw new UsageError('--email must be an email address');
  if (!password && !promote) throw new UsageError('--password is required to create an admin (or --promote an existing member)');
  return { email, password, promote };
}

class UsageError extends Error {}

async function main(): Promise<void> {
  loadConfig(); // fail on bad config before connecting
  const args = parseArgs(process.argv.slice(2));
  const app = await NestFactory.createApplicationContext(AdminBootstrapModule, { logger: ['error', 'warn'] });
  try {
    const accounts = app.get(MemberAccountsService);
    const { member, created } = args.password
      ? await accounts.createAdmin(args.email, args.password, args.promote)
      : await accounts.promoteToAdmin(args.email);
    console.log(created ? `Admin ${member.email} created (id ${member.id}).` : `${member.email} is now an admin (id ${member.id}).`);
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  const known = err instanceof DomainError || err instanceof ConfigError || err instanceof UsageError;
  console.error(known ? `admin:create: ${err.message}` : err);
  if (err instanceof UsageError) console.error('usage: npm run admin:create -- --email <email> --password <password|-> [--promote]');
  process.exit(1);
});
