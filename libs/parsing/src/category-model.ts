import MODEL from './category-model.data.json';
import type { BulletinCategory } from './category';

/** Character-bigram naive Bayes model of notice kinds; written by scripts/train-category-model.ts. */
export interface CategoryModel {
  classes: BulletinCategory[];
  /** Documents per class in training. */
  docs: number[];
  /** Bigram occurrences per class over the kept vocabulary. */
  totals: number[];
  vocab: Record<string, number[]>;
}

const model = MODEL as unknown as CategoryModel;
// What the model reads: the title and the opening of the body, where the kind of notice is said.
export const MODEL_TEXT_CHARS = 400;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Han-character bigrams of a text (the model's features), with repeats. */
export function bigramsOf(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.matchAll(HAN_RUN)) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/**
 * The most likely category by the model, with its posterior probability; null when the text has
 * no bigram the model knows.
 */
export function predictCategory(text: string, m: CategoryModel = model): { category: BulletinCategory; probability: number } | null {
  const features = bigramsOf(text).filter((b) => m.vocab[b]);
  if (!features.length) return null;
  const vocabSize = Object.keys(m.vocab).length;
  const docTotal = m.docs.reduce((a, b) => a + b, 0);
  const scores = m.classes.map((_, c) => {
    let score = Math.log((m.docs[c] + 1) / (docTotal + m.classes.length));
    for (const f of features) score += Math.log((m.vocab[f][c] + 1) / (m.totals[c] + vocabSize));
    return score;
  });
  const best = scores.indexOf(Math.max(...scores));
  const norm = scores.reduce((a, s) => a + Math.exp(s - scores[best]), 0);
  return { category: m.classes[best], probability: 1 / norm };
}
