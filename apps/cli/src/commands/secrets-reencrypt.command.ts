import { DataSource } from 'typeorm';
import { loadConfig, secretCipherOf } from '@app/config';
import { dataSourceOptions, reencryptChannelSecrets } from '@app/database';
import { parseCommandArgs } from '../cli-args';
import { type CliIo, println } from '../cli-io';

/** `cli secrets:reencrypt`: after a key rotation, every stored signing secret under the new key. */
export async function secretsReencryptCommand(args: string[], io: CliIo): Promise<number> {
  parseCommandArgs(args, {});
  const config = loadConfig();
  const cipher = secretCipherOf(config);
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  try {
    const changed = await reencryptChannelSecrets(dataSource, cipher);
    println(io.stdout, `${changed} endpoint(s) re-encrypted under key ${cipher.currentKeyId}`);
  } finally {
    await dataSource.destroy();
  }
  return 0;
}
