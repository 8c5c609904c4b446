import { readNoticeKind } from './category';
import { answersResultChallenge } from './result-challenge';

const kind = (title: string, body = '') => readNoticeKind({ title, body });

describe('notices of oversight offices and steps beside a procedure', () => {
  it('reads a sanction or finding as other, with no stage even when it voids an award', () => {
    expect(
      kind(
        '某市住房和城乡建设局行政处罚决定书（某建罚字〔2033〕第17号）',
        '处罚决定：1.认定你公司中标无效；2.处中标项目金额千分之五的罚款。',
      ),
    ).toEqual({
      category: 'other',
      stage: null,
    });
    expect(kind('某市住房和城乡建设局关于对某建设有限公司记不良行为记录的公告', '该公司被确定为中标人，中标价为3,865,270.00元。')).toEqual({
      category: 'other',
      stage: null,
    });
    expect(kind('某省财政厅关于公布2033年第二批政府采购严重违法失信行为记录名单的公告', '中标无效，罚款4325元')).toEqual({
      category: 'other',
      stage: null,
    });
    expect(kind('某省公共资源交易监督管理局关于工程建设项目招标投标活动监督检查处理结果的通报').category).toBe('other');
    expect(kind('某市财政局政府采购行政处理决定书（某财购处〔2033〕4号）').category).toBe('other');
    expect(kind('关于某公司在某项目中串通投标的处理决定')).toEqual({ category: 'other', stage: null });
    // A ruling on a complaint that voids the award still ends the procedure.
    expect(kind('某区财政局关于某项目投诉处理决定的公告', '认定中标结果无效，责令采购人依法另行开展采购活动。')).toEqual({
      category: 'other',
      stage: 'termination',
    });
  });

  it('still reads a tender for a system named after such a sanction as the tender', () => {
    expect(kind('某市信用惩戒信息系统建设项目招标公告').category).toBe('tender');
  });

  it('reads experts drawn to judge as other, not as a result', () => {
    expect(kind('某镇人居环境整治提升工程评标专家抽取结果公示')).toEqual({ category: 'other', stage: null });
  });

  it('reads an answer to a 异议 or 质疑 as a clarification, or as a ruling once it contests candidates or a result', () => {
    expect(
      kind(
        '关于某镇污水管网改造工程招标文件异议的答复',
        '一、关于业绩要求：现修改为近三年须具有1项市政管网业绩。\n二、投标文件递交截止时间顺延至2033年3月30日9时00分。',
      ),
    ).toEqual({
      category: 'change',
      stage: 'clarification',
    });
    expect(kind('关于某工程中标候选人公示异议的答复', '经复核，异议不成立。招标人维持中标候选人公示结果。')).toEqual({
      category: 'other',
      stage: null,
    });
    expect(answersResultChallenge('你公司对某工程中标候选人公示提出的异议收悉')).toBe(true);
    expect(kind('某工程中标结果公示异议答复')).toEqual({ category: 'other', stage: null });
  });

  it('reads the draft of a works tender’s documents put up for objections as a pre-announcement', () => {
    expect(kind('某幼儿园改扩建工程施工招标文件公示')).toEqual({ category: 'intent', stage: 'pre_announcement' });
    expect(kind('某工程招标文件（草案）公示')).toEqual({ category: 'intent', stage: 'pre_announcement' });
  });
});
