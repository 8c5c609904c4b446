import { RIGHTS_SALE } from './rights-sale';
import { classifyCategory } from './category';
import { parseBulletin } from './bulletin-parser';

describe('RIGHTS_SALE', () => {
  it.each([
    '某区A2039-01号地块国有建设用地使用权网上挂牌出让公告',
    '某县某镇建筑用石料矿采矿权挂牌出让公告',
    '某区2039年第2批主要污染物排污权竞价出让公告',
    '某村集体商品林林木所有权及林地经营权挂牌转让公告',
    '某物业服务有限公司100%股权转让公告',
    '某公司所属闲置设备转让项目成交公告',
    '某区人民法院关于拍卖某公司名下生产设备一批的公告',
  ])('reads a sale: %s', (title) => {
    expect(RIGHTS_SALE.test(title)).toBe(true);
    expect(classifyCategory({ title, body: '竞买申请截止时间：2039年6月18日16时' })).toBe('other');
  });

  it.each([
    '某区A2039-06号出让地块配套道路及管网工程施工招标公告',
    '某区2039年度国有建设用地使用权出让地价评估服务机构比选公告',
    '某镇拟出让地块土壤污染状况调查服务中标结果公告',
    '某村集体土地经营权出让公告',
    '某区拍卖服务机构选取公告',
  ])('leaves a procurement or a letting: %s', (title) => {
    expect(RIGHTS_SALE.test(title)).toBe(false);
  });
});

describe('a sale in parseBulletin', () => {
  it('reads no buyer, award, winner or deadline', () => {
    const parsed = parseBulletin({
      title: '某区2039-01号宗地国有建设用地使用权拍卖出让成交公示',
      body: '宗地号：2039-01\n起始价：8620万元\n成交价：10380万元\n竞得人：某置业有限公司\n出让人：某市某区自然资源局\n交易机构：某市公共资源交易中心某分中心',
    });
    expect(parsed).toMatchObject({ category: 'other', buyer: null, awardYuan: null, winners: [], deadlineAt: null });
  });
});
