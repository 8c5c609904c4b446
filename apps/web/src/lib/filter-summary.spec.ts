import type { FilterInput } from '../api/types';
import { filterSummary, type SummaryLabels } from './filter-summary';

const labels: SummaryLabels = {
  keywords: '关键词',
  exclude: '排除',
  regions: '地区',
  categories: '类型',
  budget: '预算',
  anyKeyword: '不限关键词',
  nationwide: '全国',
  budgetFrom: (v) => `${v}以上`,
  budgetTo: (v) => `${v}以下`,
  budgetBetween: (a, b) => `${a} – ${b}`,
  category: (c) => ({ tender: '招标公告', award: '中标结果' })[c as 'tender'] ?? c,
};
const base: FilterInput = {
  keywords: [],
  excludeWords: [],
  scope: 'title_body',
  regions: [],
  categories: [],
  stages: [],
  budgetMin: null,
  budgetMax: null,
  requireBudget: false,
};
const names: Record<string, string> = { '500103': '渝中区' };

describe('filter summary', () => {
  it('summarises every condition that is set', () => {
    const f = {
      ...base,
      keywords: ['道路', '市政 改造'],
      excludeWords: ['监理'],
      regions: ['500103'],
      categories: ['tender' as const],
      stages: ['correction' as const],
      budgetMin: 1_000_000,
      budgetMax: 50_000_000,
    };
    expect(filterSummary(f, (c) => names[c] ?? c, labels)).toEqual([
      { label: '关键词', value: '道路、市政 改造' },
      { label: '排除', value: '监理' },
      { label: '地区', value: '渝中区' },
      { label: '类型', value: '招标公告、更正' },
      { label: '预算', value: '100万元 – 5,000万元' },
    ]);
  });

  it('says "any keyword, nationwide" for an open filter and shows one-sided budgets', () => {
    expect(filterSummary(base, (c) => c, labels)).toEqual([
      { label: '关键词', value: '不限关键词' },
      { label: '地区', value: '全国' },
    ]);
    expect(filterSummary({ ...base, budgetMin: 3_500_000 }, (c) => c, labels)[2]).toEqual({ label: '预算', value: '350万元以上' });
    expect(filterSummary({ ...base, budgetMax: 8000 }, (c) => c, labels)[2]).toEqual({ label: '预算', value: '8,000元以下' });
  });
});
