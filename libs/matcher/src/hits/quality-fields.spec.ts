import { qualityFieldSpan } from './quality-fields';

// Sentences of our own, in match form: whether 质量 (its first occurrence) is a standard field.
const span = (body: string) => {
  const at = body.indexOf('质量');
  const s = qualityFieldSpan(body, at, '质量');
  return s === null ? null : body.slice(s[0], s[1]);
};

describe('qualityFieldSpan', () => {
  it.each([
    ['2.5 质量要求:合格。', '质量'],
    ['工期:180日历天工程质量:合格项目负责人:某某', '质量'],
    ['1.3.3 | 质量要求 | 合格', '质量'],
    ['投标报价:4,538,921.00元,质量:合格,工期:150日历天', '质量'],
    ['排名投标人名称投标报价(元) 质量工期(日历天) 项目经理', '质量'],
    ['中标人名称 | 中标价(元) | 工期 | 质量标准某某公司', '质量'],
    ['余款3%作为质量保证金,缺陷责任期满后无息退还。', '质量保证金'],
    ['余款3%待质保期满无质量问题后一次性无息付清。', '无质量问题'],
    ['监督部门:某县水利工程质量监督站', '质量监督站'],
    ['本项目由某县农业农村局组织实施,接受自治区农田建设质量监督。', '接受自治区农田建设质量监督'],
  ])('marks the standard field: %s', (body, marked) => {
    expect(span(body)).toBe(marked);
  });

  it.each(['采购内容:农产品质量安全抽检服务', '建设工程质量检测服务项目', '开展产品质量监督抽查工作', '对全市水质量开展季度监测'])(
    'leaves quality work: %s',
    (body) => {
      expect(span(body)).toBeNull();
    },
  );
});
