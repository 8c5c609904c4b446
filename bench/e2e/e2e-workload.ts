import type { MatchSubscription } from '@app/matcher';
import { DataSource } from 'typeorm';
import { buildTermPool, regionPool, rng, uuid, Workload } from '../match-workload';

export type Frequency = 'instant' | 'daily' | 'weekly';

/** The workload's notice kinds → the categories ingest accepts. */
const CATEGORY: Record<string, string> = {
  tender: 'tender',
  award: 'award',
  correction: 'change',
  intention: 'intent',
  proposed: 'proposed',
  news: 'news',
};

export interface SeededSubscription extends MatchSubscription {
  memberId: string;
  frequency: Frequency;
}

/**
 * Members and their subscriptions: five per member on average, each member hearing instantly
 * (40 %), daily (50 %) or weekly (10 %) on email. Digest hour and time zone are set so that no
 * digest falls due during a run (digests are not what this measures). Written set-wise.
 */
export async function seedMembers(ds: DataSource, subscriptions: number, seed = 11): Promise<SeededSubscription[]> {
  const r = rng(seed);
  const workload = new Workload(buildTermPool(Math.max(2000, Math.min(200_000, subscriptions))), regionPool());
  const members = Math.max(1, Math.round(subscriptions / 5));
  const memberIds = Array.from({ length: members }, () => uuid(r));
  const frequencies = memberIds.map((): Frequency => {
    const x = r();
    return x < 0.4 ? 'instant' : x < 0.9 ? 'daily' : 'weekly';
  });
  // A zone where it is now about one in the morning: a 23:00 digest hour is far off.
  let offset = (((1 - new Date().getUTCHours()) % 24) + 24) % 24; // hours east of UTC
  if (offset > 12) offset -= 24;
  // Etc/GMT-8 is eight hours east of UTC (the sign is POSIX's).
  const timezone = offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
  for (let i = 0; i < members; i += 5000) {
    const ids = memberIds.slice(i, i + 5000);
    await ds.query(
      `INSERT INTO members (id, email, password_hash, email_verified_at, consent_at, timezone, digest_hour)
       SELECT id, 'bench-' || id || '@example.test', 'not-a-real-hash', now(), now(), $2, 23 FROM unnest($1::uuid[]) AS id`,
      [ids, timezone],
    );
  }
  const subs: SeededSubscription[] = Array.from({ length: subscriptions }, (_, i) => {
    const memberIndex = i < members ? i : Math.floor(r() * members);
    const s = workload.subscription(r, uuid(r));
    return {
      ...s,
      categories: s.categories.map((c) => CATEGORY[c] ?? 'other'),
      memberId: memberIds[memberIndex],
      frequency: frequencies[memberIndex],
    };
  });
  for (let i = 0; i < subs.length; i += 5000) {
    const rows = subs.slice(i, i + 5000).map((s, j) => ({
      id: s.id,
      member_id: s.memberId,
      name: `订阅${i + j + 1}`,
      keywords: s.keywords,
      exclude_words: s.excludeWords,
      scope: s.scope,
      regions: s.regions,
      categories: s.categories,
      budget_min: s.budgetMin,
      budget_max: s.budgetMax,
      require_budget: s.requireBudget ?? false,
      frequency: s.frequency,
    }));
    await ds.query(
      `INSERT INTO subscriptions (id, member_id, name, keywords, exclude_words, scope, regions, categories, budget_min, budget_max, require_budget, channels, frequency)
       SELECT id, member_id, name, keywords, exclude_words, scope, regions, categories, budget_min, budget_max, require_budget, ARRAY['email'], frequency
         FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, member_id uuid, name text, keywords text[], exclude_words text[], scope text, regions text[],
                                                   categories text[], budget_min numeric, budget_max numeric, require_budget boolean, frequency text)`,
      [JSON.stringify(rows)],
    );
  }
  return subs;
}

/**
 * Bulletins as a crawler sends them: a title naming the place and project, a body of
 * procurement boilerplate around the project's scope of work, the region as written, a budget
 * in 万元 most of the time, a buyer and a project number of its own (so no two are one notice).
 */
export function* bulletinItems(count: number, seed = 23, bodyLength = 2000): Generator<Record<string, unknown>> {
  const r = rng(seed);
  const workload = new Workload(buildTermPool(20_000), regionPool());
  for (let i = 0; i < count; i++) {
    const b = workload.rawBulletin(r, bodyLength);
    const budget = b.budgetYuan === null ? '' : `预算金额：${b.budgetYuan / 10_000}万元\n`;
    yield {
      sourceId: `e2e-${seed}-${i}`,
      title: `${b.title}（${i + 1}）`,
      body: `项目编号：E2E-${seed}-${i}\n${budget}采购人：${b.regionName ?? ''}公共资源交易中心${i % 97}\n${b.body}`,
      ...(b.regionCode ? { regionCode: b.regionCode } : {}),
      category: CATEGORY[b.category] ?? 'other',
      ...(b.budgetYuan === null ? {} : { budgetYuan: b.budgetYuan }),
      buyer: `${b.regionName ?? ''}公共资源交易中心${i % 97}`,
      publishedAt: new Date(Date.now() - (i % 72) * 3600_000).toISOString(),
    };
  }
}
