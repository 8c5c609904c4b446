import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/** Word boundaries of a short run of text: offsets where a word starts or ends, 0 and length included. */
export type BoundaryFinder = (run: string) => number[];

let intl: Intl.Segmenter | null = null;
let jieba: Jieba | null = null;

/** ICU's dictionary segmenter, built into Node. Splits some two-character words (养|护). */
export const intlBoundaries: BoundaryFinder = (run) => {
  intl ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: number[] = [];
  for (const s of intl.segment(run)) out.push(s.index);
  out.push(run.length);
  return out;
};

/** jieba (Rust, default dictionary, no HMM). Keeps longer compounds whole (市政道路, 工程师). */
export const jiebaBoundaries: BoundaryFinder = (run) => {
  // Loading the dictionary takes ~0.4 s: only on the first hit that needs a segmenter.
  jieba ??= Jieba.withDict(dict);
  const out = [0];
  let at = 0;
  for (const word of jieba.cut(run, false)) out.push((at += word.length));
  return out;
};

/** Loads both segmenters now (jieba's dictionary takes ~0.4 s), e.g. before a worker takes jobs. */
export function warmUpSegmenters(): void {
  jiebaBoundaries('市政道路');
  intlBoundaries('市政道路');
}

/** jieba's words of a short run with their part-of-speech tags (n noun, v verb, s place, …). */
export function jiebaTaggedWords(run: string): Array<{ word: string; tag: string }> {
  jieba ??= Jieba.withDict(dict);
  return jieba.tag(run, false);
}
