import { readOrgAt } from './org-names';

// A body that runs its own procurement (自行招标, 自行采购: a village collective, a state firm, a school
// buying below the threshold) often names itself only in the opening sentence, with no 招标人 field and
// no agency: "经村民代表会议决议，某村股份经济合作社对某工程进行自行招标", "本项目由某公司自行组织招标".
// That body is the buyer. The name is the clause before 对/就 (or after 由), from the last comma or line
// start, and must read as one whole organisation name (so "招标人自行组织" gives nothing).
const SUBJECT_FIRST =
  /(?:^|[\n，。,;；:：])\s*([^\s，。,;；:：()“”]{4,60}?)(?:对|就)[^。\n]{2,80}?(?:进行|实行|开展|组织)?自行(?:招标|采购|组织)/u;
const AFTER_BY = /由\s?([^\s，。,;；:：()“”]{4,60}?)自行(?:招标|采购|组织)/u;

// "我院采购办", "本公司": the notice speaking of itself, no name.
const SELF_REFERENCE = /^(?:我|本|该)/u;
// "某学院采购与招标管理中心就…进行自行采购": a school's or hospital's own procurement office runs it; the
// buyer is the body it belongs to (never cut from a 政府采购中心, a body of its own).
const OWN_OFFICE = /(?<!政府|集中)(?:采购与招标管理|招标与采购管理|招标采购管理|采购管理|招标管理|采购|招标)(?:中心|办公室|办|科|处)$/u;

/** The body said in prose to tender or buy by itself ("某社对某工程进行自行招标"), else null. */
export function selfTenderer(text: string): string | null {
  for (const re of [SUBJECT_FIRST, AFTER_BY]) {
    const m = re.exec(text);
    if (!m) continue;
    if (SELF_REFERENCE.test(m[1])) continue;
    const name = m[1].replace(OWN_OFFICE, '');
    if (name.length >= 4 && readOrgAt(name, 0, 'any') === name) return name;
  }
  return null;
}
