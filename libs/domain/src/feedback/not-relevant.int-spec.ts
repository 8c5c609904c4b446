import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { insertBulletins, insertMember, insertSubscription, resetDatabase } from '@app/testing';
import { MatchFeedbackRepository } from './match-feedback.repository';
import { MatchFeedbackService } from './match-feedback.service';
import { notRelevantToken } from './not-relevant-link';
import { NotRelevantMarksRepository } from './not-relevant-marks.repository';
import { NotRelevantService } from './not-relevant.service';

describe('not-relevant marks, why and fixes (against real Postgres)', () => {
  const config = loadConfig(testEnvironment());
  let dataSource: DataSource;
  let marks: NotRelevantMarksRepository;
  let service: NotRelevantService;
  let feedback: MatchFeedbackService;

  const match = async (subscriptionId: string, bulletinId: string, memberId: string, hits: string[], createdAt = new Date()) => {
    const [row] = await dataSource.query(
      `INSERT INTO matches (subscription_id, bulletin_id, member_id, hits, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [subscriptionId, bulletinId, memberId, hits, createdAt],
    );
    return row.id as string;
  };

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(config)).initialize();
    await resetDatabase(dataSource);
    marks = new NotRelevantMarksRepository(dataSource);
    const rows = new MatchFeedbackRepository(dataSource);
    service = new NotRelevantService(config, marks, rows);
    feedback = new MatchFeedbackService(marks, rows);
  });
  afterAll(() => dataSource.destroy());

  it('stores a mark once however often it is made, with the terms that hit; undo removes it', async () => {
    const member = await insertMember(dataSource);
    const sub = await insertSubscription(dataSource, member.id, { keywords: ['市政'] });
    const [b] = await insertBulletins(dataSource, [{ title: '焦作市政府采购网 课桌椅采购公告' }]);
    const id = await match(sub.id, b.id, member.id, ['市政']);

    const first = await service.mark(member.id, id, '  只是发布网站  ');
    const again = await Promise.all([service.mark(member.id, id), service.mark(member.id, id, 'other')]);
    expect(first).toMatchObject({ created: true, mark: { matchId: id, subscriptionId: sub.id, bulletinId: b.id, terms: ['市政'], reason: '只是发布网站', source: 'app' } });
    expect(again.map((r) => r.created)).toEqual([false, false]);
    expect(again.map((r) => r.mark.id)).toEqual([first.mark.id, first.mark.id]);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM not_relevant_marks`)).toEqual([{ n: 1 }]);
    expect((await marks.matchForMember(member.id, id))!.markedAt).toBeInstanceOf(Date);

    await service.unmark(member.id, id);
    await service.unmark(member.id, id);
    expect(await marks.forMember(member.id)).toEqual([]);
    expect((await marks.matchForMember(member.id, id))!.markedAt).toBeNull();
  });

  it("answers another member's match as not found and leaves it unmarked", async () => {
    const [a, other] = [await insertMember(dataSource), await insertMember(dataSource)];
    const sub = await insertSubscription(dataSource, a.id, { keywords: ['道路'] });
    const [b] = await insertBulletins(dataSource, [{ title: '道路工程' }]);
    const id = await match(sub.id, b.id, a.id, ['道路']);
    await expect(service.mark(other.id, id)).rejects.toMatchObject({ code: 'match_not_found' });
    await expect(service.unmark(other.id, id)).rejects.toMatchObject({ code: 'match_not_found' });
    await expect(feedback.why(other.id, id)).rejects.toMatchObject({ code: 'match_not_found' });
    expect(await marks.forMember(a.id)).toEqual([]);
  });

  it('marks every subscription that caught a bulletin from an email link, and only with a good token', async () => {
    const member = await insertMember(dataSource);
    const [s1, s2] = [await insertSubscription(dataSource, member.id, { name: '市政', keywords: ['市政'] }), await insertSubscription(dataSource, member.id, { name: '采购', keywords: ['采购'] })];
    const [b] = await insertBulletins(dataSource, [{ title: '市政府办公家具采购' }]);
    await match(s1.id, b.id, member.id, ['市政']);
    await match(s2.id, b.id, member.id, ['采购']);
    const token = notRelevantToken(member.id, b.id, config.auth.linkSecret);

    const target = await service.linkTarget(token);
    expect(target.matches.map((m) => [m.subscriptionName, m.markedAt])).toEqual([['市政', null], ['采购', null]]);
    expect(await marks.forMember(member.id)).toEqual([]);
    await service.markByLink(token);
    await service.markByLink(token);
    expect((await marks.forMember(member.id)).map((m) => [m.subscriptionId, m.source])).toEqual(expect.arrayContaining([[s1.id, 'email'], [s2.id, 'email']]));
    expect(await marks.forMember(member.id)).toHaveLength(2);
    await expect(service.linkTarget(notRelevantToken(member.id, b.id, 'another secret, just as long as the real one'))).rejects.toMatchObject({ code: 'link_invalid' });
  });

  it('explains where each keyword hit, and counts what each fix would have removed over 30 days', async () => {
    const member = await insertMember(dataSource);
    const sub = await insertSubscription(dataSource, member.id, { keywords: ['市政', '道路'] });
    // Our own notices: three venue-only hits (市政府), two municipal works, one older than 30 days.
    const [noise1, noise2, noise3, works1, works2, old] = await insertBulletins(dataSource, [
      { title: '某学校课桌椅采购公告', body: '本公告在焦作市政府采购网上发布。' },
      { title: '某医院设备采购', body: '详见焦作市政府采购网。' },
      { title: '焦作市政府办公楼物业服务', body: '服务期一年。' },
      { title: '解放路市政道路改造工程', body: '道路长1.2公里。' },
      { title: '城区路灯维修', body: '属市政设施养护。' },
      { title: '某中学食堂采购', body: '在焦作市政府采购网发布。' },
    ]);
    const ids = {
      noise1: await match(sub.id, noise1.id, member.id, ['市政']),
      noise2: await match(sub.id, noise2.id, member.id, ['市政']),
      noise3: await match(sub.id, noise3.id, member.id, ['市政']),
      works1: await match(sub.id, works1.id, member.id, ['市政', '道路']),
      works2: await match(sub.id, works2.id, member.id, ['市政']),
    };
    await match(sub.id, old.id, member.id, ['市政'], new Date(Date.now() - 40 * 86_400_000));
    await service.mark(member.id, ids.noise1);
    await service.mark(member.id, ids.noise2);

    const why = await feedback.why(member.id, ids.noise1);
    expect(why).toMatchObject({ markedAt: expect.any(Date), hits: ['市政'], stillMatches: true, keywordless: false });
    expect(why.entries).toHaveLength(1);
    expect(why.entries[0].parts[0]).toMatchObject({ term: '市政', inTitle: false, inBody: true, counted: true });
    expect(why.entries[0].parts[0].contexts[0]).toMatchObject({ place: 'body', sentence: '本公告在焦作市政府采购网上发布。', word: '市政府', insideLongerWord: true });

    const { matches, fixes, days } = await feedback.fixes(member.id, ids.noise1);
    expect({ matches, days }).toEqual({ matches: 5, days: 30 });
    // 市政府 is in noise1-3 (works1 and works2 have 市政 without 府).
    expect(fixes.find((f) => f.term === '市政府')).toMatchObject({ kind: 'exclude_word', removes: 3, of: 5, removesMarked: 2, patch: { excludeWords: ['市政府'] } });
    // Title only drops every body-only 市政 hit: noise1, noise2, works2 (noise3 and works1 have it in the title).
    expect(fixes.find((f) => f.kind === 'title_only')).toMatchObject({ removes: 3, removesMarked: 2 });
    // Dropping 市政 leaves 道路, which only works1 has.
    expect(fixes.find((f) => f.kind === 'drop_keyword')).toMatchObject({ term: '市政', removes: 4, patch: { keywords: ['道路'] } });

    // Applied, the fix shows: the match no longer passes the filter, and its fixes are gone.
    await dataSource.query(`UPDATE subscriptions SET exclude_words = '{市政府}' WHERE id = $1`, [sub.id]);
    expect((await feedback.why(member.id, ids.noise1)).stillMatches).toBe(false);
    expect((await feedback.fixes(member.id, ids.noise1)).fixes).toEqual([]);
  });
});
