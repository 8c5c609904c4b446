import { createHash } from 'node:crypto';
import { toMatchText } from '@app/text';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Keys that identify the same notice from two sources. The category is part of both, so a
 * 更正公告 is never folded into the 招标公告 it corrects.
 * - projectKey: project code + buyer (strong).
 * - titleKey: normalised title + buyer; only meaningful with close publication dates.
 */
export function dedupeKeys(b: { titleMatch: string; buyer: string | null; projectCode: string | null; category: string }): {
  projectKey: string | null;
  titleKey: string | null;
} {
  const buyer = b.buyer ? toMatchText(b.buyer) : '';
  if (!buyer) return { projectKey: null, titleKey: null };
  const code = b.projectCode ? toMatchText(b.projectCode).replace(/\s+/g, '') : '';
  return {
    projectKey: code.length >= 4 ? sha(`p|${b.category}|${code}|${buyer}`) : null,
    // Short generic titles ("招标公告") say nothing about identity.
    titleKey: b.titleMatch.length >= 8 ? sha(`t|${b.category}|${b.titleMatch}|${buyer}`) : null,
  };
}
