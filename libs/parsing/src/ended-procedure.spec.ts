import { classifyCategory } from './category';
import { ENDED_PROCEDURE_SENTENCE } from './ended-procedure';

describe('ENDED_PROCEDURE_SENTENCE', () => {
  it('reads a body that states the procedure has ended', () => {
    expect(ENDED_PROCEDURE_SENTENCE.test('投标人不足三家，招标人不予开标，本次招标活动终止。')).toBe(true);
    expect(ENDED_PROCEDURE_SENTENCE.test('经采购人研究，决定终止本项目采购活动。')).toBe(true);
    expect(ENDED_PROCEDURE_SENTENCE.test('本项目终止')).toBe(true);
  });

  it('ignores a rule stated as a condition or a right', () => {
    expect(ENDED_PROCEDURE_SENTENCE.test('若提交响应文件的供应商不足三家，本次采购终止。')).toBe(false);
    expect(ENDED_PROCEDURE_SENTENCE.test('出现下列情形的，采购人有权终止本次采购活动')).toBe(false);
    expect(ENDED_PROCEDURE_SENTENCE.test('本项目终止后另行组织')).toBe(false);
  });

  it('makes an untitled termination other, not the invitation it names', () => {
    const body = '某街道路面改造工程因递交投标文件的投标人不足三家，招标人不予开标，本次招标活动终止。招标人将重新组织招标。';
    expect(classifyCategory({ title: '', body })).toBe('other');
  });

  it('leaves an invitation with the usual rule on too few bidders a tender', () => {
    const body = '潜在投标人应在平台获取招标文件。投标截止时间：2030年7月2日9时30分。如递交投标文件的投标人少于3个，本次招标终止。';
    expect(classifyCategory({ title: '', body })).toBe('tender');
  });
});
