import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Phone binding codes; a token version on members so that access tokens can be revoked; the
 * successor of a rotated refresh token, so that reuse of a spent one can be told from a logout.
 */
export class MemberAccounts1795739379411 implements MigrationInterface {
  name = 'MemberAccounts1795739379411';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "phone_codes" ("member_id" uuid NOT NULL, "phone" character varying(20) NOT NULL, "code_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" smallint NOT NULL DEFAULT '0', "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5d9742f74049c2c56b92e8e5d37" PRIMARY KEY ("member_id"))`);
    await queryRunner.query(`ALTER TABLE "members" ADD "token_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD "replaced_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "phone_codes" ADD CONSTRAINT "FK_5d9742f74049c2c56b92e8e5d37" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "phone_codes" DROP CONSTRAINT "FK_5d9742f74049c2c56b92e8e5d37"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "replaced_by_id"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "token_version"`);
    await queryRunner.query(`DROP TABLE "phone_codes"`);
  }
}
