import { resolveRegion } from './index';
import { divisionCodeText } from './division-code-text';

describe('divisionCodeText', () => {
  it('reads a region text that is a division code as the division it names', () => {
    expect(resolveRegion({ regionText: '450102' })?.code).toBe('450102');
    expect(resolveRegion({ regionText: '区划：341802' })?.code).toBe('341802');
    expect(resolveRegion({ regionText: 'xqdm=130100' })?.code).toBe('130100');
  });

  it('reads a township statistical code by its county part', () => {
    expect(resolveRegion({ regionText: '450102001000' })?.code).toBe('450102');
  });

  it('lets the notice choose the district below a city given as a code', () => {
    expect(resolveRegion({ regionText: '130100', buyer: '正定县民政局' })?.code).toBe('130123');
  });

  it('leaves numbers that are no division, and text without a code, alone', () => {
    expect(divisionCodeText('530022')).toBe('530022');
    expect(divisionCodeText('12345678')).toBe('12345678');
    expect(divisionCodeText('广东 广州')).toBe('广东 广州');
    expect(divisionCodeText(null)).toBeNull();
  });

  it("leaves a code beside a name of the site's own, which may be the site's numbering", () => {
    expect(divisionCodeText('开发区 (region_code 360703)')).toBe('开发区 (region_code 360703)');
    expect(divisionCodeText('ggzy 区划 110000')).toContain('北京市');
  });
});
