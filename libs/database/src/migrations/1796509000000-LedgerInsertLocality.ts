import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each bulletin writes one match per subscription it caught, and every index entry of those rows
 * keyed by a random value (a random uuid, a subscription) lands on a page of its own: at national
 * scale the ledger's indexes outgrow the buffer cache, so nearly every row read, dirtied and wrote
 * back a page per such index. Keys that follow the insert order keep a bulletin's rows together:
 * - ids are time-ordered uuids (version 7: milliseconds first, then random bits), so new ids go
 *   to the right edge of the primary key;
 * - a match is unique per (bulletin, subscription) in that order, which also serves lookups by
 *   bulletin, so the separate bulletin index goes.
 * Nothing is keyed by subscription any more, so a foreign key could not cascade a subscription's
 * deletion without scanning every partition: the match insert takes the key-share lock the
 * foreign key took, and deleting a subscription deletes its matches through the member index.
 */
export class LedgerInsertLocality1796509000000 implements MigrationInterface {
  name = 'LedgerInsertLocality1796509000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The random uuid's bytes with its first 48 bits replaced by the Unix time in milliseconds and
    // the version nibble set to 7 (0100 | 0011); the variant bits stay as generated.
    await queryRunner.query(`CREATE FUNCTION time_ordered_uuid() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
      SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
               PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
               FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
    $$`);
    await queryRunner.query(`ALTER TABLE "matches" ALTER COLUMN "id" SET DEFAULT time_ordered_uuid()`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "id" SET DEFAULT time_ordered_uuid()`);
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "uq_matches_subscription_bulletin"`);
    await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "uq_matches_bulletin_subscription" UNIQUE ("bulletin_id", "subscription_id", "bulletin_month")`);
    await queryRunner.query(`DROP INDEX "public"."ix_matches_bulletin"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "FK_99f0ad4b99f24a39e1a791f795c"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "matches" m WHERE NOT EXISTS (SELECT 1 FROM "subscriptions" s WHERE s.id = m.subscription_id)`);
    await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "FK_99f0ad4b99f24a39e1a791f795c" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE INDEX "ix_matches_bulletin" ON "matches" ("bulletin_id") `);
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "uq_matches_bulletin_subscription"`);
    await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "uq_matches_subscription_bulletin" UNIQUE ("subscription_id", "bulletin_id", "bulletin_month")`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "id" SET DEFAULT gen_random_uuid()`);
    await queryRunner.query(`ALTER TABLE "matches" ALTER COLUMN "id" SET DEFAULT gen_random_uuid()`);
    await queryRunner.query(`DROP FUNCTION time_ordered_uuid()`);
  }
}
