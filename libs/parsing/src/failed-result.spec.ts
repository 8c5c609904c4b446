import { parseBulletin } from './bulletin-parser';
import { failedWithoutWinner } from './failed-result';

describe('failedWithoutWinner', () => {
  it('hears a procedure that failed or produced nobody', () => {
    expect(failedWithoutWinner('所有投标人均未通过符合性审查，本项目无中标候选人，招标失败。')).toBe(true);
    expect(failedWithoutWinner('成交供应商：无\n成交金额：无')).toBe(true);
    expect(failedWithoutWinner('提交响应文件的供应商不足三家，磋商失败。')).toBe(true);
    expect(failedWithoutWinner('经评审，全部投标文件被否决。')).toBe(true);
    expect(failedWithoutWinner('经评审，三家投标人的投标文件均未通过符合性审查。')).toBe(true);
    expect(failedWithoutWinner('经磋商小组评审，本项目未能确定成交供应商。')).toBe(true);
    expect(failedWithoutWinner('定标结果：经定标委员会票决，本次招标不予定标，招标人将重新招标。')).toBe(true);
    expect(failedWithoutWinner('定标委员会决定不予确定中标人。')).toBe(true);
    expect(failedWithoutWinner('三、采购结果：废标\n四、废标原因：实质性响应的供应商不足三家。')).toBe(true);
    expect(failedWithoutWinner('根据《政府采购法》第三十六条规定，本项目作废标处理。')).toBe(true);
  });

  it('does not hear rules about what would happen, nor a named winner', () => {
    expect(failedWithoutWinner('若中标人放弃中标，招标人可重新招标。')).toBe(false);
    expect(failedWithoutWinner('若无中标候选人，招标人将重新招标。')).toBe(false);
    expect(failedWithoutWinner('如果没有成交供应商，采购人将重新采购。')).toBe(false);
    expect(failedWithoutWinner('如出现有效供应商不足三家导致采购失败的，将重新组织采购。')).toBe(false);
    expect(failedWithoutWinner('成交供应商：无锡某某科技有限公司')).toBe(false);
    expect(failedWithoutWinner('除第一名外，其余投标人均未通过详细评审。')).toBe(false);
    expect(failedWithoutWinner('中标人：某某建设有限公司\n中标价：1,258,000元')).toBe(false);
    // A lot's 废标理由 is reported beside lots that were won too.
    expect(failedWithoutWinner('采购包2：\n废标理由：有效供应商不足三家。')).toBe(false);
  });
});

describe('a result that names no winner', () => {
  it('is a terminated procedure whatever its title', () => {
    for (const [title, body] of [
      ['某街道雨污分流改造工程评标结果公示', '经评标委员会评审，所有投标人均未通过符合性审查，本项目无中标候选人，招标失败。'],
      ['某水质检测服务成交结果公告', '成交供应商：无\n成交金额：无\n说明：仅一家供应商通过资格审查，本次采购失败。'],
      ['【中标】某医院医用耗材SPD服务项目采购结果公告', '三、采购结果：废标\n四、废标原因：实质性响应的供应商不足三家，本项目作废标处理。'],
    ]) {
      const parsed = parseBulletin({ title, body });
      expect([parsed.category, parsed.stage, parsed.winners, parsed.awardYuan]).toEqual(['other', 'termination', [], null]);
    }
  });

  it('stays a result when a lot failed beside a lot that was won', () => {
    const parsed = parseBulletin({
      title: '某设备采购项目中标结果公告',
      body: '第1包：中标供应商：某某科技有限公司，中标金额：25.6万元\n第2包：采购失败，无成交供应商。',
    });
    expect(parsed.category).toBe('award');
    expect(parsed.winners).toEqual(['某某科技有限公司']);
  });

  it('keeps the category a source gave', () => {
    expect(parseBulletin({ title: '某项目成交结果公告', body: '成交供应商：无', category: 'award' }).category).toBe('award');
  });
});

describe('a 定标 that chose nobody', () => {
  it('is ended, though it lists the bidders let through to it', () => {
    const parsed = parseBulletin({
      title: '某社区党群服务中心改造工程定标结果公示',
      body: '招标人：某区建筑工务署\n定标方法：票决法\n进入定标程序的投标人：甲建设集团有限公司、乙工程有限公司、丙建筑工程有限公司\n定标结果：经定标委员会票决，本次招标不予定标，招标人将依法重新组织招标。',
    });
    expect([parsed.category, parsed.stage, parsed.winners]).toEqual(['other', 'termination', []]);
  });

  it('is a result when the committee chose a winner', () => {
    const parsed = parseBulletin({
      title: '某文化中心建设工程定标结果公示',
      body: '进入定标程序的投标人：甲建设集团有限公司、乙工程有限公司\n定标结果：\n中标人：乙工程有限公司\n中标价：38,652,100.00元',
    });
    expect([parsed.category, parsed.winners, parsed.awardYuan]).toEqual(['award', ['乙工程有限公司'], 38652100]);
  });
});

describe('a winner whose place is taken away', () => {
  it('hears 中标无效 and 取消…中标资格, but not the law quoted as a rule', () => {
    expect(failedWithoutWinner('经财政部门调查核实，依法认定其中标无效。')).toBe(true);
    expect(failedWithoutWinner('经研究决定，取消其成交供应商资格。')).toBe(true);
    expect(failedWithoutWinner('投标人以他人名义投标或者以其他方式弄虚作假，骗取中标的，中标无效。')).toBe(false);
    expect(failedWithoutWinner('若中标人提供虚假材料，其中标无效。')).toBe(false);
    expect(failedWithoutWinner('一经发现，取消其中标资格。')).toBe(false);
  });

  it('ends the procedure when nobody takes the place', () => {
    const parsed = parseBulletin({
      title: '关于取消某区校园安防监控升级项目中标资格的公告',
      body: '原公告的中标供应商甲智能科技有限公司因提供虚假材料谋取中标，经财政部门调查核实，依法认定其中标无效。\n采购人将依法重新组织采购。',
    });
    expect([parsed.category, parsed.stage, parsed.winners]).toEqual(['other', 'termination', []]);
  });

  it('stays a result when the next candidate takes the place', () => {
    const parsed = parseBulletin({
      title: '关于取消某项目第一中标候选人中标资格的公告',
      body: '第一中标候选人甲工程有限公司因放弃中标，取消其中标资格，依序确定第二中标候选人乙建设有限公司为中标人，中标价：126.5万元。',
    });
    expect([parsed.category, parsed.winners, parsed.awardYuan]).toEqual(['award', ['乙建设有限公司'], 1265000]);
  });
});
