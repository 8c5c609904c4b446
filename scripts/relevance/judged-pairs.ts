import { readFileSync } from 'node:fs';
import { LiveMatcher } from '@app/matcher';
import { type ParsedBulletin, parseBulletin } from '@app/parsing';
import { loadSubscriptions } from '../../apps/cli/src/match/subscriptions-file';
import { parserInput, toIngestItem } from '../../apps/cli/src/records/bulletin-record';

/**
 * Judged (bulletin, keyword, verdict) pairs checked as `cli match` checks them, in process: the
 * bulletin through the parser, then the live matcher with one nationwide subscription per keyword,
 * before (every keyword literal, a plain substring) and after (word hits outside boilerplate).
 * Shared by scripts/relevance-report.ts and the spec that holds our own judged set to its targets.
 */
export const VERDICTS = ['relevant', 'accidental', 'boilerplate'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Pair {
  id: string;
  keyword: string;
  verdict: Verdict;
}

/** A judged file: tab-separated id, keyword, verdict; `#` lines are comments. */
export function readJudged(path: string): Pair[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [id, keyword, verdict] = l.split('\t');
      if (!(VERDICTS as readonly string[]).includes(verdict)) throw new Error(`bad verdict in line: ${l}`);
      return { id, keyword, verdict: verdict as Verdict };
    });
}

/** The wanted bulletins of some JSON-lines files (labelled data sets, our own set), parsed as at ingest. */
export function parseWanted(files: readonly string[], ids: ReadonlySet<string>): Map<string, ParsedBulletin> {
  const parsed = new Map<string, ParsedBulletin>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { item } = toIngestItem(JSON.parse(line) as Record<string, unknown>);
      const id = String(item.sourceId);
      if (ids.has(id) && !parsed.has(id)) parsed.set(id, parseBulletin(parserInput(item)));
    }
  }
  return parsed;
}

export interface HitDetail {
  term: string;
  place: string;
  sentence: string;
}

/** `cli match` in process: "id\tkeyword" of each matching pair → its hits. */
export function matchPairs(
  parsed: ReadonlyMap<string, ParsedBulletin>,
  keywords: readonly string[],
  literal: boolean,
): Map<string, HitDetail[]> {
  const matcher = new LiveMatcher(loadSubscriptions(keywords.map((k) => ({ id: k, keywords: [literal ? `=${k}` : k] }))));
  const out = new Map<string, HitDetail[]>();
  for (const [id, bulletin] of parsed) {
    for (const r of matcher.match(bulletin)) {
      out.set(
        `${id}\t${r.subscriptionId}`,
        r.details.map((d) => ({ term: d.term, place: d.place, sentence: d.sentence })),
      );
    }
  }
  return out;
}

export interface VerdictRow {
  verdict: Verdict;
  pairs: number;
  'matched before': number;
  'matched after': number;
}

export interface RelevanceCheck {
  /** The bulletins that were found and parsed, by id. */
  parsed: Map<string, ParsedBulletin>;
  /** Judged ids found in none of the files. */
  missing: string[];
  before: Map<string, HitDetail[]>;
  after: Map<string, HitDetail[]>;
  /** relevant, accidental, boilerplate. */
  rows: VerdictRow[];
}

/** Matches the judged pairs before and after and counts the matched pairs of each verdict. */
export function checkPairs(pairs: readonly Pair[], files: readonly string[]): RelevanceCheck {
  const ids = new Set(pairs.map((p) => p.id));
  const keywords = [...new Set(pairs.map((p) => p.keyword))];
  const parsed = parseWanted(files, ids);
  const before = matchPairs(parsed, keywords, true);
  const after = matchPairs(parsed, keywords, false);
  const rows = VERDICTS.map((verdict) => {
    const ps = pairs.filter((p) => p.verdict === verdict);
    const count = (m: Map<string, HitDetail[]>) => ps.filter((p) => m.has(`${p.id}\t${p.keyword}`)).length;
    return { verdict, pairs: ps.length, 'matched before': count(before), 'matched after': count(after) };
  });
  return { parsed, missing: [...ids].filter((id) => !parsed.has(id)), before, after, rows };
}
