import { parseBulletin } from '@app/parsing';
import { type LinkInput, linkBulletins } from '@app/projects';
import { parseCommandArgs } from '../cli-args';
import { type CliIo, println, writeJsonLine } from '../cli-io';
import { parserInput, toIngestItem } from '../records/bulletin-record';
import { openInputRecords } from '../records/input-records';

/**
 * `cli link`: groups the bulletins of a JSON Lines file into projects, offline, as ingest links
 * them: one `{id, projectId}` line per input line, in input order. The whole file is read first,
 * since a later notice can join an earlier one.
 */
export async function linkCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, { max: 1 });
  const records = await openInputRecords(positionals[0], io);
  const items: Array<LinkInput | { line: number; error: string }> = [];
  let n = 0;
  for await (const record of records) {
    n++;
    if ('error' in record) {
      items.push({ line: record.line, error: record.error });
      continue;
    }
    const { item } = toIngestItem(record.fields);
    const parsed = parseBulletin(parserInput(item));
    const code = typeof item.projectCode === 'string' ? item.projectCode : null;
    items.push({
      // Lines without an id are named by their line number, so the output still lines up.
      id: typeof item.sourceId === 'string' ? item.sourceId : `line-${n}`,
      title: parsed.title || null,
      buyer: parsed.buyer,
      projectCode: code?.trim() || parsed.projectCode,
      publishedAt: parsed.publishedAt,
    });
  }
  const linkable = items.filter((i): i is LinkInput => 'id' in i);
  const projects = linkBulletins(linkable);
  for (const i of items) {
    await writeJsonLine(io.stdout, 'id' in i ? { id: i.id, projectId: projects.get(i.id) } : i);
  }
  const groups = new Set(projects.values()).size;
  println(io.stderr, `${linkable.length} bulletin(s) in ${groups} project(s)`);
  return 0;
}
