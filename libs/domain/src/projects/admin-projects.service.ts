import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { linkKeys } from '@app/projects';
import { AUDIT_ACTIONS, type AuditActor } from '../admin/audit/audit-actions';
import { AuditTrail } from '../admin/audit/audit-trail.service';
import { NotFoundError, ValidationError } from '../shared/domain.errors';
import { ProjectLinker } from './project-linker.service';
import { ProjectSummaries } from './project-summaries';

/** An admin's corrections to linking, each audited in its own transaction: merge two projects, split notices off. */
@Injectable()
export class AdminProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly linker: ProjectLinker,
    private readonly summaries: ProjectSummaries,
    private readonly audit: AuditTrail,
  ) {}

  async merge(actor: AuditActor, fromId: string, intoId: string): Promise<{ projectId: string; movedNotices: number }> {
    if (fromId === intoId) throw new ValidationError([{ field: 'intoId', message: 'a project cannot be merged into itself' }]);
    return this.dataSource.transaction(async (em) => {
      await this.lockLive(em, [fromId, intoId]);
      const [{ n }] = await em.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM bulletins WHERE project_id = $1`, [fromId]);
      await this.linker.merge(em, fromId, intoId);
      // Merged by hand: whatever split them before no longer holds.
      await em.query(`DELETE FROM project_splits WHERE (project_id = $1 AND split_from = $2) OR (project_id = $2 AND split_from = $1)`, [
        fromId,
        intoId,
      ]);
      await this.summaries.refresh(em, [intoId]);
      await this.audit.record(
        actor,
        {
          action: AUDIT_ACTIONS.projectMerge,
          targetType: 'project',
          targetId: fromId,
          before: { projectId: fromId },
          after: { mergedInto: intoId, movedNotices: n },
        },
        em,
      );
      return { projectId: intoId, movedNotices: n };
    });
  }

  /** Moves these notices to a new project; the link keys only they carry move with them. */
  async split(actor: AuditActor, projectId: string, bulletinIds: string[]): Promise<{ projectId: string; newProjectId: string }> {
    return this.dataSource.transaction(async (em) => {
      await this.lockLive(em, [projectId]);
      const rows = await em.query<
        Array<{ id: string; title: string; buyer: string | null; project_code: string | null; project_id: string }>
      >(`SELECT id, title, buyer, project_code, project_id FROM bulletins WHERE project_id = $1`, [projectId]);
      const moving = rows.filter((r) => bulletinIds.includes(r.id));
      if (moving.length !== new Set(bulletinIds).size)
        throw new ValidationError([{ field: 'bulletinIds', message: 'every id must be a notice of this project' }]);
      if (moving.length === rows.length)
        throw new ValidationError([{ field: 'bulletinIds', message: 'leave at least one notice in the project' }]);
      const keysOf = (r: (typeof rows)[number]) => linkKeys({ title: r.title, buyer: r.buyer, projectCode: r.project_code });
      const staying = new Set(rows.filter((r) => !bulletinIds.includes(r.id)).flatMap(keysOf));
      const movingKeys = [...new Set(moving.flatMap(keysOf))].filter((k) => !staying.has(k));
      const [created] = await em.query<Array<{ id: string }>>(
        `INSERT INTO projects (key, name, category) VALUES ('p-split-' || gen_random_uuid(), $1, 'other') RETURNING id`,
        [moving[0].title],
      );
      await em.query(`UPDATE bulletins SET project_id = $2 WHERE id = ANY($1::uuid[])`, [bulletinIds, created.id]);
      // Pinned apart: a later notice carrying keys of both does not join them again. The keys both
      // sides carried say nothing about which side a later notice belongs to.
      const sharedKeys = [...new Set(moving.flatMap(keysOf))].filter((k) => staying.has(k));
      await em.query(`INSERT INTO project_splits (project_id, split_from, shared_keys) VALUES ($1, $2, $3)`, [
        created.id,
        projectId,
        sharedKeys,
      ]);
      await em.query(`UPDATE project_link_keys SET project_id = $2 WHERE key = ANY($1::text[]) AND project_id = $3`, [
        movingKeys,
        created.id,
        projectId,
      ]);
      await this.summaries.refresh(em, [projectId, created.id]);
      await this.audit.record(
        actor,
        {
          action: AUDIT_ACTIONS.projectSplit,
          targetType: 'project',
          targetId: projectId,
          before: { bulletinIds: rows.map((r) => r.id) },
          after: { newProjectId: created.id, movedBulletinIds: bulletinIds },
        },
        em,
      );
      return { projectId, newProjectId: created.id };
    });
  }

  private async lockLive(em: EntityManager, ids: string[]): Promise<void> {
    const rows = await em.query<Array<{ id: string }>>(
      `SELECT id FROM projects WHERE id = ANY($1::uuid[]) AND merged_into IS NULL ORDER BY id FOR UPDATE`,
      [ids],
    );
    if (rows.length !== new Set(ids).size) throw new NotFoundError('Project');
  }
}
