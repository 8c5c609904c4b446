import type { INestApplicationContext } from '@nestjs/common';
import { NotFoundError } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import { parseCommandArgs, requiredOption } from '../cli-args';
import { type CliIo } from '../cli-io';
import { withCliApp } from '../cli.module';
import { printIssuedKey, sourceByName } from '../sources/issued-key';

/** `cli source:key`: another API key for an existing source (rotation: issue, switch, revoke the old). */
export async function sourceKeyCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { name: { type: 'string' } });
  const name = requiredOption(values.name, 'name');
  return withCliApp(io, (app) => issueSourceKey(app, name, io));
}

export async function issueSourceKey(app: INestApplicationContext, name: string, io: CliIo): Promise<number> {
  const source = await sourceByName(app, name);
  if (!source) throw new NotFoundError('Source');
  await printIssuedKey(app, source, await app.get(SourcesService).issueKey(source.id), io);
  return 0;
}
