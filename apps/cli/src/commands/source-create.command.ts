import type { INestApplicationContext } from '@nestjs/common';
import { SourcesService } from '@app/domain/ingest';
import { parseCommandArgs, requiredOption } from '../cli-args';
import type { CliIo } from '../cli-io';
import { withCliApp } from '../cli.module';
import { printIssuedKey } from '../sources/issued-key';

/** `cli source:create`: a new source and its first API key, printed once (only its hash is stored). */
export async function sourceCreateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { name: { type: 'string' } });
  const name = requiredOption(values.name, 'name');
  return withCliApp(io, (app) => createSource(app, name, io));
}

export async function createSource(app: INestApplicationContext, name: string, io: CliIo): Promise<number> {
  const { source, apiKey } = await app.get(SourcesService).create(name);
  await printIssuedKey(app, source, apiKey, io);
  return 0;
}
