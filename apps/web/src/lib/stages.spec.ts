import { CATEGORIES, STAGES } from '../api/types';
import { STAGE_CATEGORY, stageGroups, toggleCategory, toggleStage } from './stages';

describe('stage groups', () => {
  it('puts every stage under exactly one category, in order', () => {
    const groups = stageGroups();
    expect(groups.flatMap((g) => g.stages).sort()).toEqual([...STAGES].sort());
    expect(groups.map((g) => g.category)).toEqual(CATEGORIES.filter((c) => STAGES.some((s) => STAGE_CATEGORY[s] === c)));
    expect(groups.find((g) => g.category === 'change')!.stages).toEqual(['correction', 'clarification', 'extension', 'method_change']);
  });
});

describe('toggleStage / toggleCategory', () => {
  it('adds and removes single stages in canonical order', () => {
    const once = toggleStage([], [], 'extension');
    expect(once).toEqual({ categories: [], stages: ['extension'] });
    expect(toggleStage(once.categories, once.stages, 'correction')).toEqual({ categories: [], stages: ['correction', 'extension'] });
    expect(toggleStage([], ['correction', 'extension'], 'correction')).toEqual({ categories: [], stages: ['extension'] });
  });

  it("unticking a stage of a whole category keeps the category's other stages", () => {
    expect(toggleStage(['tender', 'change'], ['result'], 'correction')).toEqual({
      categories: ['tender'],
      stages: ['clarification', 'extension', 'method_change', 'result'],
    });
  });

  it('ticking a whole category drops its single stages; unticking keeps the rest', () => {
    expect(toggleCategory([], ['correction', 'result'], 'change')).toEqual({ categories: ['change'], stages: ['result'] });
    expect(toggleCategory(['change', 'tender'], ['result'], 'change')).toEqual({ categories: ['tender'], stages: ['result'] });
  });
});
