import type { NameEntry } from './name-index';

// Many towns have become 街道 (泽当镇 → 泽当街道, 城厢镇 → 城厢街道) and notices, seals and
// addresses keep the old 镇 name for years. Where no township anywhere is called X镇 but X街道
// is, X镇 is the same place under its former name.
const STREET_OFFICE = /^(\p{Script=Han}{2,})街道$/u;

/** Adds, for each 街道 whose 镇 name no township holds, that 镇 name pointing at the same counties. */
export function addFormerTownNames(towns: Map<string, NameEntry[]>): void {
  const former: Array<[string, NameEntry[]]> = [];
  for (const [name, entries] of towns) {
    const stem = STREET_OFFICE.exec(name)?.[1];
    if (stem && !towns.has(`${stem}镇`)) former.push([`${stem}镇`, entries]);
  }
  for (const [name, entries] of former) towns.set(name, entries);
}
