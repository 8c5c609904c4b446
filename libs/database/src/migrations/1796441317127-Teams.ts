import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Teams: admin-made groups of members whose matches go to a team endpoint, on the ledger's `team`
 * channel (one notification per member, bulletin and channel as ever), each bulletin sent to a team
 * endpoint once however many members matched it (team_endpoint_bulletins).
 */
export class Teams1796441317127 implements MigrationInterface {
    name = 'Teams1796441317127'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "subscription_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_teams_name" ON "teams"  ("name") `);
        await queryRunner.query(`CREATE TABLE "team_endpoint_bulletins" ("endpoint_id" uuid NOT NULL, "bulletin_id" uuid NOT NULL, "delivery_id" uuid NOT NULL, CONSTRAINT "PK_0fcfe2ae3d720874a8943a2e8ad" PRIMARY KEY ("endpoint_id", "bulletin_id"))`);
        await queryRunner.query(`CREATE TABLE "team_members" ("team_id" uuid NOT NULL, "member_id" uuid NOT NULL, CONSTRAINT "PK_3bd1f5c198d0b5c15d775691457" PRIMARY KEY ("team_id", "member_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_fdad7d5768277e60c40e01cdce" ON "team_members"  ("team_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_3c531250af4b2d54e871bb3077" ON "team_members"  ("member_id") `);
        await queryRunner.query(`ALTER TABLE "webhook_endpoints" ADD "team_id" uuid`);
        await queryRunner.query(`CREATE INDEX "ix_webhook_endpoints_team" ON "webhook_endpoints"  ("team_id") `);
        await queryRunner.query(`ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "FK_f8e5ab27f2f5b87cb33fa5f0556" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "team_endpoint_bulletins" ADD CONSTRAINT "FK_7077e9a49fa46026f19bb08869a" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "team_members" ADD CONSTRAINT "FK_fdad7d5768277e60c40e01cdcea" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "team_members" ADD CONSTRAINT "FK_3c531250af4b2d54e871bb30771" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        for (const table of ['deliveries', 'notifications']) {
            await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "ck_${table}_channel"`);
            await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "ck_${table}_channel" CHECK (channel IN ('email','sms','wechat','webhook','robot','team'))`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DELETE FROM notifications WHERE channel = 'team'`);
        await queryRunner.query(`DELETE FROM deliveries WHERE channel = 'team'`);
        for (const table of ['deliveries', 'notifications']) {
            await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "ck_${table}_channel"`);
            await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "ck_${table}_channel" CHECK (channel IN ('email','sms','wechat','webhook','robot'))`);
        }
        await queryRunner.query(`ALTER TABLE "team_members" DROP CONSTRAINT "FK_3c531250af4b2d54e871bb30771"`);
        await queryRunner.query(`ALTER TABLE "team_members" DROP CONSTRAINT "FK_fdad7d5768277e60c40e01cdcea"`);
        await queryRunner.query(`ALTER TABLE "team_endpoint_bulletins" DROP CONSTRAINT "FK_7077e9a49fa46026f19bb08869a"`);
        await queryRunner.query(`ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "FK_f8e5ab27f2f5b87cb33fa5f0556"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_endpoints_team"`);
        await queryRunner.query(`ALTER TABLE "webhook_endpoints" DROP COLUMN "team_id"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3c531250af4b2d54e871bb3077"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fdad7d5768277e60c40e01cdce"`);
        await queryRunner.query(`DROP TABLE "team_members"`);
        await queryRunner.query(`DROP TABLE "team_endpoint_bulletins"`);
        await queryRunner.query(`DROP INDEX "public"."uq_teams_name"`);
        await queryRunner.query(`DROP TABLE "teams"`);
    }

}
