import { decidedListNames } from './decided-list';
import { readWinners } from './winners';

describe('decidedListNames: firms listed below a decision saying what they became (own-b148)', () => {
  it('reads a 医共体 choosing its 带量采购 delivery firms, one a line, under a bracketed note', () => {
    const text =
      '为做好集采中选结果执行工作，确定以下企业为集团成员单位集采中选药品配送企业（排名不分先后）：\n甲医药有限公司\n乙医药物流有限公司\n配送范围：集团总院及各镇卫生院';
    expect(decidedListNames(text)).toEqual(['甲医药有限公司', '乙医药物流有限公司']);
    expect(readWinners(text)).toEqual(['甲医药有限公司', '乙医药物流有限公司']);
  });

  it('reads a numbered list of 定点 suppliers chosen with a count', () => {
    const text = '经评审，选定下列2家单位为公务车辆定点维修单位：\n1.丙汽车维修有限公司\n2.丁汽车服务有限公司\n公示期三天';
    expect(decidedListNames(text)).toEqual(['丙汽车维修有限公司', '丁汽车服务有限公司']);
  });

  it('reads no one where the list is not of suppliers (members of a group)', () => {
    const text = '确定以下单位为医共体成员单位：\n某县某镇卫生院\n某县某乡卫生院';
    expect(decidedListNames(text)).toEqual([]);
  });

  it('reads no one where the sentence names the firms itself or no list follows', () => {
    expect(decidedListNames('确定甲医药有限公司为本院药品配送企业。')).toEqual([]);
    expect(decidedListNames('确定以下企业为配送企业：甲医药有限公司')).toEqual([]);
  });

  it('reads banks and insurers decided for their role (own-b176)', () => {
    const banks =
      '确定以下3家银行为住房公积金归集业务承办银行：\n1.甲银行股份有限公司某分行\n2.乙农村商业银行股份有限公司\n3.丙银行股份有限公司某支行\n公示时间：五个工作日';
    expect(decidedListNames(banks)).toEqual(['甲银行股份有限公司某分行', '乙农村商业银行股份有限公司', '丙银行股份有限公司某支行']);
    expect(
      decidedListNames('确定以下保险公司为大病保险承办机构：\n甲人寿保险股份有限公司某中心支公司\n乙财产保险股份有限公司某分公司'),
    ).toEqual(['甲人寿保险股份有限公司某中心支公司', '乙财产保险股份有限公司某分公司']);
  });
});
