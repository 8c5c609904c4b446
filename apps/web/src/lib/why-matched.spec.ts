import type { BulletinSummary, Subscription } from '../api/types';
import { whyMatched } from './why-matched';

const bulletin: BulletinSummary = {
  id: 'b1',
  title: '渝中区道路改造工程招标公告',
  url: null,
  category: 'tender',
  region: { code: '500103', name: '渝中区', fullName: '重庆市 渝中区' },
  publishedAt: null,
  budgetYuan: 3_500_000,
  buyer: null,
  deadlineAt: null,
  withdrawn: false,
  stage: 'invitation',
  stageLabel: '招标公告',
  agency: null,
  winners: [],
  awardYuan: null,
  projectCode: null,
  projectId: null,
};
const sub = (over: Partial<Subscription>): Subscription => ({
  id: 's1',
  name: '道路',
  keywords: ['道路'],
  excludeWords: [],
  scope: 'title_body',
  regions: [],
  categories: [],
  stages: [],
  budgetMin: null,
  budgetMax: null,
  requireBudget: false,
  channels: ['email'],
  frequency: 'instant',
  paused: false,
  pausedAt: null,
  createdAt: '',
  updatedAt: '',
  ...over,
});
const names = (c: string) => ({ '500000': '重庆市', '440000': '广东省' })[c] ?? c;

describe('why a bulletin matched', () => {
  it('names the keyword hits, the region it lies in, its kind and budget', () => {
    const reasons = whyMatched(
      bulletin,
      ['道路'],
      sub({ regions: ['440000', '500000'], categories: ['tender'], budgetMin: 1_000_000, excludeWords: ['监理'] }),
      names,
    );
    expect(reasons).toEqual([
      '包含关键词：道路',
      '不含排除词（监理）',
      '地区 重庆市 渝中区 属于订阅地区（重庆市）',
      '公告类型为「招标公告」',
      '预算 350万元 在订阅范围（100万元 –）内',
    ]);
  });

  it('explains an open filter and a bulletin without a budget', () => {
    expect(whyMatched({ ...bulletin, budgetYuan: null }, [], sub({ keywords: [], budgetMax: 5_000_000 }), names)).toEqual([
      '该订阅不限关键词',
      '订阅地区为全国',
      '订阅不限公告类型',
      '公告未写明预算，订阅允许接收此类公告',
    ]);
  });

  it('names the stage when a stage, not the whole category, caught it', () => {
    const correction = { ...bulletin, category: 'change' as const, stage: 'correction' as const, stageLabel: '更正' };
    expect(whyMatched(correction, ['道路'], sub({ categories: ['tender'], stages: ['correction'] }), names)).toContain(
      '公告类型为「更正」',
    );
    expect(whyMatched(bulletin, ['道路'], sub({ categories: ['tender'], stages: ['correction'] }), names)).toContain(
      '公告类型为「招标公告」',
    );
  });

  it('keeps to the hits when the subscription is gone', () => {
    expect(whyMatched(bulletin, ['道路 改造'], undefined, names)).toEqual(['包含关键词：道路 改造']);
  });
});
