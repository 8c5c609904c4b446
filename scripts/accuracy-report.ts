// Parser accuracy on the labelled real bulletins of ../shared/data, through parseBulletin — the
// path ingest uses — fed only what a source sends: title, body and region text. Labels (category,
// budget, buyer, agency, dates, code) are what is measured, so none of them is passed in.
// Bulletins are split by a hash of their id into dev (~70 %) and held-out (~30 %); rules are
// written against dev misses only, and held-out is reported apart to show overfitting.
// A third set, our own bulletins written in the styles of portals that are in neither shared file
// (test/fixtures/own-field-set.jsonl), is scored apart: it is in the repository, so it is always
// measured, even where ../shared/data is absent.
// Run: npm run report:accuracy [-- file.jsonl ...] [--misses dev|held-out|own|all]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BULLETIN_CATEGORIES, parseBulletin } from '@app/parsing';
import { type Check, METRICS, checksFor } from './accuracy/checks';
import { type LabelledBulletin, readLabelled, splitOf } from './accuracy/labelled';
import { cell, confusion, percent, printTable, tallyChecks } from './accuracy/tally';

const REPO_ROOT = resolve(__dirname, '..');
const DATA_DIR = resolve(REPO_ROOT, '../shared/data');
const DEFAULT_FILES = ['bulletins-real.jsonl', 'bulletins-real-2.jsonl'].map((f) => join(DATA_DIR, f));
const OWN_SET = join(REPO_ROOT, 'test/fixtures/own-field-set.jsonl');
const OWN_SCOPE = 'own field-style set';
const OUTPUT = join(REPO_ROOT, 'bench/results/accuracy.json');

interface Scored {
  row: LabelledBulletin;
  split: string;
  category: string;
  checks: Check[];
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { misses: { type: 'string', default: 'dev' } } });
  const files = positionals.length ? positionals.map((p) => resolve(p)) : DEFAULT_FILES;
  const rows = readLabelled(files);
  const own = readLabelled([OWN_SET]).map(score(() => 'own'));
  if (!rows.length) {
    // A checkout without the shared data (CI elsewhere, a fresh clone) measures our own set only.
    console.log(`No labelled bulletins found (looked for ${files.join(', ')}); only our own set is measured.`);
  }

  const scored: Scored[] = rows.map(score(splitOf));
  const scopes: Array<[string, Scored[]]> = [
    ...(rows.length
      ? [
          ['dev', scored.filter((s) => s.split === 'dev')] as [string, Scored[]],
          ['held-out', scored.filter((s) => s.split === 'held-out')] as [string, Scored[]],
        ]
      : []),
    [OWN_SCOPE, own],
    ...[...new Set(rows.map((r) => r.file))].map((f): [string, Scored[]] => [f, scored.filter((s) => s.row.file === f)]),
    ...(rows.length ? [['all', scored] as [string, Scored[]]] : []),
  ];
  console.log(`Accuracy on ${rows.length} labelled bulletins (${files.join(', ') || 'none'}) and ${own.length} of our own (${OWN_SET})\n`);
  const tallies = scopes.map(([name, list]) => [name, tallyChecks(list.flatMap((s) => s.checks))] as const);
  printTable([
    ['metric', 'target', ...scopes.map(([name, list]) => `${name} (${list.length})`)],
    ...METRICS.map(([metric, target]) => [metric, target === null ? '' : `≥${target}%`, ...tallies.map(([, t]) => cell(t.get(metric)))]),
  ]);

  const byCategory = BULLETIN_CATEGORIES.map(
    (c) => [c, tallyChecks(scored.filter((s) => s.row.category === c).flatMap((s) => s.checks))] as const,
  );
  console.log('\nAll bulletins by labelled category');
  printTable([
    ['metric', ...BULLETIN_CATEGORIES],
    ...METRICS.map(([metric]) => [metric, ...byCategory.map(([, t]) => cell(t.get(metric)))]),
  ]);

  const confusionScopes = rows.length ? [scopes[0], scopes[1], scopes[2], scopes[scopes.length - 1]] : [scopes[0]];
  for (const [name, list] of confusionScopes) {
    console.log(`\nCategory confusion, ${name}`);
    printTable(
      confusion(
        list.map((s) => [s.row.category, s.category]),
        BULLETIN_CATEGORIES,
      ),
    );
  }

  const everything = [...scored, ...own];
  const shown = values.misses === 'all' ? everything : everything.filter((s) => s.split === values.misses);
  for (const [metric] of METRICS) {
    const misses = shown.flatMap((s) => s.checks.filter((c) => c.metric === metric && !c.right).map((c) => ({ id: s.row.id, ...c })));
    if (!misses.length) continue;
    console.log(`\n${metric} misses, ${values.misses} (${misses.length}): id | expected | got`);
    for (const m of misses) console.log(`  ${m.id} | ${JSON.stringify(m.expected)} | ${JSON.stringify(m.got)}`);
  }

  mkdirSync(dirname(OUTPUT), { recursive: true });
  const summary = Object.fromEntries(
    tallies.map(([name, t]) => [
      name,
      Object.fromEntries(METRICS.map(([m, target]) => [m, { ...t.get(m), accuracy: percent(t.get(m)), target }])),
    ]),
  );
  const misses = everything.flatMap((s) =>
    s.checks.filter((c) => !c.right).map((c) => ({ id: s.row.id, split: s.split, file: s.row.file, ...c })),
  );
  writeFileSync(
    OUTPUT,
    JSON.stringify(
      {
        files,
        ownSet: OWN_SET,
        bulletins: rows.length,
        ownBulletins: own.length,
        generatedAt: new Date().toISOString(),
        summary,
        byCategory: Object.fromEntries(byCategory.map(([c, t]) => [c, Object.fromEntries(t)])),
        misses,
      },
      null,
      2,
    ),
  );
  console.log(`\nWrote ${OUTPUT}`);
}

/** Parses a labelled bulletin the way ingest would, fed only what a source sends. */
function score(splitFor: (id: string) => string) {
  return (row: LabelledBulletin): Scored => {
    const text = { title: row.title ?? row.project_name, body: row.body };
    const parsed = parseBulletin({ ...text, regionText: row.region_text });
    return { row, split: splitFor(row.id), category: parsed.category, checks: checksFor(row, parsed, parseBulletin(text)) };
  };
}

main();
