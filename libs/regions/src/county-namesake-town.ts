import { getRegion, regionContains } from './hierarchy';
import type { NameEntry } from './name-index';

// "弥勒市东风农场", "某县某某镇": a township written right after a county's full name is that county's
// own. Where the township list files a township of that name only under other counties (a state farm
// of the same name far away, a namesake the list lacks here), the written county says more than the
// list: the township names no place of its own, and the county stands alone.
// Only a county's full name (…县, …市, …区, …旗) counts: a bare or everyday short form says too little.

/** Whether the township `town`, right after the place `before`, lies outside every county it names. */
export function townOutsideCounty(before: NameEntry[], town: NameEntry[]): boolean {
  if (!before.length || !town.length) return false;
  if (!before.every((e) => e.kind === 'full' && getRegion(e.code)?.level === 'district')) return false;
  return !town.some((t) => before.some((c) => c.code === t.code || regionContains(c.code, t.code)));
}
