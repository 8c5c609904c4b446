import { parseBulletin } from './bulletin-parser';
import { entrustedWithStudy } from './entrusted-study';

describe('entrustedWithStudy', () => {
  it('takes the writing of an assessment or report as a study', () => {
    expect(entrustedWithStudy('，对双阳区供水管网延伸工程开展社会稳定风险评估，现公示如下')).toBe(true);
    expect(entrustedWithStudy('承担该项目的环境影响评价工作，现进行第一次公示。')).toBe(true);
    expect(entrustedWithStudy('，编制了该项目节能报告。')).toBe(true);
  });

  it('leaves a purchase, even of a study', () => {
    expect(entrustedWithStudy('，对某设备采购项目进行公开招标，欢迎投标。')).toBe(false);
    expect(entrustedWithStudy('，对某项目环境影响评价服务进行竞争性磋商。')).toBe(false);
  });

  it('reads only the sentence of the 委托', () => {
    expect(entrustedWithStudy('，对某项目进行公开招标。\n本项目已完成环境影响评价。')).toBe(false);
  });
});

describe('the consultant entrusted with a pre-approval study', () => {
  it('is no agency when it opens the sentence (某咨询公司受某公司委托…评估)', () => {
    const parsed = parseBulletin({
      title: '某区供水管网延伸工程社会稳定风险评估公示',
      body:
        '长春中咨工程咨询有限公司受长春市双阳区城市建设发展有限公司委托，对该工程开展社会稳定风险评估，现将有关情况公示如下：\n' +
        '项目总投资8640万元',
    });
    expect(parsed.agency).toBeNull();
    expect(parsed.buyer).toBe('长春市双阳区城市建设发展有限公司');
  });

  it('is no agency when the owner speaks (我公司已委托某环保公司承担环评工作)', () => {
    const parsed = parseBulletin({
      title: '年产5万吨饲料项目环境影响评价第一次公示',
      body: '建设单位：湖南某某饲料有限公司\n我公司已委托湖南湘环环保科技有限公司承担该项目的环境影响评价工作，现进行第一次公示。',
    });
    expect(parsed.agency).toBeNull();
  });

  it('is no agency when the entrusting body comes first (受某局委托，某公司对…评估)', () => {
    const parsed = parseBulletin({
      title: '某县城乡供水工程社会稳定风险评估公示',
      body: '受通山县水务局委托，湖北华中工程咨询有限公司对通山县城乡供水工程开展社会稳定风险评估，现公示如下。',
    });
    expect(parsed.agency).toBeNull();
    expect(parsed.buyer).toBe('通山县水务局');
  });

  it('still takes an agency running a tender for the buyer', () => {
    const parsed = parseBulletin({
      title: '某县人民医院设备采购公告',
      body: '广西华诚招标代理有限公司受某县人民医院委托，对该院设备采购项目进行公开招标，欢迎投标。',
    });
    expect(parsed.agency).toBe('广西华诚招标代理有限公司');
  });
});
