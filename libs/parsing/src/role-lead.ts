// With no agency field, a notice's agency is sought among the firm names in its text whose words say
// what an agency does (招标, 代理, 咨询 …). A sentence that states the buyer's role ("招标人为某建设有限公司
// 某项目经理部，现对其进行公开招标") reads there as one run ending in 公司, and its role word 招标 would
// pass it off as an agency. A name never opens with a role and 为/是: such a run is a sentence, not a name.
const ROLE_THEN_COPULA = /^(?:招标|采购|建设|发包|比选|代理|委托)(?:人|单位|方|机构)(?:名称)?(?:为|是)/u;

/** Whether a name found in running text is really a sentence stating a party's role. */
export function opensWithRole(name: string): boolean {
  return ROLE_THEN_COPULA.test(name);
}
