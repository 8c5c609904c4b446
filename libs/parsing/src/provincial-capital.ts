import { isKnownRegion } from '@app/regions';

/** A province's capital: its first city in GB/T 2260 (xx0100: 石家庄, 南京, 广州 …), or null where it has none. */
export function provincialCapital(provinceCode: string): string | null {
  const capital = `${provinceCode.slice(0, 2)}0100`;
  return isKnownRegion(capital) ? capital : null;
}
