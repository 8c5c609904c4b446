import { type Explanation, explainChecks, failingReasons } from './why-explained';

// The shape GET /v1/admin/why returns (explainMatch in libs/domain), trimmed to what is read here.
const base: Explanation = {
  keywords: { verdict: 'pass', scope: 'title_body', entries: [{ entry: '道路', parts: [{ term: '道路', inBody: true, found: true }] }] },
  excludes: { verdict: 'pass', blockedBy: [] },
  region: {
    verdict: 'pass',
    bulletin: {
      code: '500103',
      path: [
        { code: '500000', name: '重庆市' },
        { code: '500103', name: '渝中区' },
      ],
    },
    subscription: [{ code: '500000', name: '重庆市', covers: true, relation: 'contains' }],
  },
  category: { verdict: 'pass', bulletin: 'tender', subscription: ['tender'] },
  budget: { verdict: 'pass', bulletinYuan: 3_500_000, min: 1_000_000, max: null, requireBudget: false },
  state: { verdict: 'pass', paused: false, memberStatus: 'active' },
};
const with_ = (over: Partial<Explanation>): Explanation => ({ ...base, ...over });

describe('explainChecks', () => {
  it('says in Chinese how a matching bulletin meets each check', () => {
    expect(explainChecks(base)).toEqual({
      keywords: '',
      excludes: '',
      region: '公告地区重庆市 渝中区在订阅地区重庆市之内',
      category: '公告类型为招标公告',
      budget: '预算350万元在范围内',
      state: '订阅生效中',
    });
    expect(failingReasons(base)).toEqual([]);
  });

  it('names the region, kind and budget that keep a bulletin out', () => {
    const ex = with_({
      region: {
        ...base.region,
        verdict: 'fail',
        subscription: [
          { code: '440000', name: '广东省', covers: false, relation: 'none' },
          { code: '110105', name: null, covers: false, relation: 'none' },
        ],
      },
      category: { verdict: 'fail', bulletin: 'award', subscription: ['tender', 'intent'] },
      budget: { verdict: 'fail', bulletinYuan: 500_000, min: 1_000_000, max: null, requireBudget: false },
    });
    expect(failingReasons(ex)).toEqual([
      '公告地区重庆市 渝中区不在订阅地区（广东省、110105）之内',
      '公告类型为中标结果，订阅只要招标公告、采购意向',
      '预算50万元低于下限100万元',
    ]);
  });

  it('names the stage when stages decide', () => {
    const correction = {
      verdict: 'pass' as const,
      bulletin: 'change',
      subscription: ['tender'],
      bulletinStage: 'correction',
      stages: ['correction'],
    };
    expect(explainChecks(with_({ category: correction })).category).toBe('公告类型为更正');
    const outside = {
      verdict: 'fail' as const,
      bulletin: 'change',
      subscription: ['tender'],
      bulletinStage: 'extension',
      stages: ['correction'],
    };
    expect(failingReasons(with_({ category: outside }))).toEqual(['公告类型为更正公告（延期/暂停），订阅只要招标公告、更正']);
  });

  it('tells missing keyword parts from words found only in a body the subscription does not search', () => {
    const ex = with_({
      keywords: {
        verdict: 'fail',
        scope: 'title',
        entries: [
          {
            entry: '道路 监理',
            parts: [
              { term: '道路', inBody: true, found: false },
              { term: '监理', inBody: false, found: false },
            ],
          },
        ],
      },
      excludes: { verdict: 'fail', blockedBy: ['设计', '勘察'] },
      state: { verdict: 'fail', paused: true, memberStatus: 'active' },
    });
    expect(failingReasons(ex)).toEqual([
      '没有一个关键词的各部分都出现（缺少：道路、监理）；道路只出现在正文，而订阅只搜标题',
      '含排除词：设计、勘察',
      '订阅已暂停',
    ]);
  });

  it('covers nationwide subscriptions, bulletins without a region code or budget, and suspended members', () => {
    expect(explainChecks(with_({ region: { verdict: 'not_required', bulletin: base.region.bulletin, subscription: [] } })).region).toBe(
      '全国订阅，不限地区',
    );
    expect(
      explainChecks(with_({ region: { verdict: 'fail', bulletin: { code: null, path: [] }, subscription: base.region.subscription } }))
        .region,
    ).toBe('公告没有地区编码，只有全国订阅会命中');
    expect(
      explainChecks(with_({ budget: { verdict: 'fail', bulletinYuan: null, min: null, max: null, requireBudget: true } })).budget,
    ).toBe('公告未写预算，而订阅要求写明预算');
    expect(explainChecks(with_({ budget: { verdict: 'pass', bulletinYuan: null, min: 1, max: null, requireBudget: false } })).budget).toBe(
      '公告未写预算，这类公告照常命中',
    );
    expect(
      explainChecks(with_({ budget: { verdict: 'not_required', bulletinYuan: 9, min: null, max: null, requireBudget: false } })).budget,
    ).toBe('不限预算');
    expect(explainChecks(with_({ state: { verdict: 'fail', paused: false, memberStatus: 'suspended' } })).state).toBe('会员状态为已停用');
  });
});
