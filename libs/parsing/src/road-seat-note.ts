// A body's seat noted in brackets after its name by district and road alone, with no house number
// ("某城投建设有限公司(某某区某某大道)", "(某市某区某路)", "(某县某街)"), says where it sits, not who:
// no registered name ends on a road. (A full address with a number is dropped with the other notes.)
const ROAD_SEAT_NOTE =
  /\s*\((?:\p{Script=Han}{2,6}[市州盟])?\p{Script=Han}{1,8}(?:区|县|旗)\p{Script=Han}{1,10}?(?:大道|大街|中路|东路|西路|南路|北路|路|街|巷)\)$/u;

/** The name without a bracketed note of the district and road it sits on. */
export function dropRoadSeatNote(name: string): string {
  const m = ROAD_SEAT_NOTE.exec(name);
  return m && m.index > 0 ? name.slice(0, m.index) : name;
}
