import { MigrationInterface, QueryRunner } from 'typeorm';

const TRACKER = (onOpen: string) => `CREATE OR REPLACE FUNCTION deliveries_track_open_instant() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              was_open boolean := TG_OP <> 'INSERT' AND COALESCE(OLD.kind = 'instant' AND OLD.status = 'pending' AND OLD.attempts = 0, false);
              is_open boolean := TG_OP <> 'DELETE' AND COALESCE(NEW.kind = 'instant' AND NEW.status = 'pending' AND NEW.attempts = 0, false);
            BEGIN
              IF was_open AND NOT is_open THEN
                DELETE FROM open_instant_windows WHERE delivery_id = OLD.id;
              END IF;
              IF is_open AND NOT was_open THEN
${onOpen}
              END IF;
              RETURN NULL;
            END $$`;

const RAISE = `RAISE unique_violation USING MESSAGE = 'member ' || NEW.member_id || ' already has an open instant delivery on ' || NEW.channel,
                                               CONSTRAINT = 'pk_open_instant_windows';`;

/**
 * A new open instant delivery must own its (member, channel) window row. The ledger and the
 * stranded-work sweep insert that row before the delivery (and hold it), so the trigger now looks
 * for it first — one index probe — and tries the insert only when it is missing; it used to try
 * the insert every time, which always conflicted, and then look anyway.
 */
export class OpenWindowTrackerProbesFirst1796509600000 implements MigrationInterface {
  name = 'OpenWindowTrackerProbesFirst1796509600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      TRACKER(`                PERFORM 1 FROM open_instant_windows w WHERE w.member_id = NEW.member_id AND w.channel = NEW.channel AND w.delivery_id = NEW.id;
                IF NOT FOUND THEN
                  INSERT INTO open_instant_windows (member_id, channel, delivery_id, period_month, due_at)
                  VALUES (NEW.member_id, NEW.channel, NEW.id, NEW.period_month, NEW.due_at)
                  ON CONFLICT (member_id, channel) DO NOTHING;
                  IF NOT FOUND THEN
                    ${RAISE}
                  END IF;
                END IF;`),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      TRACKER(`                INSERT INTO open_instant_windows (member_id, channel, delivery_id, period_month, due_at)
                VALUES (NEW.member_id, NEW.channel, NEW.id, NEW.period_month, NEW.due_at)
                ON CONFLICT (member_id, channel) DO NOTHING;
                IF NOT EXISTS (SELECT 1 FROM open_instant_windows w WHERE w.member_id = NEW.member_id AND w.channel = NEW.channel AND w.delivery_id = NEW.id) THEN
                  ${RAISE}
                END IF;`),
    );
  }
}
