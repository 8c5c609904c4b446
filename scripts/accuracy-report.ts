// Parser accuracy on the labelled real bulletins: region (province/city/district), category and
// budget, through parseBulletin — the same path ingest uses. Labels are what is measured, so the
// labelled category and budget are never passed in.
// Run: npx ts-node -T -r tsconfig-paths/register scripts/accuracy-report.ts [path/to/bulletins.jsonl]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseBulletin } from '@app/parsing';
import { regionPath } from '@app/regions';

interface LabelledBulletin {
  id: string;
  title: string | null;
  project_name: string | null;
  body: string;
  region_text: string | null;
  buyer: string | null;
  agency: string | null;
  category: string;
  region_label: { province: string | null; city: string | null; district: string | null } | null;
  budget_amount_yuan: number | null;
}

type Level = 'province' | 'city' | 'district';
interface Metric {
  name: string;
  target: number;
  right: number;
  total: number;
  misses: Array<{ id: string; expected: unknown; got: unknown }>;
}

const REPO_ROOT = resolve(__dirname, '..');
const DEFAULT_DATA = resolve(REPO_ROOT, '../shared/data/bulletins-real.jsonl');
const OUTPUT = join(REPO_ROOT, 'bench/results/accuracy.json');
// Municipalities have no city level in GB/T 2260; labels repeat the province as the city.
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);
const BUDGET_TOLERANCE_YUAN = 0.5;

function main(): void {
  const file = resolve(process.argv[2] ?? DEFAULT_DATA);
  if (!existsSync(file)) {
    console.error(`No labelled bulletins at ${file}; pass the .jsonl path as the first argument.`);
    process.exit(1);
  }
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledBulletin);

  const metric = (name: string, target: number): Metric => ({ name, target, right: 0, total: 0, misses: [] });
  const levels: Record<Level, Metric> = {
    province: metric('province', 97),
    city: metric('city', 93),
    district: metric('district', 85),
  };
  const category = metric('category', 90);
  const budget = metric('budget', 90);
  const overSpecific: Array<{ id: string; level: Level; got: string }> = [];

  for (const row of rows) {
    const parsed = parseBulletin({
      title: row.title ?? row.project_name,
      body: row.body,
      regionText: row.region_text,
      buyer: row.buyer,
      agency: row.agency,
    });
    const got = levelNames(parsed.regionCode);
    for (const level of ['province', 'city', 'district'] as const) {
      const expected = row.region_label?.[level] ?? null;
      if (expected === null) {
        if (got[level] !== null) overSpecific.push({ id: row.id, level, got: got[level] });
        continue;
      }
      score(levels[level], row.id, expected, got[level], expected === got[level]);
    }
    score(category, row.id, row.category, parsed.category, row.category === parsed.category);
    const expectedBudget = row.budget_amount_yuan;
    const budgetRight =
      expectedBudget === null
        ? parsed.budgetYuan === null
        : parsed.budgetYuan !== null && Math.abs(parsed.budgetYuan - expectedBudget) <= BUDGET_TOLERANCE_YUAN;
    score(budget, row.id, expectedBudget, budgetRight ? parsed.budgetYuan : `${parsed.budgetYuan} (${parsed.budgetSourceText})`, budgetRight);
  }

  const metrics = [levels.province, levels.city, levels.district, category, budget];
  printTable(file, rows.length, metrics);
  for (const m of metrics) printMisses(m);
  // Not a miss (the label says "unknowable" at that level), but worth a look: listed in the JSON.
  if (overSpecific.length) console.log(`\nMore specific than the label, not counted: ${overSpecific.length} (see overSpecific in the JSON)`);

  mkdirSync(dirname(OUTPUT), { recursive: true });
  const summary = metrics.map((m) => ({ metric: m.name, right: m.right, total: m.total, accuracy: percent(m), target: m.target, misses: m.misses }));
  writeFileSync(OUTPUT, JSON.stringify({ data: file, bulletins: rows.length, generatedAt: new Date().toISOString(), metrics: summary, overSpecific }, null, 2));
  console.log(`\nWrote ${OUTPUT}`);
}

function levelNames(code: string | null): Record<Level, string | null> {
  const out: Record<Level, string | null> = { province: null, city: null, district: null };
  if (!code) return out;
  for (const region of regionPath(code)) out[region.level] = region.name;
  const province = regionPath(code)[0];
  if (province && MUNICIPALITIES.has(province.code)) out.city = province.name;
  return out;
}

function score(m: Metric, id: string, expected: unknown, got: unknown, right: boolean): void {
  m.total++;
  if (right) m.right++;
  else m.misses.push({ id, expected, got });
}

function percent(m: Metric): number {
  return m.total ? Math.round((m.right / m.total) * 1000) / 10 : 0;
}

function printTable(file: string, count: number, metrics: Metric[]): void {
  console.log(`Accuracy on ${count} bulletins from ${file}\n`);
  const rows = [
    ['metric', 'right', 'labelled', 'accuracy', 'target', ''],
    ...metrics.map((m) => [m.name, String(m.right), String(m.total), `${percent(m).toFixed(1)} %`, `≥ ${m.target} %`, percent(m) >= m.target ? 'ok' : 'BELOW']),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
}

function printMisses(m: Metric): void {
  if (!m.misses.length) return;
  console.log(`\n${m.name} misses (${m.misses.length}): id | expected | got`);
  for (const miss of m.misses) console.log(`  ${miss.id} | ${JSON.stringify(miss.expected)} | ${JSON.stringify(miss.got)}`);
}

main();
