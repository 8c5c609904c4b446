/** Administrative level of a division: 省级, 地级 or 县级. */
export type RegionLevel = 'province' | 'city' | 'district';

/**
 * One GB/T 2260 division. `parentCode` is null for provinces. County-level units directly under a
 * province (districts of 北京/天津/上海/重庆, 省直辖县级 such as 429004 仙桃市) are districts whose
 * parent is the province.
 */
export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** Bulletin fields that may name a place; any of them may be missing. */
export interface ResolveRegionInput {
  regionText?: string | null;
  buyer?: string | null;
  title?: string | null;
  body?: string | null;
  agency?: string | null;
  /**
   * Divisions known from elsewhere only weakly (the area code of any phone, the agency's too):
   * they never name a place but choose between the places one name may be (城关区 of 兰州 or 拉萨).
   */
  tieBreakCodes?: readonly string[];
  /**
   * Where the agency's own name says it sits (佳木斯市某招标有限公司): weaker still, it only
   * chooses between the places one name of the work may be (向阳区 of 佳木斯 or 鹤岗) when no
   * stronger clue did.
   */
  agencyTieBreakCodes?: readonly string[];
}

/** Which bulletin field gave the most specific part of a resolved region. */
export type RegionSource = 'region_text' | 'buyer' | 'title' | 'body';

/** Result of `resolveRegion`: the most specific certain code and its names from the province down. */
export interface ResolvedRegion {
  code: string;
  path: string[];
  source: RegionSource;
}
