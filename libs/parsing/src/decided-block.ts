import { readOrgAt } from './org-names';

// A result may list every bidder as a block of fields, each saying itself whether it won: Taiwan's
// 決標公告 writes "投標廠商1\n廠商名稱：甲\n是否得標：是\n…\n投標廠商2\n廠商名稱：乙\n是否得標：否" (厂商,
// 得标 once converted), others "供应商名称：…\n是否中标：否". The blocks marked 是 are the winners',
// whatever order they come in.
const NAME_FIELD = /^[ \t]*(?:投标|参标)?(?:厂商|投标人|投标单位|供应商|响应人)(?:名称)?[ \t]*[:：][ \t]*/u;
const DECIDED_FIELD = /^[ \t]*是否(?:得标|中标|成交|中选)[ \t]*[:：][ \t]*(是|否)/u;

/** The bidders whose own block of fields is marked won (是否得标：是), in order; empty when none is. */
export function decidedBlockNames(text: string): string[] {
  const out: string[] = [];
  let name: string | null = null;
  for (const line of text.split('\n')) {
    const field = NAME_FIELD.exec(line);
    if (field) {
      name = readOrgAt(line, field[0].length, 'supplier');
      continue;
    }
    const decided = DECIDED_FIELD.exec(line);
    if (!decided || name === null) continue;
    if (decided[1] === '是' && !out.includes(name)) out.push(name);
    name = null;
  }
  return out;
}
