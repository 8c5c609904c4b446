import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../shared/domain.errors';

export interface ProjectNotice {
  bulletinId: string;
  title: string;
  category: string;
  stage: string | null;
  publishedAt: Date | null;
  source: string;
  url: string | null;
  deadlineAt: Date | null;
  winners: string[];
  awardYuan: number | null;
}

export interface ProjectView {
  id: string;
  key: string;
  name: string;
  buyer: string | null;
  projectCode: string | null;
  category: string;
  stage: string | null;
  deadlineAt: Date | null;
  budgetYuan: number | null;
  winners: string[];
  awardYuan: number | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  /** Oldest first. */
  timeline: ProjectNotice[];
}

interface ProjectRow {
  id: string;
  key: string;
  name: string;
  buyer: string | null;
  project_code: string | null;
  category: string;
  stage: string | null;
  deadline_at: Date | null;
  budget_yuan: string | null;
  winners: string[];
  award_yuan: string | null;
  first_seen_at: Date;
  last_seen_at: Date;
}

interface NoticeRow {
  id: string;
  title: string;
  category: string;
  stage: string | null;
  published_at: Date | null;
  source: string;
  url: string | null;
  deadline_at: Date | null;
  winners: string[];
  award_yuan: string | null;
}

const num = (v: string | number | null) => (v === null ? null : Number(v));

/** Reads projects and their timelines. A merged project answers as the project it went into. */
@Injectable()
export class ProjectsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(id: string): Promise<ProjectView> {
    const resolved = await this.resolve(id);
    const [p] = await this.dataSource.query<ProjectRow[]>(
      `SELECT id, key, name, buyer, project_code, category, stage, deadline_at, budget_yuan, winners, award_yuan, first_seen_at, last_seen_at
         FROM projects WHERE id = $1`,
      [resolved],
    );
    if (!p) throw new NotFoundError('Project');
    const notices = await this.dataSource.query<NoticeRow[]>(
      `SELECT b.id, b.title, b.category, b.stage, b.published_at, s.name AS source, b.url, b.deadline_at, b.winners, b.award_yuan
         FROM bulletins b JOIN sources s ON s.id = b.source_id
        WHERE b.project_id = $1 AND b.withdrawn_at IS NULL
        ORDER BY coalesce(b.published_at, b.ingested_at), b.ingested_at`,
      [resolved],
    );
    return {
      id: p.id,
      key: p.key,
      name: p.name,
      buyer: p.buyer,
      projectCode: p.project_code,
      category: p.category,
      stage: p.stage,
      deadlineAt: p.deadline_at,
      budgetYuan: num(p.budget_yuan),
      winners: p.winners,
      awardYuan: num(p.award_yuan),
      firstSeenAt: p.first_seen_at,
      lastSeenAt: p.last_seen_at,
      timeline: notices.map((n) => ({
        bulletinId: n.id,
        title: n.title,
        category: n.category,
        stage: n.stage,
        publishedAt: n.published_at,
        source: n.source,
        url: n.url,
        deadlineAt: n.deadline_at,
        winners: n.winners,
        awardYuan: num(n.award_yuan),
      })),
    };
  }

  /** The live project an id stands for, following merges; NotFoundError for none. */
  async resolve(id: string): Promise<string> {
    let current = id;
    for (let hop = 0; hop < 10; hop++) {
      const [row]: Array<{ merged_into: string | null }> = await this.dataSource.query(`SELECT merged_into FROM projects WHERE id = $1`, [
        current,
      ]);
      if (!row) throw new NotFoundError('Project');
      if (!row.merged_into) return current;
      current = row.merged_into;
    }
    return current;
  }
}
