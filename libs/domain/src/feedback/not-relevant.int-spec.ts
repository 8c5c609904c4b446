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
      `INSERT INTO matches (subscription_id, bulletin_id, bulletin_month, member_id, hits, created_at) VALUES ($1, $2, (SELECT ledger_month FROM bulletins WHERE id = $2), $3, $4, $5) RETURNING id`,
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
    const sub = await insertSubscription(dataSource, member.id, { keywords: ['道路'] });
    const [b] = await insertBulletins(dataSource, [{ title: '某学校道路照明及课桌椅采购公告' }]);
    const id = await match(sub.id, b.id, member.id, ['道路']);

    const first = await service.mark(member.id, id, '  只是路灯  ');
    const again = await Promise.all([service.mark(member.id, id), service.mark(member.id, id, 'other')]);
    expect(first).toMatchObject({
      created: true,
      mark: { matchId: id, subscriptionId: sub.id, bulletinId: b.id, terms: ['道路'], reason: '只是路灯', source: 'app' },
    });
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
    const [s1, s2] = [
      await insertSubscription(dataSource, member.id, { name: '市政', keywords: ['市政'] }),
      await insertSubscription(dataSource, member.id, { name: '采购', keywords: ['采购'] }),
    ];
    const [b] = await insertBulletins(dataSource, [{ title: '市政道路照明设备采购' }]);
    // A second apart: two inserts in the same millisecond would be ordered by their random ids.
    await match(s1.id, b.id, member.id, ['市政'], new Date(Date.now() - 1000));
    await match(s2.id, b.id, member.id, ['采购']);
    const token = notRelevantToken(member.id, b.id, config.auth.linkSecret);

    const target = await service.linkTarget(token);
    expect(target.matches.map((m) => [m.subscriptionName, m.markedAt])).toEqual([
      ['市政', null],
      ['采购', null],
    ]);
    expect(await marks.forMember(member.id)).toEqual([]);
    await service.markByLink(token);
    await service.markByLink(token);
    expect((await marks.forMember(member.id)).map((m) => [m.subscriptionId, m.source])).toEqual(
      expect.arrayContaining([
        [s1.id, 'email'],
        [s2.id, 'email'],
      ]),
    );
    expect(await marks.forMember(member.id)).toHaveLength(2);
    await expect(
      service.linkTarget(notRelevantToken(member.id, b.id, 'another secret, just as long as the real one')),
    ).rejects.toMatchObject({ code: 'link_invalid' });
  });

  it('explains where each keyword hit, and counts what each fix would have removed over 30 days', async () => {
    const member = await insertMember(dataSource);
    const sub = await insertSubscription(dataSource, member.id, { keywords: ['市政', '道路'] });
    // Our own notices: three where 道路 is a word but the work is the lights (道路照明), two
    // municipal works, one older than 30 days. The venue line holds 市政 inside 市政府: no hit.
    const [noise1, noise2, noise3, works1, works2, old] = await insertBulletins(dataSource, [
      { title: '某学校课桌椅采购公告', body: '本公告在焦作市政府采购网上发布。含校内道路照明。' },
      { title: '某医院设备采购', body: '含院内道路照明。' },
      { title: '某中学道路照明改造', body: '服务期一年。' },
      { title: '解放路市政道路改造工程', body: '道路长1.2公里。' },
      { title: '城区路灯维修', body: '属市政设施养护。' },
      { title: '某中学食堂采购', body: '含道路照明。' },
    ]);
    const ids = {
      noise1: await match(sub.id, noise1.id, member.id, ['道路']),
      noise2: await match(sub.id, noise2.id, member.id, ['道路']),
      noise3: await match(sub.id, noise3.id, member.id, ['道路']),
      works1: await match(sub.id, works1.id, member.id, ['市政', '道路']),
      works2: await match(sub.id, works2.id, member.id, ['市政']),
    };
    await match(sub.id, old.id, member.id, ['道路'], new Date(Date.now() - 40 * 86_400_000));
    await service.mark(member.id, ids.noise1);
    await service.mark(member.id, ids.noise2);

    const why = await feedback.why(member.id, ids.noise1);
    expect(why).toMatchObject({ markedAt: expect.any(Date), hits: ['道路'], stillMatches: true, keywordless: false });
    // Only 道路 hits: 市政 inside 焦作市政府 straddles a word boundary.
    expect(why.entries.map((e) => e.entry)).toEqual(['道路']);
    expect(why.entries[0].parts[0]).toMatchObject({ term: '道路', inTitle: false, inBody: true, counted: true });
    expect(why.entries[0].parts[0].contexts[0]).toMatchObject({
      place: 'body',
      sentence: '含校内道路照明。',
      word: '道路',
      insideLongerWord: false,
      counts: true,
    });

    const { matches, fixes, days } = await feedback.fixes(member.id, ids.noise1);
    expect({ matches, days }).toEqual({ matches: 5, days: 30 });
    // 道路照明 is in noise1-3 (works1 has 道路 without 照明).
    expect(fixes.find((f) => f.kind === 'exclude_word')).toMatchObject({
      term: '道路照明',
      origin: 'hit_word',
      removes: 3,
      of: 5,
      removesMarked: 2,
      patch: { excludeWords: ['道路照明'] },
    });
    // Title only drops every body-only hit: noise1, noise2 (道路), works2 (市政); noise3 and works1 have theirs in the title.
    expect(fixes.find((f) => f.kind === 'title_only')).toMatchObject({ removes: 3, removesMarked: 2 });
    // Dropping 道路 leaves 市政, a word in works1 (市政道路) and works2.
    expect(fixes.find((f) => f.kind === 'drop_keyword')).toMatchObject({ term: '道路', removes: 3, patch: { keywords: ['市政'] } });

    // Applied, the fix shows: the match no longer passes the filter, and its fixes are gone.
    await dataSource.query(`UPDATE subscriptions SET exclude_words = '{道路照明}' WHERE id = $1`, [sub.id]);
    expect((await feedback.why(member.id, ids.noise1)).stillMatches).toBe(false);
    expect((await feedback.fixes(member.id, ids.noise1)).fixes).toEqual([]);
  });
});
