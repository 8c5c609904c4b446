import { investorField } from './investor-field';
import { parseBulletin } from './bulletin-parser';
import { readParties } from './parties';

describe('investorField', () => {
  it('reads the investor named by its field, without its headquarters note', () => {
    // Brackets are half-width by the time parties are read (display text).
    expect(investorField('项目阶段：立项\n投资方：深圳某某实业集团有限公司(总部位于深圳市南山区)\n总投资：20亿元')).toBe(
      '深圳某某实业集团有限公司',
    );
    expect(investorField('项目名称 | 某项目\n投资单位 | 某某新能源有限公司')).toBe('某某新能源有限公司');
  });

  it('reads no investor from a sentence', () => {
    expect(investorField('园区将积极引进投资方，推动项目落地')).toBeNull();
  });
});

describe('an investor field in readParties', () => {
  it('gives the owner only where no owner field does', () => {
    expect(readParties('投资方：某某实业集团有限公司\n总投资：20亿元', '', { titleFallback: false }).buyer).toBe('某某实业集团有限公司');
    const both = '建设单位：南通某某医疗科技有限公司\n投资方：上海某某医疗器械集团有限公司（上海市浦东新区）';
    expect(readParties(both, '', { titleFallback: false }).buyer).toBe('南通某某医疗科技有限公司');
  });

  it('names the owner of a 拟建 card that gives only its investor', () => {
    const body =
      '项目名称：某镇电子信息产业园项目\n项目阶段：立项\n投资方：深圳某某实业集团有限公司（总部位于深圳市南山区）\n总投资：20亿元';
    expect(parseBulletin({ title: '【拟建项目】某镇电子信息产业园项目', body }).buyer).toBe('深圳某某实业集团有限公司');
  });
});
