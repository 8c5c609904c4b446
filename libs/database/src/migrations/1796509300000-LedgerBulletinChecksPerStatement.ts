import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matches and notifications hold each row to its bulletin's month, which keeps the ledger's unique
 * keys exact across monthly partitions. A foreign key did that one row at a time: for a bulletin
 * that reaches 150 members, 300 checks of the same bulletin row, each a lookup and a lock, about a
 * quarter of the insert's time. The same rules now hold per statement:
 * - an insert is checked once, over all the rows it wrote (a statement trigger reading them as a
 *   table), and fails as the key did when a row names a bulletin or month that does not exist;
 * - a ledger row never moves to another bulletin or month;
 * - a bulletin's month cannot move while ledger rows point at it;
 * - deleting bulletins deletes their ledger rows (once per statement).
 * The two writers read the bulletin with a key-share lock, once per statement, so a bulletin
 * cannot be deleted or change month under a match job, as the key's per-row locks ensured.
 */
export class LedgerBulletinChecksPerStatement1796509300000 implements MigrationInterface {
  name = 'LedgerBulletinChecksPerStatement1796509300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "fk_matches_bulletin_month"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_bulletin_month"`);
    await queryRunner.query(`
      CREATE FUNCTION ledger_rows_have_their_bulletin() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE stray record;
      BEGIN
        -- Each distinct (bulletin, month) probes the bulletins' key once (a statement writes one
        -- bulletin's rows); the LIMIT keeps the planner from scanning every bulletin to join them.
        SELECT k.bulletin_id, k.bulletin_month INTO stray
          FROM (SELECT DISTINCT bulletin_id, bulletin_month FROM written) k
          LEFT JOIN LATERAL (SELECT true AS found FROM bulletins b WHERE b.id = k.bulletin_id AND b.ledger_month = k.bulletin_month LIMIT 1) b ON true
         WHERE b.found IS NULL
         LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'insert on table "%" violates ledger_bulletin_month: bulletin % has no ledger month %', TG_TABLE_NAME, stray.bulletin_id, stray.bulletin_month
            USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION ledger_row_keeps_its_bulletin() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'update on table "%" violates ledger_bulletin_month: a ledger row keeps its bulletin and month', TG_TABLE_NAME
          USING ERRCODE = 'foreign_key_violation';
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION bulletin_month_fixed_under_ledger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM matches WHERE bulletin_id = OLD.id AND bulletin_month = OLD.ledger_month)
           OR EXISTS (SELECT 1 FROM notifications WHERE bulletin_id = OLD.id AND bulletin_month = OLD.ledger_month) THEN
          RAISE EXCEPTION 'update on table "bulletins" violates ledger_bulletin_month: bulletin % has ledger rows in %', OLD.id, OLD.ledger_month
            USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION bulletins_take_their_ledger_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM matches m USING gone g WHERE m.bulletin_id = g.id AND m.bulletin_month = g.ledger_month;
        DELETE FROM notifications n USING gone g WHERE n.bulletin_id = g.id AND n.bulletin_month = g.ledger_month;
        RETURN NULL;
      END $$`);
    for (const table of ['matches', 'notifications']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_have_their_bulletin AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION ledger_rows_have_their_bulletin()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_keep_their_bulletin BEFORE UPDATE OF bulletin_id, bulletin_month ON "${table}" FOR EACH ROW
           WHEN (OLD.bulletin_id IS DISTINCT FROM NEW.bulletin_id OR OLD.bulletin_month IS DISTINCT FROM NEW.bulletin_month)
           EXECUTE FUNCTION ledger_row_keeps_its_bulletin()`,
      );
    }
    await queryRunner.query(
      `CREATE TRIGGER bulletins_month_fixed_under_ledger BEFORE UPDATE OF ledger_month ON "bulletins" FOR EACH ROW
         WHEN (OLD.ledger_month IS DISTINCT FROM NEW.ledger_month) EXECUTE FUNCTION bulletin_month_fixed_under_ledger()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER bulletins_take_their_ledger_rows AFTER DELETE ON "bulletins" REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION bulletins_take_their_ledger_rows()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER bulletins_take_their_ledger_rows ON "bulletins"`);
    await queryRunner.query(`DROP TRIGGER bulletins_month_fixed_under_ledger ON "bulletins"`);
    for (const table of ['matches', 'notifications']) {
      await queryRunner.query(`DROP TRIGGER ${table}_keep_their_bulletin ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_have_their_bulletin ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION bulletins_take_their_ledger_rows()`);
    await queryRunner.query(`DROP FUNCTION bulletin_month_fixed_under_ledger()`);
    await queryRunner.query(`DROP FUNCTION ledger_row_keeps_its_bulletin()`);
    await queryRunner.query(`DROP FUNCTION ledger_rows_have_their_bulletin()`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_bulletin_month" FOREIGN KEY ("bulletin_id", "bulletin_month") REFERENCES "bulletins"("id","ledger_month") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "fk_matches_bulletin_month" FOREIGN KEY ("bulletin_id", "bulletin_month") REFERENCES "bulletins"("id","ledger_month") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
