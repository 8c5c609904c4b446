import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the parser reads beyond category and budget: the notice's stage, its winners and the award
 * amount; subscriptions can ask for stages as well as whole categories. Buyer, agency, project code
 * and deadline were already columns.
 */
export class BulletinStagesAndParties1796427676543 implements MigrationInterface {
  name = 'BulletinStagesAndParties1796427676543';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bulletins" ADD "stage" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "bulletins" ADD "winners" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "bulletins" ADD "award_yuan" numeric(18,2)`);
    await queryRunner.query(`CREATE INDEX "ix_bulletins_stage" ON "bulletins" ("stage") `);
    await queryRunner.query(`ALTER TABLE "subscriptions" ADD "stages" text array NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "subscriptions" DROP COLUMN "stages"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bulletins_stage"`);
    await queryRunner.query(`ALTER TABLE "bulletins" DROP COLUMN "award_yuan"`);
    await queryRunner.query(`ALTER TABLE "bulletins" DROP COLUMN "winners"`);
    await queryRunner.query(`ALTER TABLE "bulletins" DROP COLUMN "stage"`);
  }
}
