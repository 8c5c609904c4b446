// A public body or a court selling what it holds takes money in: land or mineral rights (国有建设用地使用权
// 挂牌出让公告, 采矿权/探矿权出让), emission or forest rights (排污权竞价出让, 林木所有权转让), a state firm's shares
// or assets on a property exchange (国有产权/股权转让公告, 设备转让项目成交公告), and a court's 司法拍卖
// ("某人民法院关于拍卖…的公告"). Its 竞买人, 受让方 and 竞得人 buy; nothing is procured, so the notice is no
// tender and its buyer wins no award. Only the sale as the notice's own kind counts: the sale word stands
// right before 公告/公示 (or 成交/结果 and then 公告), so a procurement about a sold parcel (出让地块配套道路
// 施工招标公告, 土地出让地价评估服务比选公告) stays a tender. A 经营权 出让 or 流转 lets land for rent and is
// read as a letting (signup-cutoff.ts), not here.
export const RIGHTS_SALE =
  /(?:使用权|所有权|采矿权|探矿权|矿业权|排污权|碳排放权|用能权|用水权|取水权|林权|产权|股权|股份|债权|资产|设备|车辆|房产|房地产|土地|地块|宗地)(?![^，。\n]{0,12}?经营权[^，。\n]{0,4}?出让)[^，。\n]{0,12}?(?:出让|转让|拍卖|变卖)(?:项目)?(?:成交|结果|交易)?(?:的)?(?:公告|公示|信息披露)|(?:人民法院|司法)[^，。\n]{0,16}?(?:拍卖|变卖)(?!服务|机构|公司|代理)|关于(?:公开)?(?:拍卖|变卖)(?!服务|机构|公司|代理)[^，。\n]{2,60}?的?公告/u;
