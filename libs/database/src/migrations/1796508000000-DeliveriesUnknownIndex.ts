import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every message asks whether its member has deliveries of unknown fate since the last one sent
 * (to say so instead of resending). Through the member index that walked the member's whole
 * history in every monthly partition, per message; almost no delivery is ever `unknown`, so an
 * index of only those answers "none" at once.
 */
export class DeliveriesUnknownIndex1796508000000 implements MigrationInterface {
  name = 'DeliveriesUnknownIndex1796508000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_deliveries_unknown" ON "deliveries" ("member_id", "channel") WHERE status = 'unknown'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_deliveries_unknown"`);
  }
}
