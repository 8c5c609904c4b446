import { MigrationInterface, QueryRunner } from "typeorm";

export class Channels1796430152170 implements MigrationInterface {
    name = 'Channels1796430152170'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "subscription_feeds" ("subscription_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6428d62a2a7d89733fe9da3b6d7" UNIQUE ("token_hash"), CONSTRAINT "PK_44a211d3b4844b17e3e352c79f7" PRIMARY KEY ("subscription_id"))`);
        await queryRunner.query(`CREATE TABLE "webhook_endpoints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "subscription_id" uuid, "kind" character varying(16) NOT NULL, "url" text NOT NULL, "description" character varying(200) NOT NULL DEFAULT '', "secret" text, "previous_secret" text, "previous_secret_until" TIMESTAMP WITH TIME ZONE, "failing_since" TIMESTAMP WITH TIME ZONE, "disabled_at" TIMESTAMP WITH TIME ZONE, "disabled_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_webhook_endpoints_kind" CHECK (kind IN ('webhook','wecom','dingtalk','feishu')), CONSTRAINT "PK_054c4cfb95223732f5939d2d546" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_webhook_endpoints_subscription" ON "webhook_endpoints"  ("subscription_id") `);
        await queryRunner.query(`CREATE INDEX "ix_webhook_endpoints_member_active" ON "webhook_endpoints"  ("member_id", "kind") WHERE disabled_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "webhook_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "endpoint_id" uuid NOT NULL, "delivery_id" uuid NOT NULL, "event_type" character varying(40) NOT NULL, "body" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lease_until" TIMESTAMP WITH TIME ZONE, "transmitted_at" TIMESTAMP WITH TIME ZONE, "response_status" integer, "response_body" text, "error" text, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_webhook_messages_endpoint_delivery" UNIQUE ("endpoint_id", "delivery_id"), CONSTRAINT "ck_webhook_messages_status" CHECK (status IN ('pending','sending','delivered','failed','unknown')), CONSTRAINT "PK_526e8e1655924920adc4cd30dcd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_webhook_messages_endpoint_created" ON "webhook_messages"  ("endpoint_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "ix_webhook_messages_due" ON "webhook_messages"  ("next_attempt_at") WHERE status IN ('pending','sending')`);
        await queryRunner.query(`CREATE TABLE "wechat_bindings" ("member_id" uuid NOT NULL, "openid" character varying(64) NOT NULL, "bound_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_423851817ebd850eb53fa3531a6" UNIQUE ("openid"), CONSTRAINT "PK_2a0cb9fed17d3afff73b3143392" PRIMARY KEY ("member_id"))`);
        await queryRunner.query(`ALTER TABLE "subscription_feeds" ADD CONSTRAINT "FK_44a211d3b4844b17e3e352c79f7" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "FK_3fac37bbc11c99bfb84c7b875ec" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "FK_8258556702729e62b9ed49a8716" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "webhook_messages" ADD CONSTRAINT "FK_2ebdc23f5ae2b27a09c8446c899" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "webhook_messages" ADD CONSTRAINT "FK_1d184cb72dfc3067d6320f509fc" FOREIGN KEY ("delivery_id") REFERENCES "deliveries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "wechat_bindings" ADD CONSTRAINT "FK_2a0cb9fed17d3afff73b3143392" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Every push channel is a channel of the one ledger.
        for (const table of ['notifications', 'deliveries']) {
            await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "ck_${table}_channel"`);
            await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "ck_${table}_channel" CHECK (channel IN ('email','sms','wechat','webhook','robot'))`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "wechat_bindings" DROP CONSTRAINT "FK_2a0cb9fed17d3afff73b3143392"`);
        await queryRunner.query(`ALTER TABLE "webhook_messages" DROP CONSTRAINT "FK_1d184cb72dfc3067d6320f509fc"`);
        await queryRunner.query(`ALTER TABLE "webhook_messages" DROP CONSTRAINT "FK_2ebdc23f5ae2b27a09c8446c899"`);
        await queryRunner.query(`ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "FK_8258556702729e62b9ed49a8716"`);
        await queryRunner.query(`ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "FK_3fac37bbc11c99bfb84c7b875ec"`);
        await queryRunner.query(`ALTER TABLE "subscription_feeds" DROP CONSTRAINT "FK_44a211d3b4844b17e3e352c79f7"`);
        await queryRunner.query(`DROP TABLE "wechat_bindings"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_messages_due"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_messages_endpoint_created"`);
        await queryRunner.query(`DROP TABLE "webhook_messages"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_endpoints_member_active"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_endpoints_subscription"`);
        await queryRunner.query(`DROP TABLE "webhook_endpoints"`);
        await queryRunner.query(`DROP TABLE "subscription_feeds"`);
        // Rows of the new channels cannot stay under the old constraint.
        await queryRunner.query(`DELETE FROM "notifications" WHERE channel NOT IN ('email','sms')`);
        await queryRunner.query(`DELETE FROM "deliveries" WHERE channel NOT IN ('email','sms')`);
        await queryRunner.query(`UPDATE "subscriptions" SET channels = ARRAY(SELECT c FROM unnest(channels) c WHERE c IN ('email','sms')) WHERE NOT channels <@ ARRAY['email','sms']`);
        for (const table of ['notifications', 'deliveries']) {
            await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "ck_${table}_channel"`);
            await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "ck_${table}_channel" CHECK (channel IN ('email','sms'))`);
        }
    }

}
