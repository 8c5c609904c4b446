import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Member, Subscription } from '@app/domain';

/** A member row straight in the database, for pipeline tests that are not about accounts. */
export async function insertMember(ds: DataSource, overrides: Partial<Member> = {}): Promise<Member> {
  const repo = ds.getRepository(Member);
  return repo.save(
    repo.create({
      email: `m-${randomUUID().slice(0, 8)}@example.test`,
      passwordHash: 'not-a-real-hash',
      emailVerifiedAt: new Date(),
      consentAt: new Date(),
      ...overrides,
    }),
  );
}

export async function insertSubscription(ds: DataSource, memberId: string, overrides: Partial<Subscription> = {}): Promise<Subscription> {
  const repo = ds.getRepository(Subscription);
  return repo.save(
    repo.create({
      memberId,
      name: '订阅',
      keywords: [],
      excludeWords: [],
      regions: [],
      categories: [],
      channels: ['email'],
      frequency: 'instant',
      ...overrides,
    }),
  );
}
