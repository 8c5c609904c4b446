export type { Region, RegionLevel, RegionSource, ResolvedRegion, ResolveRegionInput } from './region.types';
export { ancestorCodes, childrenOf, getRegion, isKnownRegion, provinces, regionContains, regionPath } from './hierarchy';
export { resolveRegion } from './resolve-region';
export { searchRegions } from './search-regions';
export { areaCodesIn, regionOfAreaCode, regionOfProjectCode } from './code-hints';
export { countyOfDocumentNumber } from './document-number';
export { postcodeProvincesIn } from './postcodes';
export { soleDistrictOfCityBody } from './sole-district';
export { divisionCityOf } from './bingtuan-division';
