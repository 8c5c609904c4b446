import { trainingClauseSpan } from './training-clauses';

// Sentences of our own: whether 培训 (its first occurrence) is an after-sales duty or a credential.
const span = (body: string) => {
  const at = body.indexOf('培训');
  const s = trainingClauseSpan(body, at, '培训');
  return s === null ? null : body.slice(s[0], s[1]);
};

describe('trainingClauseSpan', () => {
  it.each([
    ['dr设备1台,含安装调试及培训', '培训'],
    ['血管造影系统1套,含安装、培训及五年原厂保修', '培训'],
    ['荧光定量pcr仪1台,含配套软件及培训。', '培训'],
    ['系统全年运行维护、安全加固及用户培训', '用户培训'],
    ['含安装、调试、操作人员培训及三年质保', '操作人员培训'],
  ])('marks only the after-sales 培训: %s', (body, marked) => {
    expect(span(body)).toBe(marked);
  });

  it('marks a staff credential clause up to the credential', () => {
    expect(span('投标人须有持有效线路防护员培训证明的作业人员不少于20名')).toBe('投标人须有持有效线路防护员培训证明');
  });

  it.each([
    '| 2 | 教师培训服务 | 年度教师培训约1200人次 |',
    '含安装调试 | 312.00 | 2034年5月 | 3 | 教师培训服务 |',
    '全年开展网格员业务培训6期',
    '面向失业人员开展电工、育婴员等工种培训',
    '培训合格后由培训机构颁发证书',
  ])('keeps training that is the work: %s', (body) => {
    expect(span(body)).toBeNull();
  });
});
