import { JwtService } from '@nestjs/jwt';
import * as jwt from 'jsonwebtoken';
import { loadConfig } from '@app/config';
import { rsaTestKey } from '@app/testing';
import { AccessTokenService } from './access-token.service';

const config = loadConfig({ JWT_SECRET: 'x'.repeat(40), JWT_ACCESS_TTL_SECONDS: '900' });
const service = new AccessTokenService(new JwtService({}), config);
const member = { id: '0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14', role: 'member' as const, tokenVersion: 3 };
const claims = { role: 'member', ver: 3 };
const options = { subject: member.id, issuer: 'tender-alerts', audience: 'tender-alerts-api', expiresIn: 900 };
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

async function rejection(token: string): Promise<string> {
  try {
    await service.verify(token);
  } catch (e) {
    return (e as { code: string }).code;
  }
  throw new Error('token was accepted');
}

describe('AccessTokenService', () => {
  it('signs HS256 tokens it verifies, carrying member, role and token version', async () => {
    const token = await service.sign(member);
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())).toMatchObject({ alg: 'HS256' });
    expect(await service.verify(token)).toMatchObject({
      sub: member.id,
      role: 'member',
      ver: 3,
      iss: 'tender-alerts',
      aud: 'tender-alerts-api',
    });
  });

  it('rejects an expired token as expired', async () => {
    const { expiresIn: _, ...noExpiry } = options;
    const token = jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, config.auth.jwtSecret, noExpiry);
    expect(await rejection(token)).toBe('token_expired');
  });

  it('rejects a token signed with another secret', async () => {
    expect(await rejection(jwt.sign(claims, 'y'.repeat(40), options))).toBe('token_invalid');
  });

  it('rejects alg none, with or without a signature', async () => {
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, sub: member.id, iss: 'tender-alerts', aud: 'tender-alerts-api', exp: 9999999999 })}`;
    expect(await rejection(`${unsigned}.`)).toBe('token_invalid');
    const real = (await service.sign(member)).split('.')[2];
    expect(await rejection(`${unsigned}.${real}`)).toBe('token_invalid');
  });

  it('rejects other algorithms even with the right secret (HS512, HS384)', async () => {
    for (const algorithm of ['HS512', 'HS384'] as const) {
      expect(await rejection(jwt.sign(claims, config.auth.jwtSecret, { ...options, algorithm }))).toBe('token_invalid');
    }
  });

  it('rejects RS256 tokens, including one whose header claims RS256 over an HMAC signature', async () => {
    const privateKey = rsaTestKey();
    expect(await rejection(jwt.sign(claims, privateKey, { ...options, algorithm: 'RS256' }))).toBe('token_invalid');
    const [, payload, signature] = (await service.sign(member)).split('.');
    expect(await rejection(`${b64({ alg: 'RS256', typ: 'JWT' })}.${payload}.${signature}`)).toBe('token_invalid');
  });

  it('rejects a tampered payload, another audience and garbage', async () => {
    const [header, , signature] = (await service.sign(member)).split('.');
    expect(await rejection(`${header}.${b64({ ...claims, role: 'admin', sub: member.id })}.${signature}`)).toBe('token_invalid');
    expect(await rejection(jwt.sign(claims, config.auth.jwtSecret, { ...options, audience: 'someone-else' }))).toBe('token_invalid');
    expect(await rejection('not.a.jwt')).toBe('token_invalid');
  });

  it('rejects a genuine token without a token version', async () => {
    expect(await rejection(jwt.sign({ role: 'member' }, config.auth.jwtSecret, options))).toBe('token_invalid');
  });
});
