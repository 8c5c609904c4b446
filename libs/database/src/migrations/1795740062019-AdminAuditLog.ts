import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin audit log: one row per admin write (who, action, target, before/after JSON, when).
 * Append-only: a trigger refuses UPDATE and DELETE, so a row cannot be edited away after the
 * fact (pruning, if ever needed, drops the trigger in a migration of its own).
 */
export class AdminAuditLog1795740062019 implements MigrationInterface {
  name = 'AdminAuditLog1795740062019';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_logs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid NOT NULL, "actor_email" character varying(254), "action" character varying(64) NOT NULL, "target_type" character varying(32) NOT NULL, "target_id" character varying(200), "before" jsonb, "after" jsonb, "request_id" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bb179d048bbc581caa3b013439" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_audit_logs_action_created" ON "audit_logs"  ("action", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_logs_target_created" ON "audit_logs"  ("target_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_logs_actor_created" ON "audit_logs"  ("actor_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_logs_created" ON "audit_logs"  ("created_at") `);
    await queryRunner.query(`CREATE FUNCTION audit_logs_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_logs is append-only (% refused)', TG_OP;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER trg_audit_logs_append_only BEFORE UPDATE OR DELETE ON "audit_logs"
      FOR EACH ROW EXECUTE FUNCTION audit_logs_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_audit_logs_append_only" ON "audit_logs"`);
    await queryRunner.query(`DROP FUNCTION audit_logs_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_logs_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_logs_actor_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_logs_target_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_logs_action_created"`);
    await queryRunner.query(`DROP TABLE "audit_logs"`);
  }
}
