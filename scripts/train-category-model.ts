// Trains the fallback classifier of notice kinds: a multinomial naive Bayes model over the Han
// bigrams of each bulletin's title and opening (libs/parsing/src/category-model.ts), on the dev
// part of ../shared/data only, so the held-out part of `npm run report:accuracy` stays unseen.
// The model keeps counts for the most telling bigrams only (chi-squared against the classes).
// Run: npx ts-node -T -r tsconfig-paths/register scripts/train-category-model.ts
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BULLETIN_CATEGORIES } from '@app/parsing';
import { toDisplayText } from '@app/text';
import { MODEL_TEXT_CHARS, bigramsOf } from '../libs/parsing/src/category-model';
import { readLabelled, splitOf } from './accuracy/labelled';

const REPO_ROOT = resolve(__dirname, '..');
const FILES = ['bulletins-real.jsonl', 'bulletins-real-2.jsonl'].map((f) => resolve(REPO_ROOT, '../shared/data', f));
const OUTPUT = join(REPO_ROOT, 'libs/parsing/src/category-model.data.json');
const KEEP = 1500;
const MIN_DOCS = 3;

function main(): void {
  const rows = readLabelled(FILES).filter((r) => splitOf(r.id) === 'dev');
  if (!rows.length) {
    console.log('No labelled bulletins in ../shared/data; nothing to train on.');
    return;
  }
  const classes = [...BULLETIN_CATEGORIES];
  const docs = classes.map(() => 0);
  const counts = new Map<string, number[]>();
  const docFreq = new Map<string, number[]>();
  for (const row of rows) {
    const c = classes.indexOf(row.category as (typeof classes)[number]);
    if (c < 0) continue;
    docs[c]++;
    const text = toDisplayText(`${row.title ?? row.project_name ?? ''}\n${row.body.slice(0, MODEL_TEXT_CHARS)}`);
    const grams = bigramsOf(text);
    for (const g of grams)
      (counts.get(g) ??
        counts
          .set(
            g,
            classes.map(() => 0),
          )
          .get(g)!)[c]++;
    for (const g of new Set(grams))
      (docFreq.get(g) ??
        docFreq
          .set(
            g,
            classes.map(() => 0),
          )
          .get(g)!)[c]++;
  }
  const n = docs.reduce((a, b) => a + b, 0);
  // Chi-squared of "the bigram occurs in the document" against the class, best class kept.
  const scored = [...docFreq]
    .filter(([, df]) => df.reduce((a, b) => a + b, 0) >= MIN_DOCS)
    .map(([g, df]) => {
      const total = df.reduce((a, b) => a + b, 0);
      const chi = Math.max(
        ...df.map((a, c) => {
          const b = total - a;
          const cc = docs[c] - a;
          const d = n - docs[c] - b;
          const den = (a + cc) * (b + d) * (a + b) * (cc + d);
          return den ? (n * (a * d - cc * b) ** 2) / den : 0;
        }),
      );
      return [g, chi] as const;
    })
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, KEEP);
  const vocab: Record<string, number[]> = {};
  for (const [g] of scored.sort((x, y) => (x[0] < y[0] ? -1 : 1))) vocab[g] = counts.get(g)!;
  const totals = classes.map((_, c) => Object.values(vocab).reduce((a, v) => a + v[c], 0));
  writeFileSync(OUTPUT, `${JSON.stringify({ classes, docs, totals, vocab })}\n`);
  console.log(`Trained on ${n} dev bulletins; kept ${Object.keys(vocab).length} bigrams; wrote ${OUTPUT}`);
}

main();
