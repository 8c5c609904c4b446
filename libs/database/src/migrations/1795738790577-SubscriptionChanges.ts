import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox of subscription changes, written by triggers in the same transaction as the change
 * (API, admin or SQL alike). Match workers read it before each bulletin, so an index is never
 * stale for a bulletin ingested after a subscription was saved.
 */
export class SubscriptionChanges1795738790577 implements MigrationInterface {
  name = 'SubscriptionChanges1795738790577';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "subscription_changes" (
      "id" bigserial PRIMARY KEY,
      "subscription_id" uuid,
      "member_id" uuid,
      "changed_at" timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX "ix_subscription_changes_changed_at" ON "subscription_changes" ("changed_at")`);
    await q.query(`CREATE FUNCTION record_subscription_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          INSERT INTO subscription_changes (subscription_id, member_id) VALUES (OLD.id, OLD.member_id);
          RETURN OLD;
        END IF;
        INSERT INTO subscription_changes (subscription_id, member_id) VALUES (NEW.id, NEW.member_id);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE FUNCTION record_member_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO subscription_changes (subscription_id, member_id) VALUES (NULL, COALESCE(NEW.id, OLD.id));
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`CREATE TRIGGER trg_subscriptions_changes AFTER INSERT OR UPDATE OR DELETE ON "subscriptions"
      FOR EACH ROW EXECUTE FUNCTION record_subscription_change()`);
    // Suspending or deleting a member silences all their subscriptions.
    await q.query(`CREATE TRIGGER trg_members_changes AFTER UPDATE OF status OR DELETE ON "members"
      FOR EACH ROW EXECUTE FUNCTION record_member_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "trg_members_changes" ON "members"`);
    await q.query(`DROP TRIGGER "trg_subscriptions_changes" ON "subscriptions"`);
    await q.query(`DROP FUNCTION record_member_change()`);
    await q.query(`DROP FUNCTION record_subscription_change()`);
    await q.query(`DROP TABLE "subscription_changes"`);
  }
}
