import { parseBulletin } from './bulletin-parser';
import { dropPosterSummary } from './poster-summary';

describe('dropPosterSummary', () => {
  const title = '甲县供水管网改造工程施工招标公告';

  it("drops a lead-in line rounding the notice's exact figure", () => {
    const body = `📢 编者按：甲县供水项目今日挂网，投资约1.2亿元！\n${title}\n最高投标限价：119,862,300.00元`;
    expect(dropPosterSummary(body, title)).toBe(`${title}\n最高投标限价：119,862,300.00元`);
  });

  it('matches the rounding to the step the figure is written in', () => {
    const award = '乙市垃圾处理设施项目中标结果公告';
    const lead = '这个项目定标了，中标金额约2,380万元，一起来看看👇';
    expect(dropPosterSummary(`${lead}\n${award}\n中标金额：23,786,512.36元`, award)).not.toContain('约2,380万元');
    // 2,380万 is not a rounding of 2,500万: the lead-in is kept.
    const other = `${lead}\n${award}\n中标金额：25,000,000.00元`;
    expect(dropPosterSummary(other, award)).toBe(other);
  });

  it("keeps a hedged figure the notice does not state, and the notice's own lines", () => {
    const kept = `估算金额约14亿元\n${title}\n投标截止时间：2031年7月30日10:00`;
    expect(dropPosterSummary(kept, title)).toBe(kept);
    const own = `${title}\n总投资约1.2亿元，其中工程费用119,862,300.00元`;
    expect(dropPosterSummary(own, title)).toBe(own);
  });

  it('keeps everything when the heading is not found', () => {
    const body = '投资约1.2亿元\n最高投标限价：119,862,300.00元';
    expect(dropPosterSummary(body, '')).toBe(body);
  });

  it("reads the notice's budget, not the poster's rounded one", () => {
    const body = `投资约1.2亿元，7月24日开标\n${title}\n招标人：甲县水利局\n最高投标限价：119,862,300.00元\n往期推荐\n丙县道路工程招标｜预算2.3亿元`;
    expect(parseBulletin({ title, body }).budgetYuan).toBe(119862300);
  });
});
