import { MigrationInterface, QueryRunner } from "typeorm";

// matches, notifications and deliveries become tables partitioned by month, so that history can be
// dropped a whole month at a time. Every unique key of a partitioned table must contain its
// partition key, so the month is part of each key, and it is a function of the rest of the key:
// matches and notifications carry the month their bulletin was received (bulletins.ledger_month,
// fixed at ingest, enforced by a foreign key on (bulletin_id, month)); deliveries carry the month
// their period starts in. The one rule no index can hold across months — at most one open instant
// delivery per member and channel — moves to the unpartitioned open_instant_windows table, which a
// trigger keeps in step with every insert, update and delete of a delivery.
// Foreign keys into the partitioned tables (notification → delivery, webhook message → delivery,
// not-relevant mark → match) are dropped: they would stop a month from being dropped, and the
// retention job removes the dependent rows itself.
export class LedgerPartitions1796432400000 implements MigrationInterface {
    name = 'LedgerPartitions1796432400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "bulletins" ADD "ledger_month" date`);
        await queryRunner.query(`UPDATE "bulletins" SET "ledger_month" = date_trunc('month', "ingested_at" AT TIME ZONE 'UTC')::date`);
        await queryRunner.query(`ALTER TABLE "bulletins" ALTER COLUMN "ledger_month" SET DEFAULT (date_trunc('month', timezone('UTC', now())))::date`);
        await queryRunner.query(`ALTER TABLE "bulletins" ALTER COLUMN "ledger_month" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "bulletins" ADD CONSTRAINT "uq_bulletins_id_ledger_month" UNIQUE ("id", "ledger_month")`);
        // Creates one month's partition of a ledger table unless it exists; the maintenance job calls it ahead of time.
        await queryRunner.query(`CREATE FUNCTION ledger_create_partition(parent text, month date) RETURNS boolean LANGUAGE plpgsql AS $$
            DECLARE name text := parent || '_' || to_char(month, 'YYYY_MM');
            BEGIN
              IF to_regclass(name) IS NOT NULL THEN RETURN false; END IF;
              EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)', name, parent, month, (month + interval '1 month')::date);
              RETURN true;
            END $$`);

        await queryRunner.query(`ALTER TABLE "not_relevant_marks" DROP CONSTRAINT "FK_d0d162e364b6383fc787cdbe8aa"`);
        await queryRunner.query(`ALTER TABLE "webhook_messages" DROP CONSTRAINT "FK_1d184cb72dfc3067d6320f509fc"`);
        for (const table of ['matches', 'notifications', 'deliveries']) await queryRunner.query(`ALTER TABLE "${table}" RENAME TO "${table}_unpartitioned"`);
        // Constraint and index names are per schema: the old ones go with the old tables below, after the copy.

