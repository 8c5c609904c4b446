import { BIGRAMS_COLUMN, bigramsOf, buildPreviewQuery, SEARCH_PENDING } from './preview-query';
import { FILTER_DEFAULTS, SubscriptionFilter } from './subscription-input';

const since = new Date('2026-11-01T00:00:00Z');
const build = (f: Partial<SubscriptionFilter>, useBigrams = true) =>
  buildPreviewQuery({ ...FILTER_DEFAULTS, ...f }, { since, limit: 20, useBigrams });

describe('bigramsOf', () => {
  it('pairs adjacent characters by code point, once each', () => {
    expect(bigramsOf('污水处理')).toEqual(['污水', '水处', '处理']);
    expect(bigramsOf('道道道')).toEqual(['道道']);
    expect(bigramsOf('𠀀𠀁x')).toEqual(['𠀀𠀁', '𠀁x']);
    expect(bigramsOf('桥')).toEqual([]);
  });
});

describe('buildPreviewQuery', () => {
  it('never puts member text into the SQL, only parameters', () => {
    const { sql, params } = build({
      keywords: ["道路'; DROP TABLE bulletins; --", 'led 改造'],
      excludeWords: ['=监理'],
      regions: ['500103'],
      categories: ['tender'],
      budgetMin: 1,
    });
    expect(sql).not.toMatch(/道路|DROP|led|改造|监理|500103|tender/);
    expect(params).toEqual(expect.arrayContaining(["道路';", '监理', 'led', ['le', 'ed', '改造'], ['tender'], 1]));
  });

  it('anchors title+body keywords on the bigram index; two-character parts need no substring check', () => {
    const { sql, params } = build({ keywords: ['道路', '污水处理'] });
    expect(sql.split(`${BIGRAMS_COLUMN} @>`).length - 1).toBe(2);
    expect(params).toEqual(expect.arrayContaining([['道路'], ['污水', '水处', '处理'], '污水处理']));
  });

  it('skips bulletins with pending bigrams in the index branches and reads those by substring', () => {
    const { sql, params } = build({ keywords: ['道路', '污水处理'] });
    expect(sql.split(`NOT ${SEARCH_PENDING}`).length - 1).toBe(2);
    expect(sql).toContain('FROM bulletin_search_pending sp JOIN bulletins b');
    // Only the pending branch checks the two-character keyword by substring.
    expect(params.filter((x) => x === '道路')).toHaveLength(1);
  });

  it('falls back to substring checks for every entry when one has no bigram, or for the title scope', () => {
    expect(build({ keywords: ['道路', '桥'] }).sql).not.toContain(BIGRAMS_COLUMN);
    expect(build({ keywords: ['道路'], scope: 'title' }).sql).not.toContain(BIGRAMS_COLUMN);
    expect(build({ keywords: ['道路'] }, false).sql).not.toContain(BIGRAMS_COLUMN);
    // An entry "桥 道路" still has a bigram from its second part.
    expect(build({ keywords: ['桥 道路'] }).sql).toContain(BIGRAMS_COLUMN);
  });

  it('checks literal exclusions with strpos only, so they never force the index expression per row', () => {
    const { sql } = build({ excludeWords: ['=监理'] });
    expect(sql).toMatch(/NOT \(\(strpos\(b\.title_match, \$\d+\) > 0 OR strpos\(b\.body_match, \$\d+\) > 0\)\)/);
    expect(sql).not.toContain(BIGRAMS_COLUMN);
  });

  it('leaves word-aware exclusions to the matcher: a substring in SQL could drop a bulletin whose exclude word is no word hit', () => {
    const { sql, params } = build({ excludeWords: ['监理'] });
    expect(sql).not.toContain('NOT (');
    expect(params).not.toContain('监理');
  });

  it('turns regions into covered prefixes with an index-friendly range', () => {
    const { sql, params } = build({ regions: ['500000', '500100', '429004', '190000', '990000'] });
    expect(params).toEqual(expect.arrayContaining(['50', '51', '5001', '5002', '429004', '429005', '19', '20']));
    expect(sql).toContain('b.region_code >= $');
    // The last prefix has no next of its length: a pattern instead.
    expect(params).toContain('99%');
    expect(params.filter((v) => typeof v === 'string' && v.endsWith('%'))).toEqual(['99%']);
  });

  it('keeps unbudgeted bulletins unless a budget is required', () => {
    expect(build({ budgetMin: 100 }).sql).toContain('b.budget_yuan IS NULL OR (b.budget_yuan >= $');
    expect(build({ requireBudget: true }).sql).toContain('b.budget_yuan IS NOT NULL');
    expect(build({}).sql).not.toContain('budget_yuan >=');
  });
});
