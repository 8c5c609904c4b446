import { toMatchText } from '@app/text';
import { divisionData } from './division-data';
import { nameForms } from './region-names';
import type { Region } from './region.types';

const LEVEL_ORDER = { province: 0, city: 1, district: 2 } as const;

interface Hit {
  region: Region;
  quality: number;
}

let searchable: { region: Region; forms: string[] }[] | undefined;

/**
 * Divisions whose name or short form (重庆 → 重庆市, 渝中 → 渝中区) matches `q`: exact, then prefix,
 * then substring matches, provinces before cities before districts. Retired codes are left out.
 */
export function searchRegions(q: string, limit = 20): Region[] {
  const query = toMatchText(q).replace(/\s+/g, '');
  if (query === '' || limit <= 0) return [];
  const hits: Hit[] = [];
  for (const { region, forms } of candidates()) {
    const quality = Math.min(...forms.map((f) => matchQuality(f, query)));
    if (quality < 3) hits.push({ region, quality });
  }
  hits.sort(
    (a, b) =>
      LEVEL_ORDER[a.region.level] - LEVEL_ORDER[b.region.level] || a.quality - b.quality || a.region.code.localeCompare(b.region.code),
  );
  return hits.slice(0, limit).map((h) => h.region);
}

// 0 exact, 1 prefix, 2 substring, 3 no match.
function matchQuality(form: string, query: string): number {
  if (form === query) return 0;
  if (form.startsWith(query)) return 1;
  return form.includes(query) ? 2 : 3;
}

function candidates(): { region: Region; forms: string[] }[] {
  if (!searchable) {
    const { byCode, retired } = divisionData();
    searchable = [...byCode.values()]
      .filter((r) => !retired.has(r.code))
      .map((region) => ({ region, forms: nameForms(region).map((f) => f.text) }));
  }
  return searchable;
}
