import { MigrationInterface, QueryRunner } from "typeorm";
import { loadConfig } from "../../../config/src/app-config";
import { secretCipherOf } from "../../../config/src/config.module";

type Row = { id: string; secret: string | null; previous_secret: string | null };

/**
 * Webhook and robot signing secrets are kept encrypted (AES-256-GCM, SECRETS_ENCRYPTION_KEY).
 * Rows written before are encrypted here, and rows under an old key are written again under the
 * current one; down() puts plain values back. Data only: the columns stay text.
 */
export class EncryptChannelSecrets1796432000000 implements MigrationInterface {
    name = 'EncryptChannelSecrets1796432000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const cipher = secretCipherOf(loadConfig());
        const rows = (await queryRunner.query(`SELECT id, secret, previous_secret FROM webhook_endpoints WHERE secret IS NOT NULL OR previous_secret IS NOT NULL FOR UPDATE`)) as Row[];
        for (const row of rows) {
            const again = (v: string | null) => (v === null || !cipher.needsReencryption(v) ? v : cipher.encrypt(cipher.reveal(v)!));
            await queryRunner.query(`UPDATE webhook_endpoints SET secret = $2, previous_secret = $3 WHERE id = $1`, [row.id, again(row.secret), again(row.previous_secret)]);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const cipher = secretCipherOf(loadConfig());
        const rows = (await queryRunner.query(`SELECT id, secret, previous_secret FROM webhook_endpoints WHERE secret IS NOT NULL OR previous_secret IS NOT NULL FOR UPDATE`)) as Row[];
        for (const row of rows) {
            await queryRunner.query(`UPDATE webhook_endpoints SET secret = $2, previous_secret = $3 WHERE id = $1`, [row.id, cipher.reveal(row.secret), cipher.reveal(row.previous_secret)]);
        }
    }
}
