// A 中介服务超市 or a small works roster picks its firm by lot (随机抽取, 摇号, 抽签) from those who
// registered or were let into the pool, and lists that pool first (报名中介机构, 入围机构：甲、乙、丙):
// the firm the draw gave (抽取结果：丙, 摇中单位：丙) is the one chosen, whatever the pool's label says.
export const DRAWN_LABEL =
  /(?:随机)?(?:抽取|摇号|抽签|抽选)结果(?=[ \t]*[:：])|(?:抽中|摇中|抽取到?的?)(?:中介)?(?:单位|机构|供应商|服务商|事务所)(?:名称)?(?=[ \t]*[:：])/gu;

// "抽取结果：丙\n服务费用：28,000元": the fee stated right below the firm the draw (or the choice of a
// 中选机构) gave is what that firm is paid, the job's award; an agency's own fee is 代理服务费.
export const DRAWN_FEE_LABEL =
  /(?<=(?:(?:抽取|摇号|抽签|抽选|选取)结果|(?:中选|抽中|摇中)(?:中介)?(?:单位|机构|事务所))[ \t]*[:：][^\n]*\n[ \t]*)(?:中介)?服务费(?:用)?(?:金额)?(?=[ \t]*[:：])/gu;
