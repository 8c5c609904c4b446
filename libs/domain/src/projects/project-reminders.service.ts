import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PlannedReminder, planReminders } from './reminder-plan';

export interface DueReminder {
  memberId: string;
  email: string;
  phone: string | null;
  smsReady: boolean;
  emailReady: boolean;
  timezone: string;
  channels: Array<'email' | 'sms'>;
  project: { id: string; name: string; buyer: string | null; projectCode: string | null; deadlineAt: Date };
  /** A 更正/延期 moved the deadline since the first notice: the reminder says so. */
  moved: boolean;
}

// A cancelled procurement has no deadline left to meet.
const TERMINATED_SQL = `EXISTS (SELECT 1 FROM bulletins t WHERE t.project_id = p.id AND t.withdrawn_at IS NULL
                          AND (t.stage = 'termination' OR t.title ~ '终止|废标|流标'))`;

interface DueRow {
  id: string;
  name: string;
  buyer: string | null;
  project_code: string | null;
  deadline_at: Date | null;
  terminated: boolean;
  moved: boolean;
  channels: Array<'email' | 'sms'>;
  reminder_offsets_hours: number[];
  email: string;
  phone: string | null;
  timezone: string;
  status: string;
  email_ready: boolean;
  sms_ready: boolean;
}

/** Which reminders a project's followers need, and whether a reminder job is still due. */
@Injectable()
export class ProjectReminders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Reminders for every follower of a project (after a notice changed it) or for one member. */
  async plan(projectId: string, memberId?: string, now = new Date()): Promise<PlannedReminder[]> {
    // Followers first: this runs for every notice linked to a project and nearly no project has
    // any, so the project's own row (whose termination check is planned on every call) is read
    // only for those that do.
    const follows = await this.dataSource.query<Array<{ member_id: string; reminder_offsets_hours: number[] }>>(
      `SELECT member_id, reminder_offsets_hours FROM project_follows WHERE project_id = $1 AND ($2::uuid IS NULL OR member_id = $2)`,
      [projectId, memberId ?? null],
    );
    if (!follows.length) return [];
    const [p] = await this.dataSource.query<Array<{ id: string; deadline_at: Date | null; terminated: boolean }>>(
      `SELECT p.id, p.deadline_at, ${TERMINATED_SQL} AS terminated FROM projects p WHERE p.id = $1 AND p.merged_into IS NULL`,
      [projectId],
    );
    if (!p) return [];
    return planReminders(
      { id: p.id, deadlineAt: p.deadline_at, terminated: p.terminated },
      follows.map((f) => ({ memberId: f.member_id, offsetsHours: f.reminder_offsets_hours })),
      now,
    );
  }

  /** The reminder to send now, or why not: the job is only a signal, the rows decide. */
  async due(job: {
    memberId: string;
    projectId: string;
    deadlineAt: string;
    offsetHours: number;
  }): Promise<DueReminder | { skip: string }> {
    const [row] = await this.dataSource.query<DueRow[]>(
      `SELECT p.id, p.name, p.buyer, p.project_code, p.deadline_at, ${TERMINATED_SQL} AS terminated,
              (SELECT count(DISTINCT b.deadline_at) FROM bulletins b WHERE b.project_id = p.id AND b.deadline_at IS NOT NULL) > 1 AS moved,
              f.channels, f.reminder_offsets_hours, m.email, m.phone, m.timezone, m.status,
              (m.email_enabled AND m.email_bounced_at IS NULL) AS email_ready,
              (m.sms_enabled AND m.phone_verified_at IS NOT NULL AND m.consent_at IS NOT NULL) AS sms_ready
         FROM projects p
         JOIN project_follows f ON f.project_id = p.id AND f.member_id = $2
         JOIN members m ON m.id = f.member_id
        WHERE p.id = $1`,
      [job.projectId, job.memberId],
    );
    if (!row) return { skip: 'not followed' };
    if (row.terminated) return { skip: 'terminated' };
    if (!row.deadline_at || new Date(row.deadline_at).getTime() !== new Date(job.deadlineAt).getTime()) return { skip: 'deadline moved' };
    if (!row.reminder_offsets_hours.includes(job.offsetHours)) return { skip: 'offset no longer wanted' };
    if (row.status !== 'active') return { skip: 'member not active' };
    return {
      memberId: job.memberId,
      email: row.email,
      phone: row.phone,
      smsReady: row.sms_ready,
      emailReady: row.email_ready,
      timezone: row.timezone,
      channels: row.channels,
      project: { id: row.id, name: row.name, buyer: row.buyer, projectCode: row.project_code, deadlineAt: row.deadline_at },
      moved: row.moved,
    };
  }

  /** Claims one reminder on one channel; false when it was already sent. */
  async claim(
    job: { memberId: string; projectId: string; deadlineAt: string; offsetHours: number },
    channel: 'email' | 'sms',
  ): Promise<boolean> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO project_reminders (member_id, project_id, deadline_at, offset_hours, channel) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT uq_project_reminders DO NOTHING RETURNING id`,
      [job.memberId, job.projectId, job.deadlineAt, job.offsetHours, channel],
    );
    return rows.length > 0;
  }

  /** Gives a claim back when sending failed, so the retried job sends it. */
  async release(
    job: { memberId: string; projectId: string; deadlineAt: string; offsetHours: number },
    channel: 'email' | 'sms',
  ): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM project_reminders WHERE member_id = $1 AND project_id = $2 AND deadline_at = $3 AND offset_hours = $4 AND channel = $5`,
      [job.memberId, job.projectId, job.deadlineAt, job.offsetHours, channel],
    );
  }
}
