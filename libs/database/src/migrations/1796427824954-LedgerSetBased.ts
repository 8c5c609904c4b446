import { MigrationInterface, QueryRunner } from "typeorm";

export class LedgerSetBased1796427824954 implements MigrationInterface {
    name = 'LedgerSetBased1796427824954'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_bulletins_unmatched"`);
        await queryRunner.query(`ALTER TABLE "deliveries" DROP CONSTRAINT "uq_deliveries_member_channel_period"`);
        await queryRunner.query(`CREATE TABLE "bulletin_match_state" ("bulletin_id" uuid NOT NULL, "version" integer NOT NULL, "matched_shards" smallint array NOT NULL DEFAULT '{}', "matched_at" TIMESTAMP WITH TIME ZONE, "queued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2b0fedf23284c7be57fa9f4c071" PRIMARY KEY ("bulletin_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_bulletin_match_state_unmatched" ON "bulletin_match_state"  ("queued_at") WHERE matched_at IS NULL`);
        // Every bulletin still to be matched keeps its state; cross-source duplicates are never matched.
        await queryRunner.query(`INSERT INTO "bulletin_match_state" ("bulletin_id", "version", "matched_shards", "matched_at", "queued_at")
                                 SELECT "id", "version", "matched_shards", "matched_at", "updated_at" FROM "bulletins" WHERE "canonical_id" IS NULL`);
        await queryRunner.query(`ALTER TABLE "bulletins" DROP COLUMN "matched_at"`);
        await queryRunner.query(`ALTER TABLE "bulletins" DROP COLUMN "matched_shards"`);
        // Earlier windows could leave several untried instant deliveries per member; the earliest
        // carries every pending notification when it goes, so the later ones are redundant.
        await queryRunner.query(`DELETE FROM "deliveries" d WHERE d.kind = 'instant' AND d.status = 'pending' AND d.attempts = 0
                                   AND EXISTS (SELECT 1 FROM "deliveries" e WHERE e.member_id = d.member_id AND e.channel = d.channel
                                                 AND e.kind = 'instant' AND e.status = 'pending' AND e.attempts = 0 AND (e.due_at, e.id) < (d.due_at, d.id))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_deliveries_open_instant" ON "deliveries"  ("member_id", "channel") WHERE kind = 'instant' AND status = 'pending' AND attempts = 0`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_deliveries_member_channel_period" ON "deliveries"  ("member_id", "channel", "kind", "period_key") WHERE kind <> 'instant'`);
        await queryRunner.query(`ALTER TABLE "bulletin_match_state" ADD CONSTRAINT "FK_2b0fedf23284c7be57fa9f4c071" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "bulletin_match_state" DROP CONSTRAINT "FK_2b0fedf23284c7be57fa9f4c071"`);
        await queryRunner.query(`DROP INDEX "public"."uq_deliveries_member_channel_period"`);
        await queryRunner.query(`DROP INDEX "public"."uq_deliveries_open_instant"`);
        await queryRunner.query(`ALTER TABLE "bulletins" ADD "matched_shards" smallint array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "bulletins" ADD "matched_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`UPDATE "bulletins" b SET "matched_shards" = s.matched_shards, "matched_at" = s.matched_at
                                   FROM "bulletin_match_state" s WHERE s.bulletin_id = b.id AND s.version = b.version`);
        await queryRunner.query(`DROP INDEX "public"."ix_bulletin_match_state_unmatched"`);
        await queryRunner.query(`DROP TABLE "bulletin_match_state"`);
        await queryRunner.query(`ALTER TABLE "deliveries" ADD CONSTRAINT "uq_deliveries_member_channel_period" UNIQUE ("member_id", "channel", "kind", "period_key")`);
        await queryRunner.query(`CREATE INDEX "ix_bulletins_unmatched" ON "bulletins" USING btree ("ingested_at") WHERE (matched_at IS NULL)`);
    }

}
