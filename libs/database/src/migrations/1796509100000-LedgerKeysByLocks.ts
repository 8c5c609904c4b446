import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matches and notifications are written a hundred or more rows per bulletin by exactly two
 * statements, and a foreign key to members checks every row on its own: one more lookup of a
 * member row, on a page of its own, per row, which the notification insert already makes once
 * per member. The writers now take the key-share locks those keys took (the match insert on each
 * subscription, which a member's deletion deletes first; the notification insert on each member)
 * and the one deletion of members deletes their ledger rows itself. The keys to the bulletin
 * stay: they hold each row to its bulletin's month, which keeps the ledger's uniqueness exact
 * across monthly partitions.
 */
export class LedgerKeysByLocks1796509100000 implements MigrationInterface {
  name = 'LedgerKeysByLocks1796509100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "FK_05ae6038545b7f712222b00b3c5"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_38ed7ae62fa481f85f21cec2624"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['matches', 'notifications']) {
      await queryRunner.query(`DELETE FROM "${table}" x WHERE NOT EXISTS (SELECT 1 FROM "members" m WHERE m.id = x.member_id)`);
    }
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_38ed7ae62fa481f85f21cec2624" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "FK_05ae6038545b7f712222b00b3c5" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }
}
