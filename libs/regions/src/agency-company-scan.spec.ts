import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceSuffixFirst, toMatchText } from '@app/text';
import { AGENCY_COMPANY } from './bulletin-fields';

const OWN_SET = join(__dirname, '../../../test/fixtures/own-field-set.jsonl');

describe('agency company names, found suffix first', () => {
  it('blank what a global replace blanks, on every title and body of our own set', () => {
    const global = new RegExp(AGENCY_COMPANY.name.source, 'gu');
    let blanked = 0;
    for (const line of readFileSync(OWN_SET, 'utf8')
      .split('\n')
      .filter((l) => l.trim())) {
      const row = JSON.parse(line) as { title: string | null; body: string };
      for (const text of [toMatchText(row.title ?? ''), toMatchText(row.body)]) {
        const want = text.replace(global, '|');
        if (want !== text) blanked++;
        expect(replaceSuffixFirst(text, AGENCY_COMPANY, '|')).toBe(want);
      }
    }
    expect(blanked).toBeGreaterThan(300);
  });
});
