import { ImportTally, formatSummary } from './import-tally';

describe('ImportTally', () => {
  it('counts each rejected field once: "missing" when the item had none, else the type check', () => {
    const tally = new ImportTally();
    const missingTitle = [
      { field: 'title', message: 'title must be shorter than or equal to 1000 characters' },
      { field: 'title', message: 'title must be longer than or equal to 1 characters' },
      { field: 'title', message: 'title must be a string' },
    ];
    tally.add('rejected', missingTitle, { sourceId: 'a' });
    tally.add('rejected', missingTitle, { sourceId: 'b' });
    tally.add(
      'rejected',
      [
        { field: 'budgetYuan', message: 'budgetYuan must not be less than 0' },
        { field: 'budgetYuan', message: 'budgetYuan must be a number' },
      ],
      { budgetYuan: '很多' },
    );
    tally.add('rejected', [{ field: '(line)', message: 'invalid JSON' }]);
    tally.add('created');
    tally.ignore(['notes', 'provenance']);
    tally.ignore(['notes']);

    const summary = tally.summary('crawler-a', '/tmp/x.rejects.jsonl');
    expect(summary).toMatchObject({
      source: 'crawler-a',
      records: 5,
      counts: { created: 1, updated: 0, duplicate: 0, rejected: 4 },
      ignoredFields: ['notes', 'provenance'],
    });
    expect(summary.reasons).toEqual([
      { reason: 'title: missing', count: 2 },
      { reason: 'budgetYuan: budgetYuan must be a number', count: 1 },
      { reason: '(line): invalid JSON', count: 1 },
    ]);

    const printed = formatSummary(summary).join('\n');
    expect(printed).toMatch(/^5 records into source "crawler-a" in [\d.]+ s \(\d+ records\/s\)/);
    expect(printed).toContain('  rejected          4  → /tmp/x.rejects.jsonl');
    expect(printed).toContain('       2  title: missing');
    expect(printed).toContain('ignored fields: notes, provenance');
  });
});
