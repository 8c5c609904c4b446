import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Recomputes projects' summary columns from their notices, newest notice first: where the
 * procurement stands (category, stage), the latest deadline and budget stated, the latest
 * winners and award amount, the buyer and code first stated.
 */
@Injectable()
export class ProjectSummaries {
  async refresh(em: EntityManager, projectIds: string[]): Promise<void> {
    if (!projectIds.length) return;
    const latest = (col: string, where: string) =>
      `(SELECT b.${col} FROM bulletins b WHERE b.project_id = p.id AND ${where}
         ORDER BY coalesce(b.published_at, b.ingested_at) DESC, b.ingested_at DESC LIMIT 1)`;
    const first = (col: string) =>
      `(SELECT b.${col} FROM bulletins b WHERE b.project_id = p.id AND b.${col} IS NOT NULL
         ORDER BY coalesce(b.published_at, b.ingested_at), b.ingested_at LIMIT 1)`;
    await em.query(
      `UPDATE projects p SET
         category = coalesce(${latest('category', 'b.withdrawn_at IS NULL')}, p.category),
         stage = ${latest('stage', 'b.withdrawn_at IS NULL')},
         deadline_at = ${latest('deadline_at', 'b.deadline_at IS NOT NULL AND b.withdrawn_at IS NULL')},
         budget_yuan = ${latest('budget_yuan', 'b.budget_yuan IS NOT NULL AND b.withdrawn_at IS NULL')},
         winners = coalesce(${latest('winners', `cardinality(b.winners) > 0 AND b.withdrawn_at IS NULL`)}, '{}'),
         award_yuan = ${latest('award_yuan', 'b.award_yuan IS NOT NULL AND b.withdrawn_at IS NULL')},
         buyer = ${first('buyer')},
         project_code = ${first('project_code')},
         name = coalesce(${first('title')}, p.name),
         notice_count = (SELECT count(*) FROM bulletins b WHERE b.project_id = p.id),
         first_seen_at = coalesce((SELECT min(coalesce(b.published_at, b.ingested_at)) FROM bulletins b WHERE b.project_id = p.id), p.first_seen_at),
         last_seen_at = coalesce((SELECT max(coalesce(b.published_at, b.ingested_at)) FROM bulletins b WHERE b.project_id = p.id), p.last_seen_at),
         updated_at = now()
       WHERE p.id = ANY($1::uuid[]) AND p.merged_into IS NULL`,
      [projectIds],
    );
  }
}
