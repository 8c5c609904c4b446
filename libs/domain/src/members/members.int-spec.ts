import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { insertMember, resetDatabase } from '@app/testing';
import { Member } from './member.entity';
import { MembersRepository } from './members.repository';
import { PhoneCode } from './phone-code.entity';
import { PhoneCodesRepository } from './phone-codes.repository';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { RefreshTokensService } from './refresh-tokens.service';

describe('member repositories (against real Postgres)', () => {
  const config = loadConfig(testEnvironment());
  let dataSource: DataSource;
  let members: MembersRepository;
  let tokens: RefreshTokensRepository;
  let sessions: RefreshTokensService;
  let codes: PhoneCodesRepository;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(config)).initialize();
    await resetDatabase(dataSource);
    members = new MembersRepository(dataSource.getRepository(Member));
    tokens = new RefreshTokensRepository(dataSource.getRepository(RefreshToken));
    sessions = new RefreshTokensService(config, tokens, members);
    codes = new PhoneCodesRepository(dataSource.getRepository(PhoneCode));
  });
  afterAll(() => dataSource.destroy());

  it('inserts a member once per email, even in parallel', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => members.insertIfNew({ email: 'same@example.cn', passwordHash: 'h' })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await members.authState(results.find(Boolean)!.id)).toEqual({
      id: results.find(Boolean)!.id,
      role: 'member',
      status: 'active',
      tokenVersion: 0,
    });
  });

  it('lets only one of several parallel refreshes with the same token win', async () => {
    const member = await insertMember(dataSource);
    const { token } = await sessions.issue(member.id);
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => sessions.rotate(token)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    // The losers presented a spent token: that is reuse, and every session of the member ended.
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => o.reason.code)).toContain('refresh_token_reused');
    expect(
      await dataSource.query(`SELECT count(*)::int AS n FROM refresh_tokens WHERE member_id = $1 AND revoked_at IS NULL`, [member.id]),
    ).toEqual([{ n: 0 }]);
    expect((await members.authState(member.id))!.tokenVersion).toBeGreaterThan(0);
  });

  it('does not count an expired refresh token as live', async () => {
    const member = await insertMember(dataSource);
    await tokens.insert('8f14e45f-ceea-467f-a0e6-f3b2c0d1e2a3', member.id, 'f'.repeat(64), new Date(Date.now() - 1000));
    expect(await tokens.consume('f'.repeat(64), '9f14e45f-ceea-467f-a0e6-f3b2c0d1e2a3')).toBeNull();
  });

  it('never lets parallel guesses spend more than the allowed attempts on a code', async () => {
    const member = await insertMember(dataSource, { phone: '+8613800138000' });
    await codes.replace({
      memberId: member.id,
      phone: '+8613800138000',
      codeHash: 'x'.repeat(64),
      expiresAt: new Date(Date.now() + 60_000),
      attempts: 0,
      sentAt: new Date(),
    });
    const spent = await Promise.all(Array.from({ length: 12 }, () => codes.spendAttempt(member.id, 5)));
    expect(spent.filter(Boolean)).toHaveLength(5);
  });

  it('marks a phone verified only while it is still the same number', async () => {
    const member = await insertMember(dataSource, { phone: '+8613800138001' });
    expect(await members.markPhoneVerified(member.id, '+8613900000000')).toBe(false);
    expect(await members.markPhoneVerified(member.id, '+8613800138001')).toBe(true);
  });
});
