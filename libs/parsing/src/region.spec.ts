import { locateRegion } from './region';

describe('locateRegion', () => {
  it('resolves region text to the most specific code with its names', () => {
    expect(locateRegion({ regionText: '重庆市渝中区', title: '', body: '' })).toEqual({
      code: '500103',
      path: ['重庆市', '渝中区'],
    });
  });

  it('falls back to the buyer and title', () => {
    expect(locateRegion({ buyer: '焦作市青少年体育训练中心', title: '某采购项目', body: '' })?.path.slice(0, 2)).toEqual([
      '河南省',
      '焦作市',
    ]);
  });

  it('is null when nothing names a place', () => {
    expect(locateRegion({ title: '某采购项目', body: '' })).toBeNull();
  });
});

describe('locateRegion: hints where no place is named', () => {
  it('takes the city of the buyer’s telephone area code', () => {
    const body = '采购人信息\n名称:某区实验小学\n联系电话:023-68123456\n代理机构信息\n名称:某咨询有限公司';
    expect(locateRegion({ title: '某小学课桌椅采购公告', body })?.path).toEqual(['重庆市']);
    expect(locateRegion({ title: '某局办公设备采购', body: '联系人:王工 电话:(0536)8123456' })?.path).toEqual(['山东省', '潍坊市']);
  });

  it('ignores the agency’s telephone', () => {
    const body = '采购代理机构:某招标咨询有限公司\n联系电话:010-88886666';
    expect(locateRegion({ title: '某医院设备采购', body })).toBeNull();
  });

  it('refines a province to the city of the area code, never jumps to another province', () => {
    expect(locateRegion({ title: '河北省某学校食堂改造', body: '联系电话:0311-86012345' })?.path).toEqual(['河北省', '石家庄市']);
    expect(locateRegion({ title: '河北省某学校食堂改造', body: '联系电话:0755-86012345' })?.path).toEqual(['河北省']);
  });

  it('reads the county from an investment project code', () => {
    const body = '项目代码:2306-500236-04-01-123456\n建设地点:某乡某村';
    expect(locateRegion({ title: '关于某乡产业路项目立项的批复', body })?.path).toEqual(['重庆市', '奉节县']);
  });
});
