// "近三年承担过单项合同金额不低于500万元的类似业绩", "每提供一项单项合同金额300万元及以上的业绩得2分": a
// qualification or score rule sets the size of a past contract a bidder must show. The figure is a
// threshold, not a price anybody bid or won in this procedure.
const SINGLE_CONTRACT_BEFORE = /(?:单项|单个|单笔|单份|每项|每个|类似(?:项目|工程)?的?)$/u;
const AT_LEAST_AFTER = /^\s*(?:\([^()\n]{0,8}\))?\s*(?:及|或)?(?:以上|以内|及其以上)/u;

/** True when the money label at `labelStart`, read to `valueEnd`, is a past-contract threshold. */
export function isPerformanceThreshold(display: string, labelStart: number, valueEnd: number): boolean {
  if (SINGLE_CONTRACT_BEFORE.test(display.slice(Math.max(0, labelStart - 6), labelStart))) return true;
  return AT_LEAST_AFTER.test(display.slice(valueEnd, valueEnd + 16));
}
