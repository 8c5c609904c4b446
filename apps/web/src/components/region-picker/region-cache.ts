import { regionsApi } from '../../api/endpoints';
import type { Region, RegionDetail } from '../../api/types';

// Divisions do not change while the page is open: each is fetched once.
const details = new Map<string, Promise<RegionDetail>>();

export function regionDetail(code: string): Promise<RegionDetail> {
  let p = details.get(code);
  if (!p) {
    p = regionsApi.get(code);
    details.set(code, p);
    p.catch(() => details.delete(code));
  }
  return p;
}

export function childrenOf(code: string): Promise<Region[]> {
  return regionDetail(code).then((d) => d.children);
}
