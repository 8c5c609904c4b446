// A power plant's project is named for its site: "某县200MW光伏项目", "某区100MW/200MWh储能电站",
// "某镇渔光互补项目", "某区公交场站充电站". The project company that buys for it, and the group portal
// that files the notice, sit in the group's seat (often the provincial capital), so a title naming a
// plant by its capacity or its kind names the place of the work.
const PLANT_TITLE =
  /\d+(?:\.\d+)?\s*(?:MWp|MWh|MW|GWh|GW|kWp|kWh|kW|万千瓦|兆瓦)|光伏|风电|风力发电|风电场|储能|渔光互补|农光互补|牧光互补|光储|风光|制氢|加氢站|充电站|换电站|充换电/u;

/** Whether a title names a power plant (solar, wind, storage, hydrogen or charging) by size or kind. */
export function namesPlant(title: string): boolean {
  return PLANT_TITLE.test(title);
}
