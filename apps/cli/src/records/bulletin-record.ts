import type { BulletinInput as ParserInput } from '@app/parsing';

/**
 * Ingest fields (camelCase, as the API takes them) and the other names files use for them: the
 * snake_case of labelled data sets and common exports. The first
 * non-empty name wins.
 */
const FIELD_NAMES: Record<string, string[]> = {
  sourceId: ['sourceId', 'id'],
  url: ['url', 'source_url'],
  // Some feeds have no title, only the project name.
  title: ['title', 'project_name', 'projectName'],
  body: ['body'],
  bodyHtml: ['bodyHtml', 'body_html'],
  category: ['category'],
  regionText: ['regionText', 'region_text'],
  regionCode: ['regionCode', 'region_code'],
  publishedAt: ['publishedAt', 'publish_date', 'published_at'],
  deadlineAt: ['deadlineAt', 'deadline_at'],
  budgetYuan: ['budgetYuan', 'budget_amount_yuan', 'budget_yuan'],
  buyer: ['buyer'],
  agency: ['agency'],
  projectCode: ['projectCode', 'project_code'],
  stage: ['stage'],
  winners: ['winners'],
  awardYuan: ['awardYuan', 'award_amount_yuan', 'award_yuan'],
};
const KNOWN = new Set(Object.values(FIELD_NAMES).flat());

// A month or a year alone is not a publication date: drop it and let the parser read the text.
const PARTIAL_DATE = /^\s*\d{4}(-\d{1,2})?\s*$/;
// CSV cells are text: "712400.00" or "1,250,000" is a number of yuan.
const NUMBER_TEXT = /^\s*\d{1,3}(,\d{3})+(\.\d+)?\s*$|^\s*\d+(\.\d+)?\s*$/;

export interface MappedRecord {
  /** The item for BulletinIngestService.ingest: validated there, exactly as an API item is. */
  item: Record<string, unknown>;
  /** Field names that map to nothing (dropped). */
  ignored: string[];
}

/** Maps a record read from a file to the ingest shape. Unknown fields are dropped, not errors. */
export function toIngestItem(fields: Record<string, unknown>): MappedRecord {
  const item: Record<string, unknown> = {};
  for (const [target, names] of Object.entries(FIELD_NAMES)) {
    const value = names.map((n) => fields[n]).find(present);
    if (value !== undefined) item[target] = value;
  }
  if (typeof item.sourceId === 'number') item.sourceId = String(item.sourceId);
  for (const amount of ['budgetYuan', 'awardYuan']) {
    const v = item[amount];
    if (typeof v === 'string' && NUMBER_TEXT.test(v)) item[amount] = Number(v.replace(/[,\s]/g, ''));
  }
  if (typeof item.publishedAt === 'string' && PARTIAL_DATE.test(item.publishedAt)) delete item.publishedAt;
  return { item, ignored: Object.keys(fields).filter((k) => !KNOWN.has(k)) };
}

/**
 * What parseBulletin gets for an item, as bulletinFields passes it at ingest. With `textOnly`,
 * the source's category, budget, date, buyer, agency and project code are left out, so
 * everything is read from the text.
 */
export function parserInput(item: Record<string, unknown>, textOnly = false): ParserInput {
  const text = (k: string) => (typeof item[k] === 'string' ? item[k] : undefined);
  return {
    title: text('title'),
    body: text('body'),
    bodyHtml: text('bodyHtml'),
    regionText: text('regionText'),
    buyer: textOnly ? undefined : text('buyer'),
    agency: textOnly ? undefined : text('agency'),
    projectCode: textOnly ? undefined : text('projectCode'),
    category: textOnly ? undefined : text('category'),
    publishedAt: textOnly ? undefined : text('publishedAt'),
    budgetYuan: textOnly || typeof item.budgetYuan !== 'number' ? undefined : item.budgetYuan,
  };
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
}
