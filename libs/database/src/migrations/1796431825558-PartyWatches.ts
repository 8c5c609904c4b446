import { MigrationInterface, QueryRunner } from "typeorm";

/** Watching an organisation (buyer, agency, winner) by its folded name, and why a notice reached a watcher. */
export class PartyWatches1796431825558 implements MigrationInterface {
    name = 'PartyWatches1796431825558'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "party_watches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "folded_name" character varying(200) NOT NULL, "role" character varying(8) NOT NULL, "channels" text array NOT NULL DEFAULT '{email}', "frequency" character varying(8) NOT NULL DEFAULT 'instant', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_party_watches_member_party_role" UNIQUE ("member_id", "folded_name", "role"), CONSTRAINT "ck_party_watches_channels" CHECK (channels <@ ARRAY['email','sms']::text[] AND cardinality(channels) > 0), CONSTRAINT "ck_party_watches_frequency" CHECK (frequency IN ('instant','daily','weekly')), CONSTRAINT "ck_party_watches_role" CHECK (role IN ('any','buyer','agency','winner')), CONSTRAINT "PK_b8a000b3e2ef77f1f638bbe32d5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_party_watches_folded" ON "party_watches"  ("folded_name") `);
        await queryRunner.query(`CREATE TABLE "watch_notices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "bulletin_id" uuid NOT NULL, "watch_id" uuid NOT NULL, "role" character varying(8) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_watch_notices_member_bulletin" UNIQUE ("member_id", "bulletin_id"), CONSTRAINT "PK_c324cd5725d421cf96c8dc4db11" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "party_watches" ADD CONSTRAINT "FK_589eecd5966d9a181e1949d0a93" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "watch_notices" ADD CONSTRAINT "FK_531ac67cd4d63b88365a6d69237" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "watch_notices" ADD CONSTRAINT "FK_508bb819e581fdc40f9ff590f93" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "watch_notices" DROP CONSTRAINT "FK_508bb819e581fdc40f9ff590f93"`);
        await queryRunner.query(`ALTER TABLE "watch_notices" DROP CONSTRAINT "FK_531ac67cd4d63b88365a6d69237"`);
        await queryRunner.query(`ALTER TABLE "party_watches" DROP CONSTRAINT "FK_589eecd5966d9a181e1949d0a93"`);
        await queryRunner.query(`DROP TABLE "watch_notices"`);
        await queryRunner.query(`DROP INDEX "public"."ix_party_watches_folded"`);
        await queryRunner.query(`DROP TABLE "party_watches"`);
    }

}
