// A body that builds or tenders for the project's owner says so in brackets after its name in the
// standard templates' 招标条件: "招标人为某城投公司（代建单位）", "某建设投资集团有限公司（代建）",
// "某公司（受项目业主委托实施建设管理）". The note names its role for this project (代建, 受…委托), which no
// registered name carries, so it is no part of the name. Only 代建 words and a 受…委托 clause: other
// brackets after a name (某公司(普通合伙)) are left to the readers that know them.
const AGENT_ROLE_NOTE = /\((?:项目)?代建(?:单位|方|人|管理单位)?\)$|\(受[^()]{1,24}委托[^()]{0,20}\)$/u;

/** The name without a trailing note saying it builds or tenders for the owner. */
export function dropAgentRoleNote(name: string): string {
  return name.replace(AGENT_ROLE_NOTE, '');
}
