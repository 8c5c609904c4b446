// Judged (bulletin, keyword) pairs matched as `cli match` matches them (scripts/relevance/judged-pairs.ts):
// before (plain substring, every keyword marked literal) and after (word-aware hits outside
// boilerplate). Reads the bulletins from our own set (test/fixtures/own-field-set.jsonl, ids own-*)
// and from ../shared/data when present; the repository holds only ids, keywords and verdicts.
// Run: npm run report:relevance [-- --judged scripts/relevance/judged-pairs.tsv --data ../shared/data]
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BoundaryFinder, BulletinHits, entryTerms, intlBoundaries, jiebaBoundaries, type SegmenterChoice } from '@app/matcher';
import { checkPairs, type Pair, readJudged, type Verdict } from './relevance/judged-pairs';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const root = resolve(__dirname, '..');
const judgedPath = resolve(arg('judged', join(root, 'scripts/relevance/judged-pairs.tsv')));
const dataDir = resolve(arg('data', join(root, '../shared/data')));
const files = [
  join(root, 'test/fixtures/own-field-set.jsonl'),
  ...['bulletins-real.jsonl', 'bulletins-real-2.jsonl'].map((f) => join(dataDir, f)).filter(existsSync),
];

const pairs: Pair[] = readJudged(judgedPath);
const keywords = [...new Set(pairs.map((p) => p.keyword))];
const { parsed, missing, before, after, rows } = checkPairs(pairs, files);
if (missing.length > 0) {
  console.error(
    `${missing.length} judged bulletins are in none of ${files.join(', ')} (e.g. ${missing[0]}): shared ids need ../shared/data beside the checkout`,
  );
  process.exit(2);
}
console.log(`${pairs.length} judged pairs, ${parsed.size} bulletins, keywords: ${keywords.join(' ')}`);
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
    if (wrong) console.log(`${p.verdict}\t${key}\t${JSON.stringify(after.get(key) ?? null)}`);
  }
}

// Segmenters compared on the same pairs, in process (cli match always uses both): which pairs
// count as word hits outside boilerplate with ICU alone, jieba alone, or both.
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
