import { countyOfDocumentNumber } from './document-number';

describe('county from a document number', () => {
  const SHAOXING = '330600';
  const WEIFANG = '370700';

  it('reads the county from the city and county initials of a purchase file number', () => {
    expect(countyOfDocumentNumber('采购项目编号：绍柯采[2025]118号', SHAOXING)).toBe('330603'); // 柯桥区
  });

  it('reads the county from its own initial before an approval office', () => {
    expect(countyOfDocumentNumber('关于某某机械公司扩建项目的批复 | 高环审字[2024]7号 |', WEIFANG)).toBe('370785'); // 高密市
  });

  it('leaves a city-level or provincial number alone', () => {
    expect(countyOfDocumentNumber('文号：潍环审字[2024]7号', WEIFANG)).toBeNull();
    expect(countyOfDocumentNumber('文号：鲁环审[2024]7号', WEIFANG)).toBeNull();
  });

  it('leaves an initial that several counties share, or two counties, open', () => {
    // 昌邑 and 昌乐 both open with 昌.
    expect(countyOfDocumentNumber('文号：昌环审字[2024]7号', WEIFANG)).toBeNull();
    expect(countyOfDocumentNumber('高环审字[2024]7号，安环审字[2024]9号', WEIFANG)).toBeNull();
  });

  it('needs a known city and a year in brackets', () => {
    expect(countyOfDocumentNumber('高环审字[2024]7号', '370000')).toBeNull();
    expect(countyOfDocumentNumber('高环审字第7号', WEIFANG)).toBeNull();
    expect(countyOfDocumentNumber('绍柯采[2025]118号', null)).toBeNull();
  });

  it('does not read a word inside a sentence as a prefix', () => {
    expect(countyOfDocumentNumber('本次提高采[2024]年度限额', WEIFANG)).toBeNull();
  });
});
