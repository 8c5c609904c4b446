import type { SecretCipher } from '@app/config';
import type { DataSource } from 'typeorm';

/**
 * Writes every stored signing secret again under the current key (plain ones included), one row
 * at a time under a row lock, so it can run beside a live api and worker. Run after a key rotation,
 * before an old key leaves SECRETS_ENCRYPTION_OLD_KEYS. Returns how many rows changed.
 */
export async function reencryptChannelSecrets(dataSource: DataSource, cipher: SecretCipher): Promise<number> {
  const ids: Array<{ id: string }> = await dataSource.query(
    `SELECT id FROM webhook_endpoints WHERE secret IS NOT NULL OR previous_secret IS NOT NULL ORDER BY id`,
  );
  let changed = 0;
  for (const { id } of ids) {
    changed += await dataSource.transaction(async (tx) => {
      const [row] = await tx.query<Array<{ secret: string | null; previous_secret: string | null }>>(
        `SELECT secret, previous_secret FROM webhook_endpoints WHERE id = $1 FOR UPDATE`,
        [id],
      );
      const stale = (v: string | null) => v !== null && cipher.needsReencryption(v);
      if (!row || (!stale(row.secret) && !stale(row.previous_secret))) return 0;
      const again = (v: string | null) => (v === null || !stale(v) ? v : cipher.encrypt(cipher.reveal(v)!));
      await tx.query(`UPDATE webhook_endpoints SET secret = $2, previous_secret = $3 WHERE id = $1`, [
        id,
        again(row.secret),
        again(row.previous_secret),
      ]);
      return 1;
    });
  }
  return changed;
}
