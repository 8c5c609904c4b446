import { highlight, snippet } from './highlight';

const marked = (text: string, entries: string[]) =>
  highlight(text, entries)
    .filter((s) => s.hit)
    .map((s) => s.text);

describe('highlighting hit terms', () => {
  it('marks each part of an entry with spaces', () => {
    expect(highlight('渝中区道路改造工程招标公告', ['道路 改造'])).toEqual([
      { text: '渝中区', hit: false },
      { text: '道路改造', hit: true },
      { text: '工程招标公告', hit: false },
    ]);
  });

  it('marks every occurrence and overlapping terms as one run', () => {
    expect(marked('道路 桥梁 道路', ['道路'])).toEqual(['道路', '道路']);
    expect(marked('市政道路工程', ['市政道路', '道路工程'])).toEqual(['市政道路工程']);
  });

  it('matches full-width and upper-case text as the matcher does, keeping the original characters', () => {
    expect(marked('ＬＥＤ路灯采购', ['led'])).toEqual(['ＬＥＤ']);
    expect(marked('LED路灯', ['Led'])).toEqual(['LED']);
  });

  it('keeps markup as text: it is never parsed', () => {
    const segments = highlight('<img src=x onerror=alert(1)>道路', ['道路']);
    expect(segments[0]).toEqual({ text: '<img src=x onerror=alert(1)>', hit: false });
    expect(segments.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)>道路');
  });

  it('returns the text unmarked without terms, and nothing for empty text', () => {
    expect(highlight('招标公告', [])).toEqual([{ text: '招标公告', hit: false }]);
    expect(highlight('', ['道路'])).toEqual([]);
  });

  it('cuts a snippet around the first hit', () => {
    const body = `${'前'.repeat(100)}道路改造${'后'.repeat(100)}`;
    const s = snippet(body, ['道路'], 40);
    expect(s).toContain('道路改造');
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(snippet('短文本', ['道路'])).toBe('短文本');
  });
});
