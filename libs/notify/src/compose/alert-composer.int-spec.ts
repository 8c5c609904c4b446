import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { MessageContentRepository } from '@app/domain/worker';
import { resetDatabase } from '@app/testing';
import { AlertComposer } from './alert-composer.service';

/** The repository, noting which bulletins' content (rows and matches) was read. */
class RecordingContent extends MessageContentRepository {
  read = new Set<string>();
  ordered = 0;
  override bulletinOrder(ids: string[]) {
    this.ordered++;
    return super.bulletinOrder(ids);
  }
  override bulletins(ids: string[]) {
    ids.forEach((id) => this.read.add(id));
    return super.bulletins(ids);
  }
  override matches(memberIds: string[], bulletinIds: string[]) {
    bulletinIds.forEach((id) => this.read.add(id));
    return super.matches(memberIds, bulletinIds);
  }
}

/** What a batch of messages shows: each member's own notices, newest first, capped, the rest counted. */
describe('AlertComposer.composeMany', () => {
  const config = loadConfig(testEnvironment({ DIGEST_MAX_ITEMS: '3' }));
  let ds: DataSource;
  let composer: AlertComposer;
  let content: RecordingContent;
  let sourceId: string;

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    await resetDatabase(ds);
    await ds.query(`SELECT ledger_create_partition('matches', date_trunc('month', timezone('UTC', now()))::date)`);
    content = new RecordingContent(ds);
    composer = new AlertComposer(config, content);
    [{ id: sourceId }] = await ds.query(`INSERT INTO sources (name) VALUES ('composer') RETURNING id`);
  });
  afterAll(() => ds.destroy());

  async function member(tag: string): Promise<{ memberId: string; subscriptionId: string }> {
    const [{ id: memberId }] = await ds.query(
      `INSERT INTO members (email, password_hash, timezone) VALUES ($1, 'x', 'Asia/Shanghai') RETURNING id`,
      [`${tag}@example.test`],
    );
    const [{ id: subscriptionId }] = await ds.query(
      `INSERT INTO subscriptions (member_id, name, keywords, channels, frequency) VALUES ($1, $2, '{道路}', '{email}', 'daily') RETURNING id`,
      [memberId, `${tag}的订阅`],
    );
    return { memberId, subscriptionId };
  }

  /** Bulletins published a day apart, the first `oldest` days ago; each caught by the subscriptions given. */
  async function bulletins(
    tag: string,
    count: number,
    oldest: number,
    caughtBy: Array<{ memberId: string; subscriptionId: string }>,
  ): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const [{ id }] = await ds.query(
        `INSERT INTO bulletins (source_id, source_ref, title, body, title_match, body_match, category, content_hash, published_at)
         VALUES ($1, $2, $3, '道路改造工程，详见招标文件。', $3, '', 'tender', $2, now() - make_interval(days => $4)) RETURNING id`,
        [sourceId, `${tag}-${i}`, `${tag}道路工程${i}`, oldest - i],
      );
      for (const m of caughtBy) {
        await ds.query(
          `INSERT INTO matches (subscription_id, bulletin_id, bulletin_month, member_id, hits)
           SELECT $1, b.id, b.ledger_month, $2, '{道路}' FROM bulletins b WHERE b.id = $3`,
          [m.subscriptionId, m.memberId, id],
        );
      }
      ids.push(id);
    }
    return ids;
  }

  it('shows the newest notices up to the cap, counts the rest, and keeps each message to its own member', async () => {
    const wang = await member('wang');
    const li = await member('li');
    const wangIds = await bulletins('wang', 5, 10, [wang]);
    const shared = await bulletins('shared', 1, 3, [wang, li]);
    const liIds = await bulletins('li', 2, 2, [li]);

    content.read.clear();
    const [forWang, forLi] = await composer.composeMany([
      {
        delivery: { id: crypto.randomUUID(), memberId: wang.memberId, kind: 'daily', channel: 'email' },
        bulletinIds: [...wangIds, ...shared],
      },
      { delivery: { id: crypto.randomUUID(), memberId: li.memberId, kind: 'daily', channel: 'email' }, bulletinIds: [...liIds, ...shared] },
    ]);

    // wang's five were published 10 to 6 days ago, the shared one 3, li's two 2 and 1.
    expect(forWang.groups.map((g) => g.subscription.id)).toEqual([wang.subscriptionId]);
    expect(forWang.groups[0].bulletinIds).toEqual([shared[0], wangIds[4], wangIds[3]]);
    expect(Object.keys(forWang.bulletins).sort()).toEqual([shared[0], wangIds[4], wangIds[3]].sort());
    expect(forWang.moreCount).toBe(3);
    expect(forWang.bulletins[wangIds[4]]).toMatchObject({ title: 'wang道路工程4', subscriptionNames: ['wang的订阅'], hits: ['道路'] });

    expect(forLi.groups.map((g) => g.subscription.id)).toEqual([li.subscriptionId]);
    expect(forLi.groups[0].bulletinIds).toEqual([liIds[1], liIds[0], shared[0]]);
    expect(forLi.moreCount).toBe(0);
    expect(forLi.member.email).toBe('li@example.test');
    // Only what is shown is read in full: wang's three oldest are counted, not loaded.
    expect([...content.read].sort()).toEqual([shared[0], wangIds[4], wangIds[3], ...liIds].sort());
  });

  it('skips a bulletin deleted since its notification was made', async () => {
    const zhao = await member('zhao');
    const ids = await bulletins('zhao', 2, 2, [zhao]);
    await ds.query(`DELETE FROM bulletins WHERE id = $1`, [ids[1]]);
    const [model] = await composer.composeMany([
      { delivery: { id: crypto.randomUUID(), memberId: zhao.memberId, kind: 'instant', channel: 'email' }, bulletinIds: ids },
    ]);
    expect(model.groups[0].bulletinIds).toEqual([ids[0]]);
    expect(model.moreCount).toBe(0);
  });

  it('lists newest first without asking the order apart when no message carries more than it shows', async () => {
    const qian = await member('qian');
    const sun = await member('sun');
    // Given oldest first: the model must still list them newest first.
    const qianIds = await bulletins('qian', 3, 9, [qian]);
    const sunIds = await bulletins('sun', 2, 4, [sun]);
    content.ordered = 0;
    const [forQian, forSun] = await composer.composeMany([
      { delivery: { id: crypto.randomUUID(), memberId: qian.memberId, kind: 'instant', channel: 'email' }, bulletinIds: qianIds },
      { delivery: { id: crypto.randomUUID(), memberId: sun.memberId, kind: 'instant', channel: 'email' }, bulletinIds: sunIds },
    ]);
    expect(content.ordered).toBe(0);
    expect(forQian.groups[0].bulletinIds).toEqual([...qianIds].reverse());
    expect(forSun.groups[0].bulletinIds).toEqual([...sunIds].reverse());
    expect([forQian.moreCount, forSun.moreCount]).toEqual([0, 0]);
    // One message over the cap: then the order is asked, once for the batch.
    const more = await bulletins('qian-more', 1, 1, [qian]);
    await composer.composeMany([
      {
        delivery: { id: crypto.randomUUID(), memberId: qian.memberId, kind: 'daily', channel: 'email' },
        bulletinIds: [...qianIds, ...more],
      },
      { delivery: { id: crypto.randomUUID(), memberId: sun.memberId, kind: 'daily', channel: 'email' }, bulletinIds: sunIds },
    ]);
    expect(content.ordered).toBe(1);
  });
});
