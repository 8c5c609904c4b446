import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { ReceivedMail, TestApi } from '@app/testing';

export interface SignedUp {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export const uniqueEmail = (label = 'm') => `${label}-${randomUUID().slice(0, 8)}@example.cn`;

/** Registers through the API, marks the email verified in the database, signs in. */
export async function signUp(api: TestApi, email = uniqueEmail(), password = 'correct horse battery'): Promise<SignedUp> {
  await request(api.url).post('/v1/auth/register').send({ email, password }).expect(202);
  await api.dataSource.query(`UPDATE members SET email_verified_at = now() WHERE email = $1`, [email]);
  const res = await request(api.url).post('/v1/auth/login').send({ email, password }).expect(200);
  return { id: res.body.member.id, email, password, accessToken: res.body.accessToken, refreshToken: res.body.refreshToken };
}

/** Path and query of the first link to `path` in a received email, ready for supertest. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`https?://[^\\s"<>]+${path.replace(/\//g, '\\/')}\\?token=[^\\s"<>]+`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}

export function tokenOf(link: string): string {
  return new URL(link, 'http://x').searchParams.get('token')!;
}
