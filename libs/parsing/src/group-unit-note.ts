// A developer's or a manufacturer's portal writes its legal buyer with the group's own name for the unit
// that runs it in brackets after it: 苏州某房地产开发有限公司（某地产苏州城市公司）, 某置业有限公司（某地产西北
// 区域）, 某电器有限公司（某集团空调事业部）. The registered name ends at 公司; the bracket is the group's
// internal org chart, no part of it.
const GROUP_UNIT_NOTE = /^(.{4,}?(?:有限(?:责任)?公司|股份公司))[(（][^()（）]{2,20}?(?:城市公司|区域公司|区域|事业部|事业群|大区)[)）]$/u;

/** `name` without a trailing bracket naming the group's unit behind the company, else as given. */
export function withoutGroupUnitNote(name: string | null): string | null {
  if (!name) return name;
  return GROUP_UNIT_NOTE.exec(name)?.[1] ?? name;
}
