import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DomainError, NotFoundError, ValidationError } from '../shared/domain.errors';
import type { Channel } from '../subscriptions/subscription.entity';
import { ProjectsService } from './projects.service';

export interface FollowOptions {
  channels?: Channel[];
  reminderOffsetsHours?: number[];
}

export interface FollowView {
  projectId: string;
  name: string;
  stage: string | null;
  category: string;
  deadlineAt: Date | null;
  channels: Channel[];
  reminderOffsetsHours: number[];
  followedAt: Date;
}

const MAX_OFFSET_HOURS = 24 * 30;

interface FollowRow {
  project_id: string;
  name: string;
  stage: string | null;
  category: string;
  deadline_at: Date | null;
  channels: Channel[];
  reminder_offsets_hours: number[];
  created_at: Date;
}

/** Members following projects: follow (within the plan's limit), unfollow, list their own. */
@Injectable()
export class ProjectFollowsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projects: ProjectsService,
  ) {}

  /** Idempotent: following again updates the channels and reminders. */
  async follow(memberId: string, id: string, options: FollowOptions = {}): Promise<FollowView> {
    const projectId = await this.projects.resolve(id);
    const offsets = [...new Set(options.reminderOffsetsHours ?? [72, 24])].sort((a, b) => b - a);
    if (offsets.some((h) => !Number.isInteger(h) || h < 1 || h > MAX_OFFSET_HOURS)) {
      throw new ValidationError([{ field: 'reminderOffsetsHours', message: `whole hours from 1 to ${MAX_OFFSET_HOURS}` }]);
    }
    const channels = options.channels?.length ? [...new Set(options.channels)] : (['email'] as Channel[]);
    await this.dataSource.transaction(async (em) => {
      // Serialises one member's follows, so two requests cannot both pass the limit.
      const [member] = await em.query<Array<{ plan: string }>>(`SELECT plan FROM members WHERE id = $1 FOR UPDATE`, [memberId]);
      if (!member) throw new NotFoundError('Member');
      const [{ n }] = await em.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM project_follows WHERE member_id = $1 AND project_id <> $2`,
        [memberId, projectId],
      );
      const limit = this.config.plans[member.plan as 'free' | 'pro'].follows;
      if (n >= limit) throw new DomainError('limit', 'plan_follow_limit', `The ${member.plan} plan allows following ${limit} projects`);
      await em.query(
        `INSERT INTO project_follows (member_id, project_id, channels, reminder_offsets_hours) VALUES ($1, $2, $3, $4)
         ON CONFLICT (member_id, project_id) DO UPDATE SET channels = EXCLUDED.channels, reminder_offsets_hours = EXCLUDED.reminder_offsets_hours`,
        [memberId, projectId, channels, offsets],
      );
    });
    const [view] = (await this.list(memberId)).filter((f) => f.projectId === projectId);
    return view;
  }

  /** Idempotent; true when a follow was removed. */
  async unfollow(memberId: string, id: string): Promise<boolean> {
    const projectId = await this.projects.resolve(id);
    const [, count] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM project_follows WHERE member_id = $1 AND project_id = $2`,
      [memberId, projectId],
    );
    return count > 0;
  }

  async list(memberId: string): Promise<FollowView[]> {
    const rows = await this.dataSource.query<FollowRow[]>(
      `SELECT f.project_id, p.name, p.stage, p.category, p.deadline_at, f.channels, f.reminder_offsets_hours, f.created_at
         FROM project_follows f JOIN projects p ON p.id = f.project_id
        WHERE f.member_id = $1 ORDER BY f.created_at DESC`,
      [memberId],
    );
    return rows.map((r) => ({
      projectId: r.project_id,
      name: r.name,
      stage: r.stage,
      category: r.category,
      deadlineAt: r.deadline_at,
      channels: r.channels,
      reminderOffsetsHours: r.reminder_offsets_hours,
      followedAt: r.created_at,
    }));
  }
}
