import { voidsTheAward } from './voided-award';

describe('voidsTheAward', () => {
  it('reads a ruling that voids the award or restarts the procurement', () => {
    expect(voidsTheAward('经调查，投诉事项成立。认定本项目中标结果无效，责令采购人依法重新开展采购活动。')).toBe(true);
    expect(voidsTheAward('决定：成交无效，责令采购人重新采购。')).toBe(true);
  });

  it('leaves a dismissed complaint without a stage', () => {
    expect(voidsTheAward('经审查，投诉事项缺乏事实依据，驳回投诉。')).toBe(false);
    expect(voidsTheAward('采购人将依法重新组织采购，期间由院内洗衣房临时承担。')).toBe(false);
  });
});
