import { lotMarker } from './lot-marker';
import { foldPartyName } from './party-name';
import { normaliseProjectCode } from './project-code';
import { projectCore } from './project-name';

/** What linking reads from a bulletin: the stored fields, nothing from the body. */
export interface LinkableBulletin {
  title: string | null;
  buyer: string | null;
  projectCode: string | null;
}

// Below these lengths a name says too little to join notices on its own ("手术室行为管理系统"
// is bought by hundreds of hospitals).
const MIN_CORE_WITH_BUYER = 4;
const MIN_CORE_ALONE = 14;

/**
 * The keys under which a bulletin joins a project: its normalised project code, its buyer with the
 * project name, and — for long, specific names only — the name alone, so that a notice whose buyer
 * was not read still finds its tender. Two notices sharing any key (within the time window) are one
 * project.
 */
export function linkKeys(b: LinkableBulletin): string[] {
  const keys: string[] = [];
  const code = normaliseProjectCode(b.projectCode);
  // Lots share the code of their procurement; the lot named in the title keeps them apart.
  if (code) keys.push(`c:${code}#${lotMarker(b.title)}`);
  const buyer = foldPartyName(b.buyer);
  const core = projectCore(b.title, b.buyer);
  if (buyer && core.length >= MIN_CORE_WITH_BUYER) keys.push(`n:${buyer}|${core}`);
  const alone = projectCore(b.title, null);
  if (alone.length >= MIN_CORE_ALONE) keys.push(`t:${alone}`);
  return keys;
}
