import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One step per instant row of a match job: join the member's open window with a share lock, or
 * open one (the caller inserts the deliveries of those it opened, all in one statement). Match jobs joining the same window used to lock its row exclusively
 * until they committed, and queued behind each other: sampled over a 2k-bulletin run, the ledger
 * statement waited on another job in 78 of 129 samples. A share lock lets them join side by side,
 * while a sender's claim (for update) still waits for every job that joined. The step retries
 * until it has joined or opened: a window another job opened meanwhile is seen by its next look
 * (each statement here reads what has committed), one a sender took meanwhile is gone and a new
 * one is opened. Its lookup is planned with sequential scans off: joined into the ledger statement
 * it followed the table's statistics, and made while they said empty it scanned the table per row.
 */
export class JoinOrOpenWindow1796509400000 implements MigrationInterface {
  name = 'JoinOrOpenWindow1796509400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION join_or_open_window(p_member uuid, p_channel text, p_month date, p_due timestamptz,
          OUT window_id uuid, OUT window_due timestamptz, OUT opened boolean)
        LANGUAGE plpgsql VOLATILE SET enable_seqscan = off AS $$
        BEGIN
          LOOP
            SELECT w.delivery_id, w.due_at INTO window_id, window_due FROM open_instant_windows w
             WHERE w.member_id = p_member AND w.channel = p_channel FOR SHARE;
            IF FOUND THEN
              opened := false;
              RETURN;
            END IF;
            INSERT INTO open_instant_windows AS w (member_id, channel, delivery_id, period_month, due_at)
            VALUES (p_member, p_channel, time_ordered_uuid(), p_month, p_due)
            ON CONFLICT (member_id, channel) DO NOTHING
            RETURNING w.delivery_id, w.due_at INTO window_id, window_due;
            IF FOUND THEN
              opened := true;
              RETURN;
            END IF;
          END LOOP;
        END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION join_or_open_window(uuid, text, date, timestamptz)`);
  }
}
