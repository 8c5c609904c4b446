import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiKey, Source } from '@app/domain';
import { type CliIo, println } from '../cli-io';

// SourcesService returns only the key text; its id (for source:revoke) is found by the key's prefix.
const KEY_PREFIX = /^ta_([a-f0-9]{12})_/;

/** Prints a new key with its id; the key itself is never shown again. */
export async function printIssuedKey(app: INestApplicationContext, source: Source, apiKey: string, io: CliIo): Promise<void> {
  const prefix = KEY_PREFIX.exec(apiKey)?.[1];
  const key = prefix ? await app.get(DataSource).getRepository(ApiKey).findOneBy({ prefix }) : null;
  if (!key) throw new Error('the issued key was not found');
  println(io.stdout, `source   ${source.name} (${source.id})`);
  println(io.stdout, `key id   ${key.id}`);
  println(io.stdout, `api key  ${apiKey}`);
  println(io.stderr, 'The API key is shown only this once: store it now.');
}

export function sourceByName(app: INestApplicationContext, name: string): Promise<Source | null> {
  return app.get(DataSource).getRepository(Source).findOneBy({ name });
}
