// Judged (bulletin, keyword) pairs against `cli match`: before (plain substring, every keyword
// marked literal) and after (word-aware hits outside boilerplate). Reads the bulletins from
// ../shared/data when present; the repository holds only ids, keywords and verdicts.
// Run: npm run report:relevance [-- --judged scripts/relevance/judged-pairs.tsv --data ../shared/data]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BoundaryFinder, BulletinHits, entryTerms, intlBoundaries, jiebaBoundaries, type SegmenterChoice } from '@app/matcher';
import { parseBulletin } from '@app/parsing';
import { parserInput, toIngestItem } from '../apps/cli/src/records/bulletin-record';

type Verdict = 'relevant' | 'accidental' | 'boilerplate';
interface Pair {
  id: string;
  keyword: string;
  verdict: Verdict;
}

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const root = resolve(__dirname, '..');
const judgedPath = resolve(arg('judged', join(root, 'scripts/relevance/judged-pairs.tsv')));
const dataDir = resolve(arg('data', join(root, '../shared/data')));
const files = ['bulletins-real.jsonl', 'bulletins-real-2.jsonl'].map((f) => join(dataDir, f)).filter(existsSync);
if (files.length === 0) {
  console.error(`no bulletins under ${dataDir}: this report needs ../shared/data beside the checkout`);
  process.exit(2);
}

const pairs: Pair[] = readFileSync(judgedPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [id, keyword, verdict] = l.split('\t');
    if (!['relevant', 'accidental', 'boilerplate'].includes(verdict)) throw new Error(`bad verdict in line: ${l}`);
    return { id, keyword, verdict: verdict as Verdict };
  });
const keywords = [...new Set(pairs.map((p) => p.keyword))];
const wanted = new Set(pairs.map((p) => p.id));

const dir = mkdtempSync(join(tmpdir(), 'relevance-'));
const bulletins = join(dir, 'bulletins.jsonl');
// Only the judged bulletins, so cli match has less to parse.
writeFileSync(
  bulletins,
  files
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim() && wanted.has((JSON.parse(l) as { id: string }).id)),
    )
    .join('\n'),
);

interface Line {
  bulletinId: string;
  subscriptionId: string;
  hitPlaces: string[];
  hitDetails: Array<{ term: string; place: string; sentence: string }>;
}

/** `cli match` with one nationwide subscription per keyword; returns "id\tkeyword" → its line. */
function cliMatch(literal: boolean): Map<string, Line> {
  const subs = join(dir, literal ? 'before.json' : 'after.json');
  writeFileSync(subs, JSON.stringify(keywords.map((k) => ({ id: k, keywords: [literal ? `=${k}` : k] }))));
  const out = execFileSync('npm', ['run', '-s', 'cli', '--', 'match', '--subscriptions', subs, '--bulletins', bulletins], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const lines = out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
  return new Map(lines.map((l) => [`${l.bulletinId}\t${l.subscriptionId}`, l]));
}

const before = cliMatch(true);
const after = cliMatch(false);
const row = (verdict: Verdict) => {
  const ps = pairs.filter((p) => p.verdict === verdict);
  const count = (m: Map<string, Line>) => ps.filter((p) => m.has(`${p.id}\t${p.keyword}`)).length;
  return { verdict, pairs: ps.length, 'matched before': count(before), 'matched after': count(after) };
};
const rows = (['relevant', 'accidental', 'boilerplate'] as const).map(row);
console.log(`${pairs.length} judged pairs, ${wanted.size} bulletins, keywords: ${keywords.join(' ')}`);
console.table(rows);
const [relevant, accidental, boilerplate] = rows;
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
console.log(`accidental matched after: ${accidental['matched after']} (target 0)`);
console.log(
  `boilerplate-only matched: ${boilerplate['matched before']} → ${boilerplate['matched after']} (target ≤ ${Math.floor(boilerplate['matched before'] / 2)})`,
);
console.log(
  `relevant kept: ${relevant['matched after']}/${relevant['matched before']} = ${pct(relevant['matched after'], relevant['matched before'])} (target ≥ 98%)`,
);
if (process.argv.includes('--misses')) {
  for (const p of pairs) {
    const key = `${p.id}\t${p.keyword}`;
    const wrong = p.verdict === 'relevant' ? before.has(key) && !after.has(key) : after.has(key);
    if (wrong) console.log(`${p.verdict}\t${key}\t${JSON.stringify(after.get(key)?.hitDetails ?? null)}`);
  }
}

// Segmenters compared on the same pairs, in process (cli match always uses both): which pairs
// count as word hits outside boilerplate with ICU alone, jieba alone, or both.
const parsed = new Map<string, { titleMatch: string; bodyMatch: string }>();
for (const line of readFileSync(bulletins, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { item } = toIngestItem(JSON.parse(line) as Record<string, unknown>);
  const p = parseBulletin(parserInput(item));
  parsed.set(String(item.sourceId), { titleMatch: p.titleMatch, bodyMatch: p.bodyMatch });
}
const choices: Array<[SegmenterChoice, boolean]> = [
  ['intl', false],
  ['jieba', false],
  ['both', false],
  ['intl', true],
  ['jieba', true],
  ['both', true],
];
const segRows = choices.map(([choice, exceptions]) => {
  const counted = (p: Pair) => {
    const b = parsed.get(p.id)!;
    const [term] = entryTerms(p.keyword);
    return new BulletinHits(b.titleMatch, b.bodyMatch, choice, exceptions).find(term, false, false) !== null;
  };
  const of = (v: Verdict) => pairs.filter((p) => p.verdict === v);
  return {
    segmenters: choice,
    'exception words': exceptions ? 'yes' : 'no',
    'relevant kept': `${of('relevant').filter(counted).length}/${of('relevant').length}`,
    'accidental matched': of('accidental').filter(counted).length,
    'boilerplate matched': of('boilerplate').filter(counted).length,
  };
});
console.log('\nsegmenters (same zones):');
console.table(segRows);

// Speed: one call per hit window, as isAligned makes them (8 Han characters either side).
const windows: string[] = [];
for (const p of pairs) {
  const b = parsed.get(p.id)!.bodyMatch;
  const [term] = entryTerms(p.keyword);
  for (let at = b.indexOf(term); at >= 0 && windows.length < 5000; at = b.indexOf(term, at + 1))
    windows.push(b.slice(Math.max(0, at - 8), at + term.length + 8));
}
const speed = (find: BoundaryFinder) => {
  find('预热');
  const cpu = process.cpuUsage();
  for (let r = 0; r < 5; r++) for (const w of windows) find(w);
  const used = process.cpuUsage(cpu);
  return `${((used.user + used.system) / (5 * windows.length)).toFixed(1)} us`;
};
console.log(
  `\nsegmenter CPU time per hit window (${windows.length} windows of ~18 characters): ICU ${speed(intlBoundaries)}, jieba ${speed(jiebaBoundaries)}`,
);
