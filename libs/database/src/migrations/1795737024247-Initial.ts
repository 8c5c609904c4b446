import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795737024247 implements MigrationInterface {
    name = 'Initial1795737024247'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "sources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ee4027d72bd2c0c01c4d1fc1109" UNIQUE ("name"), CONSTRAINT "PK_85523beafe5a2a6b90b02096443" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "bulletins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_id" uuid NOT NULL, "source_ref" character varying(200) NOT NULL, "url" character varying(2000), "title" text NOT NULL, "body" text NOT NULL, "title_match" text NOT NULL, "body_match" text NOT NULL, "category" character varying(16) NOT NULL, "region_code" character(6), "region_text" character varying(500), "published_at" TIMESTAMP WITH TIME ZONE, "budget_yuan" numeric(18,2), "buyer" character varying(500), "agency" character varying(500), "project_code" character varying(200), "deadline_at" TIMESTAMP WITH TIME ZONE, "dedupe_key" character varying(64), "canonical_id" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "ingested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "matched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_bulletins_source_ref" UNIQUE ("source_id", "source_ref"), CONSTRAINT "ck_bulletins_category" CHECK (category IN ('tender','award','change','intent','proposed','news','other')), CONSTRAINT "PK_2a8a95dd56d5a3507074c35954e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_bulletins_region" ON "bulletins"  ("region_code") `);
        await queryRunner.query(`CREATE INDEX "ix_bulletins_dedupe_key" ON "bulletins"  ("dedupe_key") `);
        await queryRunner.query(`CREATE INDEX "ix_bulletins_published" ON "bulletins"  ("published_at") `);
        await queryRunner.query(`CREATE INDEX "ix_bulletins_unmatched" ON "bulletins"  ("ingested_at") WHERE matched_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(200) NOT NULL, "role" character varying(16) NOT NULL DEFAULT 'member', "plan" character varying(16) NOT NULL DEFAULT 'free', "status" character varying(16) NOT NULL DEFAULT 'active', "email_verified_at" TIMESTAMP WITH TIME ZONE, "display_name" character varying(100), "company" character varying(200), "phone" character varying(20), "phone_verified_at" TIMESTAMP WITH TIME ZONE, "timezone" character varying(64) NOT NULL DEFAULT 'Asia/Shanghai', "digest_hour" smallint NOT NULL DEFAULT '8', "digest_weekday" smallint NOT NULL DEFAULT '1', "quiet_start" character varying(5) NOT NULL DEFAULT '22:00', "quiet_end" character varying(5) NOT NULL DEFAULT '08:00', "email_enabled" boolean NOT NULL DEFAULT true, "sms_enabled" boolean NOT NULL DEFAULT false, "consent_at" TIMESTAMP WITH TIME ZONE, "email_bounced_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_members_digest_weekday" CHECK (digest_weekday BETWEEN 0 AND 6), CONSTRAINT "ck_members_digest_hour" CHECK (digest_hour BETWEEN 0 AND 23), CONSTRAINT "ck_members_status" CHECK (status IN ('active','suspended')), CONSTRAINT "ck_members_plan" CHECK (plan IN ('free','pro')), CONSTRAINT "ck_members_role" CHECK (role IN ('member','admin')), CONSTRAINT "PK_28b53062261b996d9c99fa12404" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_members_email" ON "members"  ("email") `);
        await queryRunner.query(`CREATE TABLE "subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "keywords" text array NOT NULL DEFAULT '{}', "exclude_words" text array NOT NULL DEFAULT '{}', "scope" character varying(16) NOT NULL DEFAULT 'title_body', "regions" text array NOT NULL DEFAULT '{}', "categories" text array NOT NULL DEFAULT '{}', "budget_min" numeric(18,2), "budget_max" numeric(18,2), "require_budget" boolean NOT NULL DEFAULT false, "channels" text array NOT NULL DEFAULT '{email}', "frequency" character varying(16) NOT NULL DEFAULT 'instant', "paused_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_subscriptions_budget" CHECK (budget_min IS NULL OR budget_max IS NULL OR budget_min <= budget_max), CONSTRAINT "ck_subscriptions_frequency" CHECK (frequency IN ('instant','daily','weekly')), CONSTRAINT "ck_subscriptions_scope" CHECK (scope IN ('title','title_body')), CONSTRAINT "PK_a87248d73155605cf782be9ee5e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_subscriptions_member" ON "subscriptions"  ("member_id") `);
        await queryRunner.query(`CREATE INDEX "ix_subscriptions_updated" ON "subscriptions"  ("updated_at") `);
        await queryRunner.query(`CREATE TABLE "deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "channel" character varying(8) NOT NULL, "kind" character varying(8) NOT NULL, "period_key" character varying(40) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "provider_message_id" character varying(200), "error" text, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lease_until" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "subject" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_deliveries_member_channel_period" UNIQUE ("member_id", "channel", "kind", "period_key"), CONSTRAINT "ck_deliveries_channel" CHECK (channel IN ('email','sms')), CONSTRAINT "ck_deliveries_kind" CHECK (kind IN ('instant','daily','weekly')), CONSTRAINT "ck_deliveries_status" CHECK (status IN ('pending','sending','sent','failed','bounced','unknown','held')), CONSTRAINT "PK_a6ef225c5c5f0974e503bfb731f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_deliveries_member" ON "deliveries"  ("member_id") `);
        await queryRunner.query(`CREATE INDEX "ix_deliveries_due" ON "deliveries"  ("due_at") WHERE status IN ('pending','sending','held')`);
        await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "bulletin_id" uuid NOT NULL, "channel" character varying(8) NOT NULL, "frequency" character varying(8) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "delivery_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_notifications_member_bulletin_channel" UNIQUE ("member_id", "bulletin_id", "channel"), CONSTRAINT "ck_notifications_channel" CHECK (channel IN ('email','sms')), CONSTRAINT "ck_notifications_status" CHECK (status IN ('pending','assigned','suppressed')), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_notifications_delivery" ON "notifications"  ("delivery_id") `);
        await queryRunner.query(`CREATE INDEX "ix_notifications_pending" ON "notifications"  ("member_id", "channel", "frequency") WHERE status = 'pending'`);
        await queryRunner.query(`CREATE TABLE "matches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subscription_id" uuid NOT NULL, "bulletin_id" uuid NOT NULL, "member_id" uuid NOT NULL, "hits" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_matches_subscription_bulletin" UNIQUE ("subscription_id", "bulletin_id"), CONSTRAINT "PK_8a22c7b2e0828988d51256117f4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_matches_bulletin" ON "matches"  ("bulletin_id") `);
        await queryRunner.query(`CREATE INDEX "ix_matches_member_created" ON "matches"  ("member_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_refresh_tokens_member" ON "refresh_tokens"  ("member_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_refresh_tokens_hash" ON "refresh_tokens"  ("token_hash") `);
        await queryRunner.query(`CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_id" uuid NOT NULL, "prefix" character varying(16) NOT NULL, "secret_hash" character varying(64) NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6f6105c8efe05b310d046cbdb3" ON "api_keys"  ("prefix") `);
        await queryRunner.query(`ALTER TABLE "bulletins" ADD CONSTRAINT "FK_fcec79269bff99eec0b95a6402b" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "subscriptions" ADD CONSTRAINT "FK_7cd08974422d9b17defa31e0dff" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "deliveries" ADD CONSTRAINT "FK_95747e96695b33bd292161a67b2" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_38ed7ae62fa481f85f21cec2624" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_aaeb186eea3dd9569f09bf0fd78" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_e3734e07713085ced19176d4d07" FOREIGN KEY ("delivery_id") REFERENCES "deliveries"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "FK_99f0ad4b99f24a39e1a791f795c" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "FK_d6147f10ed96e6bd91bdd43e8cc" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "FK_05ae6038545b7f712222b00b3c5" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_153c1749d234e70f09786d11c60" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "FK_179c70c66e6c56021604b844666" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_179c70c66e6c56021604b844666"`);
        await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_153c1749d234e70f09786d11c60"`);
        await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "FK_05ae6038545b7f712222b00b3c5"`);
        await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "FK_d6147f10ed96e6bd91bdd43e8cc"`);
        await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "FK_99f0ad4b99f24a39e1a791f795c"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_e3734e07713085ced19176d4d07"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_aaeb186eea3dd9569f09bf0fd78"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_38ed7ae62fa481f85f21cec2624"`);
        await queryRunner.query(`ALTER TABLE "deliveries" DROP CONSTRAINT "FK_95747e96695b33bd292161a67b2"`);
        await queryRunner.query(`ALTER TABLE "subscriptions" DROP CONSTRAINT "FK_7cd08974422d9b17defa31e0dff"`);
        await queryRunner.query(`ALTER TABLE "bulletins" DROP CONSTRAINT "FK_fcec79269bff99eec0b95a6402b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6f6105c8efe05b310d046cbdb3"`);
        await queryRunner.query(`DROP TABLE "api_keys"`);
        await queryRunner.query(`DROP INDEX "public"."uq_refresh_tokens_hash"`);
        await queryRunner.query(`DROP INDEX "public"."ix_refresh_tokens_member"`);
        await queryRunner.query(`DROP TABLE "refresh_tokens"`);
        await queryRunner.query(`DROP INDEX "public"."ix_matches_member_created"`);
        await queryRunner.query(`DROP INDEX "public"."ix_matches_bulletin"`);
        await queryRunner.query(`DROP TABLE "matches"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notifications_pending"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notifications_delivery"`);
        await queryRunner.query(`DROP TABLE "notifications"`);
        await queryRunner.query(`DROP INDEX "public"."ix_deliveries_due"`);
        await queryRunner.query(`DROP INDEX "public"."ix_deliveries_member"`);
        await queryRunner.query(`DROP TABLE "deliveries"`);
        await queryRunner.query(`DROP INDEX "public"."ix_subscriptions_updated"`);
        await queryRunner.query(`DROP INDEX "public"."ix_subscriptions_member"`);
        await queryRunner.query(`DROP TABLE "subscriptions"`);
        await queryRunner.query(`DROP INDEX "public"."uq_members_email"`);
        await queryRunner.query(`DROP TABLE "members"`);
        await queryRunner.query(`DROP INDEX "public"."ix_bulletins_unmatched"`);
        await queryRunner.query(`DROP INDEX "public"."ix_bulletins_published"`);
        await queryRunner.query(`DROP INDEX "public"."ix_bulletins_dedupe_key"`);
        await queryRunner.query(`DROP INDEX "public"."ix_bulletins_region"`);
        await queryRunner.query(`DROP TABLE "bulletins"`);
        await queryRunner.query(`DROP TABLE "sources"`);
    }

}
