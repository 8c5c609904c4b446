import { dropLevelNote } from './budget-level';

describe('dropLevelNote', () => {
  it('drops a level written before a name, but keeps 市直 that is part of one', () => {
    expect(dropLevelNote('州本级阿坝州林业和草原局')).toBe('阿坝州林业和草原局');
    expect(dropLevelNote('盟本级锡林郭勒盟农牧局')).toBe('锡林郭勒盟农牧局');
    expect(dropLevelNote('市直机关事务管理局')).toBe('市直机关事务管理局');
  });

  it('keeps a level noted in brackets after a name, as labelled data does', () => {
    expect(dropLevelNote('某区教育和体育局(本级)')).toBe('某区教育和体育局(本级)');
    expect(dropLevelNote('某地区教育局(地直)')).toBe('某地区教育局(地直)');
  });

  it('drops the same name written in a second script', () => {
    expect(dropLevelNote('延边州公安局(연변주 공안국)')).toBe('延边州公安局');
    expect(dropLevelNote('某旗人民医院(ᠡᠮᠨᠡᠯᠭᠡ)')).toBe('某旗人民医院');
    // A Latin trade name in brackets may be part of a firm's name and stays.
    expect(dropLevelNote('某某科技有限公司(ABC)')).toBe('某某科技有限公司(ABC)');
  });
});
