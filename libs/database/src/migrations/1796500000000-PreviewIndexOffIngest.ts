import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The preview's bigram index moves off the ingest path. Maintained on bulletins, the GIN index
 * cost ~3.7 ms of database CPU per inserted bulletin (more than everything else ingest does) and
 * capped ingest far below a national feed's bursts. Now:
 *  - bulletin_bigrams holds each bulletin's bigrams (text_bigrams of title_match and body_match)
 *    as a plain array column with the GIN index; the worker fills it in batches;
 *  - bulletin_search_pending names the bulletins whose bigrams are missing or stale. Triggers on
 *    bulletins put every inserted bulletin there, and every one whose matching text changed, so
 *    no writer (ingest, cli import, fixtures) can leave a bulletin unsearchable;
 *  - preview takes index hits only for bulletins not pending, and checks the pending ones (a
 *    short backlog) by plain substring search: exact at any backlog, fast when it is short.
 * Existing bulletins go to the pending list here (cheap) and the worker indexes them afterwards.
 */
export class PreviewIndexOffIngest1796500000000 implements MigrationInterface {
  name = 'PreviewIndexOffIngest1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "bulletin_bigrams" ("bulletin_id" uuid NOT NULL, "grams" text array NOT NULL, CONSTRAINT "PK_bulletin_bigrams" PRIMARY KEY ("bulletin_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_bulletin_bigrams_grams" ON "bulletin_bigrams" USING gin ("grams")`);
    await queryRunner.query(
      `ALTER TABLE "bulletin_bigrams" ADD CONSTRAINT "FK_bulletin_bigrams_bulletin" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "bulletin_search_pending" ("bulletin_id" uuid NOT NULL, "queued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bulletin_search_pending" PRIMARY KEY ("bulletin_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "bulletin_search_pending" ADD CONSTRAINT "FK_bulletin_search_pending_bulletin" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // One statement per inserting statement (a batch of any size), not one per row.
    await queryRunner.query(`CREATE FUNCTION bulletins_search_pending_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO bulletin_search_pending (bulletin_id) SELECT id FROM inserted ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "tr_bulletins_search_inserted" AFTER INSERT ON "bulletins"
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION bulletins_search_pending_inserted()`);
    // Updates are rare (a source corrects its notice) and most leave the text alone: per row, when it changed.
    await queryRunner.query(`CREATE FUNCTION bulletins_search_pending_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO bulletin_search_pending (bulletin_id) VALUES (NEW.id) ON CONFLICT (bulletin_id) DO UPDATE SET queued_at = now();
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "tr_bulletins_search_changed" AFTER UPDATE OF title_match, body_match ON "bulletins"
      FOR EACH ROW WHEN (OLD.title_match IS DISTINCT FROM NEW.title_match OR OLD.body_match IS DISTINCT FROM NEW.body_match)
      EXECUTE FUNCTION bulletins_search_pending_changed()`);
    await queryRunner.query(`DROP INDEX "public"."ix_bulletins_bigrams"`);
    await queryRunner.query(`INSERT INTO "bulletin_search_pending" ("bulletin_id") SELECT "id" FROM "bulletins"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_bulletins_bigrams" ON "bulletins" USING gin (text_bigrams(title_match, body_match))`);
    await queryRunner.query(`DROP TRIGGER "tr_bulletins_search_changed" ON "bulletins"`);
    await queryRunner.query(`DROP FUNCTION bulletins_search_pending_changed()`);
    await queryRunner.query(`DROP TRIGGER "tr_bulletins_search_inserted" ON "bulletins"`);
    await queryRunner.query(`DROP FUNCTION bulletins_search_pending_inserted()`);
    await queryRunner.query(`DROP TABLE "bulletin_search_pending"`);
    await queryRunner.query(`DROP TABLE "bulletin_bigrams"`);
  }
}
