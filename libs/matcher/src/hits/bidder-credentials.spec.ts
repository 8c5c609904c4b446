import { bodyZones, placeIn } from './bulletin-zones';
import { qualificationCredentialSpan } from './bidder-credentials';

// Sentences of our own, in match form.
const span = (body: string) => {
  const at = body.indexOf('资质');
  const s = qualificationCredentialSpan(body, at, '资质');
  return s === null ? null : body.slice(s[0], s[1]);
};
const placeOf = (body: string, term: string) => {
  const at = body.indexOf(term);
  return placeIn(bodyZones(body), at, at + term.length);
};

describe('qualificationCredentialSpan', () => {
  it.each([
    '投标人须具备市政公用工程施工总承包二级及以上资质,并在人员、设备方面具有相应能力。',
    '具备水利工程施工监理乙级及以上资质。',
    '具备排水工程专业乙级设计资质。',
    '招标文件要求投标人具备相应施工总承包资质。',
    '分包人应具备相应资质。',
    '项目负责人:某某 资质:市政公用工程施工总承包贰级',
    '1.4.1 | 投标人资质条件、能力和信誉 | 见招标公告第3条',
  ])('marks 资质 held by the bidder: %s', (body) => {
    expect(span(body)).toBe('资质');
  });

  it.each(['建筑业企业资质申报咨询服务采购', '专业标书代写|资质代办', '资质延续咨询服务'])(
    'leaves 资质 that may be the work: %s',
    (body) => {
      expect(span(body)).toBeNull();
    },
  );
});

describe('bodyZones (bidder credentials)', () => {
  const lead = '项目概况见附件,内容很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。';
  it.each([
    [`${lead}某建设有限公司:企业安全生产许可证已过期;`, '安全'],
    [`${lead}项目经理须具有有效的安全生产考核合格证书(b证)。`, '安全'],
    [`${lead}安全员:持c证人员1名。`, '安全'],
    [`${lead}(3)投标人2029年度经审计的财务报告,资产负债率不高于70%;`, '审计'],
    [`${lead}结算价以经审计部门审定的金额为准。`, '审计'],
    [`${lead}3.投标人资格要求:具备公路工程施工总承包一级及以上资质。`, '资质'],
  ])('marks the credential as boilerplate: %s / %s', (body, term) => {
    expect(placeOf(body, term)).toBe('boilerplate');
  });

  it.each([
    [`${lead}采购内容:食品安全快检服务,全年不少于3000批次。`, '安全'],
    [`${lead}选聘内容:集团本部2029年度财务报表审计及专项审计。`, '审计'],
    [`${lead}建设内容:硬化道路7.6公里,配套排水边沟及交通安全设施。`, '安全'],
  ])('keeps the work: %s / %s', (body, term) => {
    expect(placeOf(body, term)).not.toBe('boilerplate');
  });
});
