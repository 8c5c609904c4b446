import { regionPath } from '@app/regions';
import { namedSeatOf, preferWrittenSite, writtenSiteOf } from './remote-site';

const names = (code: string | null): string[] | null => (code ? regionPath(code).map((r) => r.name) : null);

describe('writtenSiteOf', () => {
  it('reads a site line that writes its city out, in full or short', () => {
    expect(names(writtenSiteOf('建设地点：湖北省恩施土家族苗族自治州利川市团堡镇'))).toEqual(['湖北省', '恩施土家族苗族自治州', '利川市']);
    expect(names(writtenSiteOf('1 | 配套道路监理 | 实施地点：河源市和平县彭寨镇，道路全长3.6公里 | 86'))).toEqual([
      '广东省',
      '河源市',
      '和平县',
    ]);
  });

  it('reads route ends and a work area', () => {
    const route = '本标段起点位于荆州市沙市区观音垱镇，终点位于荆州市荆州区川店镇，长约23.6公里。';
    expect(names(writtenSiteOf(route))).toEqual(['湖北省', '荆州市']);
    expect(names(writtenSiteOf('服务范围：甘肃省张掖市甘州区党寨镇、长安镇钻孔12眼'))).toEqual(['甘肃省', '张掖市', '甘州区']);
    expect(writtenSiteOf('服务范围：院内各科室')).toBeNull();
  });

  it('gives the province for places in two of its cities, nothing across provinces', () => {
    expect(names(writtenSiteOf('路线起于梧州市苍梧县石桥镇，经藤县，止于玉林市容县杨梅镇'))).toEqual(['广西壮族自治区']);
    expect(writtenSiteOf('线路起自江苏省宿迁市泗洪县分输站，止于安徽省蚌埠市五河县末站')).toBeNull();
  });

  it('trusts no bare district', () => {
    expect(writtenSiteOf('建设地点：翔安区新店街道洪钟大道')).toBeNull();
  });

  it('reads the place aided (援建地, 受援地) as a site line, and in an aid project a bare county too', () => {
    expect(names(writtenSiteOf('援建地：新疆喀什地区叶城县\n联系电话：021-6000000'))).toEqual(['新疆维吾尔自治区', '喀什地区', '叶城县']);
    expect(names(writtenSiteOf('受援地：果洛州玛多县'))).toEqual(['青海省', '果洛藏族自治州', '玛多县']);
    expect(names(writtenSiteOf('项目地点：伽师县卧里托格拉克镇', undefined, '山东援疆伽师县卫生院设备采购'))).toEqual([
      '新疆维吾尔自治区',
      '喀什地区',
      '伽师县',
    ]);
    expect(writtenSiteOf('项目地点：伽师县卧里托格拉克镇')).toBeNull();
    expect(writtenSiteOf('项目地点：翔安区新店街道', undefined, '援建项目')).toBeNull();
  });
});

describe('preferWrittenSite', () => {
  it('puts the site before a place in another city or a bare province above it', () => {
    expect(names(preferWrittenSite('330102', '422802'))).toEqual(['湖北省', '恩施土家族苗族自治州', '利川市']);
    expect(names(preferWrittenSite('420000', '421000'))).toEqual(['湖北省', '荆州市']);
  });

  it('gives the province for a site across its cities, and keeps the city above a site', () => {
    expect(names(preferWrittenSite('450400', '450000'))).toEqual(['广西壮族自治区']);
    expect(preferWrittenSite('421000', '421002')).toBe('421000');
    expect(preferWrittenSite(null, '421002')).toBeNull();
  });
});

describe('namedSeatOf', () => {
  const body =
    '供应商地址：海口市龙华区滨海大道105号\n采购人信息\n名称：上海市第六人民医院海口骨科与糖尿病医院\n地址：海南省海口市美兰区和平南路43号';

  it('reads the buyer’s own address in the city its name holds after its parent’s', () => {
    expect(names(namedSeatOf('上海市第六人民医院海口骨科与糖尿病医院', body))).toEqual(['海南省', '海口市', '美兰区']);
  });

  it('reads nothing for a name opening with its own city, or another party’s address', () => {
    expect(namedSeatOf('海口市人民医院', '名称：海口市人民医院\n地址：海口市美兰区人民大道43号')).toBeNull();
    expect(namedSeatOf('上海市第六人民医院海口骨科与糖尿病医院', '供应商地址：海口市龙华区滨海大道105号')).toBeNull();
  });
});

describe("writtenSiteOf: a municipality's district", () => {
  it('reads a district written with its municipality, and not one written alone', () => {
    expect(names(writtenSiteOf('项目地点：天津市武清区京滨工业园'))).toEqual(['天津市', '武清区']);
    expect(names(writtenSiteOf('项目地点：武清区京滨工业园'))).toBeNull();
  });

  it('puts the site of another city before the names', () => {
    const site = writtenSiteOf('项目地点：天津市武清区京滨工业园');
    expect(names(preferWrittenSite('330282', site))).toEqual(['天津市', '武清区']);
  });
});
