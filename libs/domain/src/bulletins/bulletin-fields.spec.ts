import { parseBulletin } from '@app/parsing';
import { bulletinFields } from './bulletin-fields';
import type { BulletinInput } from './bulletin-input';
import { validateBulletinInput } from './validate-bulletin-input';

const input = (extra: Partial<BulletinInput> = {}): BulletinInput => ({
  sourceId: 'x1',
  title: '某某道路改造工程',
  body: '项目概况：道路改造。',
  ...extra,
});

describe('bulletinFields', () => {
  it('takes a known region code from the source over the places in the text, and reads the text when the code is unknown', () => {
    const text = { title: '杭州市西湖区某某道路改造工程招标公告', body: '项目地点：杭州市西湖区。' };
    expect(bulletinFields(input({ ...text, regionCode: '510104' }))).toMatchObject({
      regionCode: '510104',
      regionPath: ['四川省', '成都市', '锦江区'],
    });
    expect(bulletinFields(input({ ...text, regionCode: '999999' }))).toMatchObject({ regionCode: '330106' });
    // The parser itself still places the text when nobody tells it the region.
    expect(parseBulletin(text).regionCode).toBe('330106');
    expect(parseBulletin(text, { skipRegion: true }).regionCode).toBeNull();
  });

  it('stores what the source states: stage (which sets the category), winners, award amount, parties', () => {
    const f = bulletinFields(
      input({
        stage: 'result',
        winners: [' 重庆某建设 有限公司 ', '', '重庆某建设 有限公司', '四川某工程公司'],
        awardYuan: 3456789.126,
        buyer: ' 某某区住建委 ',
        agency: '某代理公司',
      }),
    );
    expect(f).toMatchObject({
      category: 'award',
      stage: 'result',
      winners: ['重庆某建设 有限公司', '四川某工程公司'],
      awardYuan: 3456789.13,
      buyer: '某某区住建委',
      agency: '某代理公司',
      // An award has no budget to filter on and no deadline to meet.
      deadlineAt: null,
    });
  });

  it('takes the stage, winners and award amount the parser reads when the source is silent', () => {
    const raw = input({ title: '某某道路改造工程中标结果公告', body: '中标人：某某建设有限公司\n中标金额：350万元' });
    const parsed = parseBulletin(raw);
    const f = bulletinFields(raw);
    expect(f.winners).toEqual(parsed.winners);
    expect(f.awardYuan).toEqual(parsed.awardYuan);
    expect(f.stage).toEqual(parsed.stage);
    expect(f.category).toEqual(parsed.category);
  });

  it('keeps an explicit empty winner list and reads 0 as an unknown amount', () => {
    const f = bulletinFields(input({ category: 'award', winners: [], awardYuan: 0 }));
    expect(f.winners).toEqual([]);
    expect(f.awardYuan).toBeNull();
    expect(f.stage).toBeNull();
  });
});

describe('validateBulletinInput for the parsed fields', () => {
  it('names unknown stages, bad winner lists and negative award amounts', () => {
    const r = validateBulletinInput({ sourceId: 'a', title: 't', stage: 'lottery', winners: 'someone', awardYuan: -1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(new Set(r.errors.map((e) => e.field))).toEqual(new Set(['stage', 'winners', 'awardYuan']));
  });

  it('refuses a stage that contradicts the category', () => {
    const r = validateBulletinInput({ sourceId: 'a', title: 't', category: 'tender', stage: 'correction' });
    expect(r).toEqual({ ok: false, errors: [{ field: 'stage', message: 'stage correction belongs to category change, not tender' }] });
    expect(validateBulletinInput({ sourceId: 'a', title: 't', category: 'change', stage: 'correction' }).ok).toBe(true);
  });
});
