import { blankPlannedEvents } from './planned-event';

const COMPLETION = /竣工|完工|建成|通车|交付使用/u;
const blank = (text: string) => blankPlannedEvents(text, [COMPLETION]);

describe('blankPlannedEvents', () => {
  it('blanks events the report only plans or promises', () => {
    expect(blank('施工单位计划4月上旬进场，2032年底建成通车。')).toBe('施工单位计划4月上旬进场，2032年底＿＿＿＿。');
    expect(blank('力争2032年底交付使用')).toBe('力争2032年底＿＿＿＿');
    expect(blank('该项目计划年内完工。')).toBe('该项目计划年内＿＿。');
    expect(blank('项目建成后可新增就业岗位800个')).toBe('项目＿＿后可新增就业岗位800个');
  });

  it('keeps events that took place', () => {
    expect(blank('项目于2029年3月开工，2031年6月通过竣工验收。')).toBe('项目于2029年3月开工，2031年6月通过竣工验收。');
    expect(blank('该项目计划总投资3亿元，日前已顺利完工。')).toBe('该项目计划总投资3亿元，日前已顺利完工。');
    expect(blank('该工程去年年底建成。')).toBe('该工程去年年底建成。');
    expect(blank('某大桥主体完工')).toBe('某大桥主体完工');
  });
});