        await queryRunner.query(`CREATE TABLE "matches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subscription_id" uuid NOT NULL, "bulletin_id" uuid NOT NULL, "bulletin_month" date NOT NULL, "member_id" uuid NOT NULL, "hits" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "hit_details" jsonb NOT NULL DEFAULT '[]', "score" smallint, CONSTRAINT "ck_matches_score_" CHECK (score BETWEEN 0 AND 100)) PARTITION BY RANGE ("bulletin_month")`);
        await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "bulletin_id" uuid NOT NULL, "bulletin_month" date NOT NULL, "channel" character varying(8) NOT NULL, "frequency" character varying(8) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "delivery_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_notifications_status_" CHECK (status IN ('pending','assigned','suppressed')), CONSTRAINT "ck_notifications_channel_" CHECK (channel IN ('email','sms','wechat','webhook','robot'))) PARTITION BY RANGE ("bulletin_month")`);
        await queryRunner.query(`CREATE TABLE "deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "channel" character varying(8) NOT NULL, "kind" character varying(8) NOT NULL, "period_key" character varying(40) NOT NULL, "period_month" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "provider_message_id" character varying(200), "error" text, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lease_until" TIMESTAMP WITH TIME ZONE, "transmitted_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "subject" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_deliveries_status_" CHECK (status IN ('pending','sending','sent','failed','bounced','unknown','held')), CONSTRAINT "ck_deliveries_kind_" CHECK (kind IN ('instant','daily','weekly')), CONSTRAINT "ck_deliveries_channel_" CHECK (channel IN ('email','sms','wechat','webhook','robot'))) PARTITION BY RANGE ("period_month")`);

        // Partitions for every month that has rows, and the current month and three ahead.
        await queryRunner.query(`SELECT ledger_create_partition(t.parent, m.month::date)
            FROM (VALUES ('matches'), ('notifications'), ('deliveries')) AS t(parent)
           CROSS JOIN LATERAL generate_series(
                 LEAST(date_trunc('month', now() AT TIME ZONE 'UTC'),
                       (SELECT min(ledger_month) FROM bulletins WHERE EXISTS (SELECT 1 FROM matches_unpartitioned x WHERE x.bulletin_id = bulletins.id)
                                                                   OR EXISTS (SELECT 1 FROM notifications_unpartitioned x WHERE x.bulletin_id = bulletins.id)),
                       (SELECT date_trunc('month', min(created_at) AT TIME ZONE 'UTC') FROM deliveries_unpartitioned)),
                 date_trunc('month', now() AT TIME ZONE 'UTC') + interval '3 months', interval '1 month') AS m(month)`);

        await queryRunner.query(`INSERT INTO "matches" (id, subscription_id, bulletin_id, bulletin_month, member_id, hits, created_at, hit_details, score)
            SELECT x.id, x.subscription_id, x.bulletin_id, b.ledger_month, x.member_id, x.hits, x.created_at, x.hit_details, x.score
              FROM matches_unpartitioned x JOIN bulletins b ON b.id = x.bulletin_id`);
        await queryRunner.query(`INSERT INTO "notifications" (id, member_id, bulletin_id, bulletin_month, channel, frequency, status, delivery_id, created_at)
            SELECT x.id, x.member_id, x.bulletin_id, b.ledger_month, x.channel, x.frequency, x.status, x.delivery_id, x.created_at
              FROM notifications_unpartitioned x JOIN bulletins b ON b.id = x.bulletin_id`);
        // An existing delivery's period starts in the month it was created in (instant windows and
        // digests are opened when they begin, or after).
        await queryRunner.query(`INSERT INTO "deliveries" (id, member_id, channel, kind, period_key, period_month, status, attempts, provider_message_id, error, due_at, lease_until, transmitted_at, sent_at, subject, created_at, updated_at)
            SELECT x.id, x.member_id, x.channel, x.kind, x.period_key, date_trunc('month', x.created_at AT TIME ZONE 'UTC')::date, x.status, x.attempts, x.provider_message_id, x.error,
                   x.due_at, x.lease_until, x.transmitted_at, x.sent_at, x.subject, x.created_at, x.updated_at
              FROM deliveries_unpartitioned x`);
        for (const table of ['matches', 'notifications', 'deliveries']) await queryRunner.query(`DROP TABLE "${table}_unpartitioned" CASCADE`);
        for (const [table, check] of [['matches', 'score'], ['notifications', 'status'], ['notifications', 'channel'], ['deliveries', 'status'], ['deliveries', 'kind'], ['deliveries', 'channel']]) {
            await queryRunner.query(`ALTER TABLE "${table}" RENAME CONSTRAINT "ck_${table}_${check}_" TO "ck_${table}_${check}"`);
        }

        await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "pk_matches" PRIMARY KEY ("id", "bulletin_month")`);
        await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "uq_matches_subscription_bulletin" UNIQUE ("subscription_id", "bulletin_id", "bulletin_month")`);
        await queryRunner.query(`CREATE INDEX "ix_matches_bulletin" ON "matches" ("bulletin_id") `);
        await queryRunner.query(`CREATE INDEX "ix_matches_member_created" ON "matches" ("member_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "FK_99f0ad4b99f24a39e1a791f795c" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "fk_matches_bulletin_month" FOREIGN KEY ("bulletin_id", "bulletin_month") REFERENCES "bulletins"("id","ledger_month") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "FK_05ae6038545b7f712222b00b3c5" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "pk_notifications" PRIMARY KEY ("id", "bulletin_month")`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "uq_notifications_member_bulletin_channel" UNIQUE ("member_id", "bulletin_id", "channel", "bulletin_month")`);
        await queryRunner.query(`CREATE INDEX "ix_notifications_delivery" ON "notifications" ("delivery_id") `);
        await queryRunner.query(`CREATE INDEX "ix_notifications_pending" ON "notifications" ("member_id", "channel", "frequency") WHERE status = 'pending'`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_38ed7ae62fa481f85f21cec2624" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_bulletin_month" FOREIGN KEY ("bulletin_id", "bulletin_month") REFERENCES "bulletins"("id","ledger_month") ON DELETE CASCADE ON UPDATE NO ACTION`);

        await queryRunner.query(`ALTER TABLE "deliveries" ADD CONSTRAINT "pk_deliveries" PRIMARY KEY ("id", "period_month")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_deliveries_member_channel_period" ON "deliveries" ("member_id", "channel", "kind", "period_key", "period_month") WHERE kind <> 'instant'`);
        await queryRunner.query(`CREATE INDEX "ix_deliveries_member" ON "deliveries" ("member_id") `);
        await queryRunner.query(`CREATE INDEX "ix_deliveries_due" ON "deliveries" ("due_at") WHERE status IN ('pending','sending','held')`);
        await queryRunner.query(`ALTER TABLE "deliveries" ADD CONSTRAINT "FK_95747e96695b33bd292161a67b2" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

        await queryRunner.query(`CREATE TABLE "open_instant_windows" ("member_id" uuid NOT NULL, "channel" character varying(8) NOT NULL, "delivery_id" uuid NOT NULL, "period_month" date NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_open_instant_windows" PRIMARY KEY ("member_id", "channel"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_open_instant_windows_delivery" ON "open_instant_windows" ("delivery_id") `);
        await queryRunner.query(`ALTER TABLE "open_instant_windows" ADD CONSTRAINT "fk_open_instant_windows_member" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`INSERT INTO open_instant_windows (member_id, channel, delivery_id, period_month, due_at)
            SELECT member_id, channel, id, period_month, due_at FROM deliveries WHERE kind = 'instant' AND status = 'pending' AND attempts = 0`);
        // A delivery is an open instant window while it is instant, pending and untried. Entering that
        // state takes the (member, channel) row — failing as a unique index would when another holds
        // it —, leaving it gives the row up. The ledger takes the row itself first (see DeliveryLedger).
        await queryRunner.query(`CREATE FUNCTION deliveries_track_open_instant() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              was_open boolean := TG_OP <> 'INSERT' AND COALESCE(OLD.kind = 'instant' AND OLD.status = 'pending' AND OLD.attempts = 0, false);
              is_open boolean := TG_OP <> 'DELETE' AND COALESCE(NEW.kind = 'instant' AND NEW.status = 'pending' AND NEW.attempts = 0, false);
            BEGIN
              IF was_open AND NOT is_open THEN
                DELETE FROM open_instant_windows WHERE delivery_id = OLD.id;
              END IF;
              IF is_open AND NOT was_open THEN
                INSERT INTO open_instant_windows (member_id, channel, delivery_id, period_month, due_at)
                VALUES (NEW.member_id, NEW.channel, NEW.id, NEW.period_month, NEW.due_at)
                ON CONFLICT (member_id, channel) DO NOTHING;
                IF NOT EXISTS (SELECT 1 FROM open_instant_windows w WHERE w.member_id = NEW.member_id AND w.channel = NEW.channel AND w.delivery_id = NEW.id) THEN
                  RAISE unique_violation USING MESSAGE = 'member ' || NEW.member_id || ' already has an open instant delivery on ' || NEW.channel,
                                               CONSTRAINT = 'pk_open_instant_windows';
                END IF;
              END IF;
              RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER deliveries_track_open_instant AFTER INSERT OR DELETE OR UPDATE OF kind, status, attempts ON deliveries
            FOR EACH ROW EXECUTE FUNCTION deliveries_track_open_instant()`);
        // The copies start without statistics; until autovacuum gets to them the planner would guess
        // (sequential scans on the claim path were measured right after the copy).
        await queryRunner.query(`ANALYZE "matches", "notifications", "deliveries", "open_instant_windows"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER deliveries_track_open_instant ON deliveries`);
        await queryRunner.query(`DROP FUNCTION deliveries_track_open_instant()`);
        await queryRunner.query(`DROP TABLE "open_instant_windows"`);
        for (const table of ['matches', 'notifications', 'deliveries']) await queryRunner.query(`ALTER TABLE "${table}" RENAME TO "${table}_partitioned"`);
        for (const [table, check] of [['matches', 'score'], ['notifications', 'status'], ['notifications', 'channel'], ['deliveries', 'status'], ['deliveries', 'kind'], ['deliveries', 'channel']]) {
            await queryRunner.query(`ALTER TABLE "${table}_partitioned" RENAME CONSTRAINT "ck_${table}_${check}" TO "ck_${table}_${check}_"`);
        }
        await queryRunner.query(`ALTER TABLE "matches_partitioned" DROP CONSTRAINT "uq_matches_subscription_bulletin"`);
        await queryRunner.query(`ALTER TABLE "notifications_partitioned" DROP CONSTRAINT "uq_notifications_member_bulletin_channel"`);
        for (const index of ['ix_matches_bulletin', 'ix_matches_member_created', 'ix_notifications_delivery', 'ix_notifications_pending', 'uq_deliveries_member_channel_period', 'ix_deliveries_member', 'ix_deliveries_due']) {
            await queryRunner.query(`DROP INDEX "public"."${index}"`);
        }
        await queryRunner.query(`CREATE TABLE "deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "channel" character varying(8) NOT NULL, "kind" character varying(8) NOT NULL, "period_key" character varying(40) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "provider_message_id" character varying(200), "error" text, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lease_until" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "subject" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "transmitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_deliveries_channel" CHECK (channel IN ('email','sms','wechat','webhook','robot')), CONSTRAINT "ck_deliveries_kind" CHECK (kind IN ('instant','daily','weekly')), CONSTRAINT "ck_deliveries_status" CHECK (status IN ('pending','sending','sent','failed','bounced','unknown','held')), CONSTRAINT "PK_a6ef225c5c5f0974e503bfb731f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "bulletin_id" uuid NOT NULL, "channel" character varying(8) NOT NULL, "frequency" character varying(8) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "delivery_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_notifications_member_bulletin_channel" UNIQUE ("member_id", "bulletin_id", "channel"), CONSTRAINT "ck_notifications_channel" CHECK (channel IN ('email','sms','wechat','webhook','robot')), CONSTRAINT "ck_notifications_status" CHECK (status IN ('pending','assigned','suppressed')), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "matches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subscription_id" uuid NOT NULL, "bulletin_id" uuid NOT NULL, "member_id" uuid NOT NULL, "hits" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "hit_details" jsonb NOT NULL DEFAULT '[]', "score" smallint, CONSTRAINT "uq_matches_subscription_bulletin" UNIQUE ("subscription_id", "bulletin_id"), CONSTRAINT "ck_matches_score" CHECK (score BETWEEN 0 AND 100), CONSTRAINT "PK_8a22c7b2e0828988d51256117f4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`INSERT INTO deliveries (id, member_id, channel, kind, period_key, status, attempts, provider_message_id, error, due_at, lease_until, sent_at, subject, created_at, updated_at, transmitted_at)
            SELECT id, member_id, channel, kind, period_key, status, attempts, provider_message_id, error, due_at, lease_until, sent_at, subject, created_at, updated_at, transmitted_at FROM deliveries_partitioned`);
        await queryRunner.query(`INSERT INTO notifications (id, member_id, bulletin_id, channel, frequency, status, delivery_id, created_at)
            SELECT id, member_id, bulletin_id, channel, frequency, status, delivery_id, created_at FROM notifications_partitioned`);
        await queryRunner.query(`INSERT INTO matches (id, subscription_id, bulletin_id, member_id, hits, created_at, hit_details, score)
            SELECT id, subscription_id, bulletin_id, member_id, hits, created_at, hit_details, score FROM matches_partitioned`);
        for (const table of ['matches', 'notifications', 'deliveries']) await queryRunner.query(`DROP TABLE "${table}_partitioned" CASCADE`);
        // Rows that pointed into months dropped by hand (not by the retention job) would fail the foreign keys.
        await queryRunner.query(`DELETE FROM "webhook_messages" w WHERE NOT EXISTS (SELECT 1 FROM "deliveries" d WHERE d.id = w.delivery_id)`);
        await queryRunner.query(`DELETE FROM "not_relevant_marks" n WHERE NOT EXISTS (SELECT 1 FROM "matches" m WHERE m.id = n.match_id)`);
        await queryRunner.query(`UPDATE "notifications" n SET delivery_id = NULL WHERE delivery_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "deliveries" d WHERE d.id = n.delivery_id)`);
        await queryRunner.query(`CREATE INDEX "ix_deliveries_member" ON "deliveries" ("member_id") `);
        await queryRunner.query(`CREATE INDEX "ix_deliveries_due" ON "deliveries" ("due_at") WHERE status IN ('pending','sending','held')`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_deliveries_open_instant" ON "deliveries" ("member_id", "channel") WHERE kind = 'instant' AND status = 'pending' AND attempts = 0`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_deliveries_member_channel_period" ON "deliveries" ("member_id", "channel", "kind", "period_key") WHERE kind <> 'instant'`);
        await queryRunner.query(`CREATE INDEX "ix_notifications_delivery" ON "notifications" ("delivery_id") `);
        await queryRunner.query(`CREATE INDEX "ix_notifications_pending" ON "notifications" ("member_id", "channel", "frequency") WHERE status = 'pending'`);
        await queryRunner.query(`CREATE INDEX "ix_matches_bulletin" ON "matches" ("bulletin_id") `);
        await queryRunner.query(`CREATE INDEX "ix_matches_member_created" ON "matches" ("member_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "deliveries" ADD CONSTRAINT "FK_95747e96695b33bd292161a67b2" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_38ed7ae62fa481f85f21cec2624" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_aaeb186eea3dd9569f09bf0fd78" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_e3734e07713085ced19176d4d07" FOREIGN KEY ("delivery_id") REFERENCES "deliveries"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "FK_99f0ad4b99f24a39e1a791f795c" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "FK_d6147f10ed96e6bd91bdd43e8cc" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "FK_05ae6038545b7f712222b00b3c5" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "webhook_messages" ADD CONSTRAINT "FK_1d184cb72dfc3067d6320f509fc" FOREIGN KEY ("delivery_id") REFERENCES "deliveries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "not_relevant_marks" ADD CONSTRAINT "FK_d0d162e364b6383fc787cdbe8aa" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`DROP FUNCTION ledger_create_partition(text, date)`);
        await queryRunner.query(`ALTER TABLE "bulletins" DROP CONSTRAINT "uq_bulletins_id_ledger_month"`);
        await queryRunner.query(`ALTER TABLE "bulletins" DROP COLUMN "ledger_month"`);
    }

}
