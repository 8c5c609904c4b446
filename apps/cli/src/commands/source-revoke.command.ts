import type { INestApplicationContext } from '@nestjs/common';
import { SourcesService } from '@app/domain/ingest';
import { parseCommandArgs, requiredOption } from '../cli-args';
import { UsageError } from '../cli.errors';
import { type CliIo, println } from '../cli-io';
import { withCliApp } from '../cli.module';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `cli source:revoke`: the key stops working at once; the source and its other keys stay. */
export async function sourceRevokeCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { 'key-id': { type: 'string' } });
  const keyId = requiredOption(values['key-id'], 'key-id');
  // Postgres would reject a malformed uuid with a confusing error; say what is wrong instead.
  if (!UUID.test(keyId)) throw new UsageError('--key-id must be a key id (a uuid, as printed by source:create and source:key)');
  return withCliApp(io, (app) => revokeSourceKey(app, keyId, io));
}

export async function revokeSourceKey(app: INestApplicationContext, keyId: string, io: CliIo): Promise<number> {
  await app.get(SourcesService).revokeKey(keyId);
  println(io.stdout, `revoked key ${keyId}`);
  return 0;
}
