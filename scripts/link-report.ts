// Project linking on the real bulletins: pairwise precision and recall of linkBulletins against
// the hand-labelled groups in bench/link-labels.json (ids only; the text stays in ../shared/data).
// Run: npm run -s report:linking [file.jsonl ...]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseBulletin, parseDateTime } from '@app/parsing';
import { parserInput, toIngestItem } from '../apps/cli/src/records/bulletin-record';
import { linkBulletins, type LinkInput } from '@app/projects';

interface Row {
  id: string;
  title: string | null;
  project_name: string | null;
  buyer: string | null;
  project_code?: string | null;
  publish_date: string | null;
}

const REPO_ROOT = resolve(__dirname, '..');
const DEFAULT_FILES = ['bulletins-real.jsonl', 'bulletins-real-2.jsonl'].map((f) => resolve(REPO_ROOT, '../shared/data', f));
const OUTPUT = join(REPO_ROOT, 'bench/results/linking.json');

function pairs(groups: string[][]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) out.add([g[i], g[j]].sort().join(' '));
  return out;
}

function main(): void {
  const files = process.argv.slice(2).length ? process.argv.slice(2).map((f) => resolve(f)) : DEFAULT_FILES;
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`No labelled bulletins at ${missing.join(', ')}`);
    process.exit(1);
  }
  const rows = files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row),
  );
  const labels = JSON.parse(readFileSync(join(REPO_ROOT, 'bench/link-labels.json'), 'utf8')) as { groups: string[][] };
  const gold = pairs(labels.groups);
  // Two readings: the labelled fields (the linker alone), and what ingest stores (source fields,
  // else the parser's reading of the text) — what `cli link` and production link on.
  const labelled: LinkInput[] = rows.map((r) => ({
    id: r.id,
    title: r.title ?? r.project_name,
    buyer: r.buyer,
    projectCode: r.project_code ?? null,
    publishedAt: r.publish_date && /^\d{4}-\d{2}-\d{2}$/.test(r.publish_date) ? parseDateTime(r.publish_date) : null,
  }));
  const ingested: LinkInput[] = rows.map((r) => {
    const { item } = toIngestItem(r as unknown as Record<string, unknown>);
    const parsed = parseBulletin(parserInput(item));
    const code = typeof item.projectCode === 'string' ? item.projectCode.trim() : '';
    return {
      id: r.id,
      title: parsed.title || null,
      buyer: parsed.buyer,
      projectCode: code || parsed.projectCode,
      publishedAt: parsed.publishedAt,
    };
  });
  const results = { labelled: measure(labelled, gold), ingested: measure(ingested, gold) };
  console.table(
    Object.entries(results).map(([fields, r]) => ({
      fields,
      bulletins: rows.length,
      projects: r.projects,
      gold: gold.size,
      predicted: r.predictedPairs,
      precision: r.precision.toFixed(3),
      recall: r.recall.toFixed(3),
    })),
  );
  for (const [fields, r] of Object.entries(results)) {
    if (r.falsePairs.length) console.log(`${fields}: linked but labelled apart:`, r.falsePairs.join('; '));
    if (r.missed.length) console.log(`${fields}: labelled together but not linked:`, r.missed.join('; '));
  }
  mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
  writeFileSync(OUTPUT, `${JSON.stringify(results, null, 2)}\n`);
}

function measure(items: LinkInput[], gold: Set<string>) {
  const projects = linkBulletins(items);
  const byProject = new Map<string, string[]>();
  for (const [id, p] of projects) byProject.set(p, [...(byProject.get(p) ?? []), id]);
  const predicted = pairs([...byProject.values()]);
  const tp = [...predicted].filter((p) => gold.has(p));
  const falsePairs = [...predicted].filter((p) => !gold.has(p));
  const missed = [...gold].filter((p) => !predicted.has(p));
  return {
    projects: byProject.size,
    goldPairs: gold.size,
    predictedPairs: predicted.size,
    precision: predicted.size ? tp.length / predicted.size : 1,
    recall: gold.size ? tp.length / gold.size : 1,
    falsePairs,
    missed,
  };
}

main();
