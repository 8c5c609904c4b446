import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LINK_WINDOW_DAYS, linkKeys } from '@app/projects';
import { ProjectSummaries } from './project-summaries';

export interface LinkRow {
  id: string;
  title: string;
  buyer: string | null;
  project_code: string | null;
  published_at: Date | null;
  ingested_at: Date;
  project_id: string | null;
}

/** A notice to link; `stored: false` when its INSERT waits for the project (ingested_at: now). */
export interface LinkNotice extends LinkRow {
  stored: boolean;
}

const WINDOW_MS = LINK_WINDOW_DAYS * 86_400_000;

interface KeyOwner {
  projectId: string;
  /** Epoch milliseconds. */
  lastSeenAt: number;
}

/** Stable project key from the first notice's first link key. */
function projectKey(row: LinkRow, keys: string[]): string {
  return `p-${createHash('sha1')
    .update(`${keys[0] ?? 'id'}|${row.id}`)
    .digest('hex')
    .slice(0, 16)}`;
}

/** Links decided in memory, not yet written. */
class PendingLinks {
  projects: Array<{ id: string; key: string; name: string }> = [];
  bulletins = new Map<string, string>();
  keys = new Map<string, KeyOwner>();

  create(row: LinkRow, keys: string[]): string {
    const id = randomUUID();
    this.projects.push({ id, key: projectKey(row, keys), name: row.title });
    return id;
  }

  clear(): void {
    this.projects = [];
    this.bulletins.clear();
    this.keys.clear();
  }
}

/**
 * Links bulletins to projects inside the ingest transaction. A notice joins the project that owns
 * any of its link keys (seen within the window); a notice whose keys belong to several projects
 * merges them into the oldest; a notice with no match starts a project. Concurrent ingests of one
 * project meet on transaction-scoped advisory locks taken on the keys, in a fixed order.
 */
@Injectable()
export class ProjectLinker {
  constructor(private readonly summaries: ProjectSummaries) {}

  /** Links bulletins already stored, then refreshes the summaries of the projects they touched. */
  async link(em: EntityManager, bulletinIds: string[]): Promise<void> {
    if (!bulletinIds.length) return;
    const rows: LinkRow[] = await em.query(
      `SELECT id, title, buyer, project_code, published_at, ingested_at, project_id FROM bulletins WHERE id = ANY($1::uuid[])`,
      [bulletinIds],
    );
    const placed = await this.place(
      em,
      rows.map((r) => ({ ...r, stored: true })),
    );
    await this.summaries.refresh(em, placed.touched);
  }

  /**
   * Decides the project of each notice and writes projects, link keys and the project of notices
   * already stored; a notice not stored yet (`stored: false`, ingested in this transaction) gets its
   * project from the returned map, for its INSERT. The caller refreshes `touched` summaries once
   * the notices are stored.
   */
  async place(em: EntityManager, notices: LinkNotice[]): Promise<{ projectOf: Map<string, string>; touched: string[] }> {
    const projectOf = new Map<string, string>();
    if (!notices.length) return { projectOf, touched: [] };
    const keyed = notices.map((r) => ({ row: r, keys: linkKeys({ title: r.title, buyer: r.buyer, projectCode: r.project_code }) }));
    const allKeys = [...new Set(keyed.flatMap((k) => k.keys))].sort();
    // The lock statement also tells the transaction's time: the ingested_at of notices not stored yet.
    const locked: Array<{ now: Date }> = allKeys.length
      ? await em.query(`SELECT now() AS now, pg_advisory_xact_lock(hashtext('project:' || k)) FROM unnest($1::text[]) AS k ORDER BY k`, [
          allKeys,
        ])
      : [];
    const now = locked[0]?.now ?? new Date();
    for (const { row } of keyed) if (!row.stored) row.ingested_at = now;
    const time = (r: LinkRow) => new Date(r.published_at ?? r.ingested_at).getTime();
    // Oldest first, as the keys' history reads.
    keyed.sort((x, y) => time(x.row) - time(y.row) || (x.row.id < y.row.id ? -1 : x.row.id > y.row.id ? 1 : 0));
    const touched = new Set<string>();
    const merged = new Map<string, string>();
    // The whole batch is decided in memory from one read of its keys' owners and written in a few
    // set-based statements; only a notice that meets two projects (merge, split) goes the long way.
    let owners = await this.owners(em, allKeys);
    const pending = new PendingLinks();
    for (const { row, keys } of keyed) {
      const at = time(row);
      const near = new Set(
        keys
          .map((k) => owners.get(k))
          .filter((o): o is KeyOwner => !!o && Math.abs(o.lastSeenAt - at) <= WINDOW_MS)
          .map((o) => o.projectId),
      );
      if (near.size > 1) {
        await this.flush(em, pending);
        const projectId = await this.linkOne(em, row, keys, touched, merged);
        touched.add(projectId);
        projectOf.set(row.id, projectId);
        // A merge moved keys between projects: read their owners again.
        owners = await this.owners(em, allKeys);
        continue;
      }
      const projectId = [...near][0] ?? row.project_id ?? pending.create(row, keys);
      projectOf.set(row.id, projectId);
      if (row.stored) pending.bulletins.set(row.id, projectId);
      if (row.project_id && row.project_id !== projectId) touched.add(row.project_id);
      for (const key of keys) {
        // As the key upsert does: a key seen outside the window moves to the new project.
        const prior = owners.get(key);
        const owner = { projectId, lastSeenAt: prior?.projectId === projectId ? Math.max(prior.lastSeenAt, at) : at };
        owners.set(key, owner);
        pending.keys.set(key, owner);
      }
      touched.add(projectId);
    }
    await this.flush(em, pending);
    // Notices not stored yet follow a merge of the project they were given earlier in the batch.
    const resolve = (id: string): string => (merged.has(id) ? resolve(merged.get(id)!) : id);
    for (const [id, projectId] of projectOf) projectOf.set(id, resolve(projectId));
    return { projectOf, touched: [...touched] };
  }

  /** Recomputes the summaries of these projects (after their notices are stored). */
  refresh(em: EntityManager, projectIds: string[]): Promise<void> {
    return this.summaries.refresh(em, projectIds);
  }

  /** Current owner of each of these keys that has one. */
  private async owners(em: EntityManager, keys: string[]): Promise<Map<string, KeyOwner>> {
    if (!keys.length) return new Map();
    const rows: Array<{ key: string; project_id: string; last_seen_at: Date }> = await em.query(
      `SELECT key, project_id, last_seen_at FROM project_link_keys WHERE key = ANY($1::text[])`,
      [keys],
    );
    return new Map(rows.map((r) => [r.key, { projectId: r.project_id, lastSeenAt: new Date(r.last_seen_at).getTime() }]));
  }

  /** Writes what the batch decided so far: new projects, then each notice's project, then the keys. */
  private async flush(em: EntityManager, pending: PendingLinks): Promise<void> {
    if (pending.projects.length) {
      await em.query(
        `INSERT INTO projects (id, key, name, category) SELECT id, key, name, 'other' FROM unnest($1::uuid[], $2::text[], $3::text[]) AS p(id, key, name)`,
        [pending.projects.map((p) => p.id), pending.projects.map((p) => p.key), pending.projects.map((p) => p.name)],
      );
    }
    if (pending.bulletins.size) {
      await em.query(
        `UPDATE bulletins b SET project_id = v.project_id FROM unnest($1::uuid[], $2::uuid[]) AS v(id, project_id) WHERE b.id = v.id`,
        [[...pending.bulletins.keys()], [...pending.bulletins.values()]],
      );
    }
    if (pending.keys.size) {
      const keys = [...pending.keys.keys()].sort();
      await em.query(
        `INSERT INTO project_link_keys (key, project_id, last_seen_at)
         SELECT * FROM unnest($1::text[], $2::uuid[], $3::timestamptz[]) ORDER BY 1
         ON CONFLICT (key) DO UPDATE SET project_id = EXCLUDED.project_id,
           last_seen_at = CASE WHEN project_link_keys.project_id = EXCLUDED.project_id
                               THEN greatest(project_link_keys.last_seen_at, EXCLUDED.last_seen_at) ELSE EXCLUDED.last_seen_at END`,
        [keys, keys.map((k) => pending.keys.get(k)!.projectId), keys.map((k) => new Date(pending.keys.get(k)!.lastSeenAt).toISOString())],
      );
    }
    pending.clear();
  }

  private async linkOne(
    em: EntityManager,
    row: LinkNotice,
    keys: string[],
    touched: Set<string>,
    merged: Map<string, string>,
  ): Promise<string> {
    const at = row.published_at ?? row.ingested_at;
    const owners: Array<{ key: string; project_id: string; last_seen_at: Date; first_seen_at: Date }> = keys.length
      ? await em.query(
          `SELECT k.key, k.project_id, k.last_seen_at, p.first_seen_at FROM project_link_keys k JOIN projects p ON p.id = k.project_id
            WHERE k.key = ANY($1::text[])`,
          [keys],
        )
      : [];
    const near = owners.filter((o) => Math.abs(new Date(o.last_seen_at).getTime() - new Date(at).getTime()) <= WINDOW_MS);
    const candidates = [...new Map(near.map((o) => [o.project_id, o])).values()].sort(
      (a, b) => new Date(a.first_seen_at).getTime() - new Date(b.first_seen_at).getTime() || (a.project_id < b.project_id ? -1 : 1),
    );
    const apart = await this.splitApart(
      em,
      candidates.map((c) => c.project_id),
    );
    let projectId = candidates[0]?.project_id ?? row.project_id;
    // Among projects an admin split apart, the notice joins the owner of its strongest key (code,
    // then buyer + name, then name) that both sides did not carry when split.
    if (apart.pairs.size) {
      const ownerOf = (k: string) => near.find((o) => o.key === k)?.project_id;
      projectId =
        keys
          .filter((k) => !apart.sharedKeys.has(k))
          .map(ownerOf)
          .find(Boolean) ??
        keys.map(ownerOf).find(Boolean) ??
        projectId;
    }
    if (!projectId) projectId = await this.create(em, row, keys);
    // This notice bridges projects (its code is one's, its name another's): they are one — unless
    // an admin split them, then each keeps its notices and its keys.
    const joined = [projectId];
    const keptApart = new Set<string>();
    for (const { project_id: other } of candidates) {
      if (other === projectId) continue;
      if (joined.some((j) => apart.pairs.has(`${j}|${other}`))) {
        keptApart.add(other);
        continue;
      }
      await this.merge(em, other, projectId);
      merged.set(other, projectId);
      joined.push(other);
      touched.delete(other);
    }
    // Keys a project kept apart owns stay its own.
    const claimed = keys.filter((k) => !keptApart.has(near.find((o) => o.key === k)?.project_id ?? ''));
    const previous = row.project_id;
    if (row.stored) await em.query(`UPDATE bulletins SET project_id = $2 WHERE id = $1`, [row.id, projectId]);
    if (previous && previous !== projectId) touched.add(previous);
    if (claimed.length) {
      // A key seen outside the window moves to the new project: the old procurement is over.
      await em.query(
        `INSERT INTO project_link_keys (key, project_id, last_seen_at) SELECT k, $2, $3 FROM unnest($1::text[]) AS k
         ON CONFLICT (key) DO UPDATE SET project_id = EXCLUDED.project_id,
           last_seen_at = CASE WHEN project_link_keys.project_id = EXCLUDED.project_id
                               THEN greatest(project_link_keys.last_seen_at, EXCLUDED.last_seen_at) ELSE EXCLUDED.last_seen_at END`,
        [claimed, projectId, at],
      );
    }
    return projectId;
  }

  /** Pairs of these projects an admin split apart (both ways round, "a|b"), and the keys both sides carried then. */
  private async splitApart(em: EntityManager, projectIds: string[]): Promise<{ pairs: Set<string>; sharedKeys: Set<string> }> {
    if (projectIds.length < 2) return { pairs: new Set(), sharedKeys: new Set() };
    const rows = await em.query<Array<{ project_id: string; split_from: string; shared_keys: string[] }>>(
      `SELECT project_id, split_from, shared_keys FROM project_splits WHERE project_id = ANY($1::uuid[]) AND split_from = ANY($1::uuid[])`,
      [projectIds],
    );
    return {
      pairs: new Set(rows.flatMap((r) => [`${r.project_id}|${r.split_from}`, `${r.split_from}|${r.project_id}`])),
      sharedKeys: new Set(rows.flatMap((r) => r.shared_keys)),
    };
  }

  private async create(em: EntityManager, row: LinkRow, keys: string[]): Promise<string> {
    const key = projectKey(row, keys);
    const [created]: Array<{ id: string }> = await em.query(
      `INSERT INTO projects (key, name, category) VALUES ($1, $2, 'other') RETURNING id`,
      [key, row.title],
    );
    return created.id;
  }

  /** Moves every notice, key and follower of `fromId` to `intoId`; `fromId` stays as a pointer. */
  async merge(em: EntityManager, fromId: string, intoId: string): Promise<void> {
    if (fromId === intoId) return;
    await em.query(`UPDATE bulletins SET project_id = $2 WHERE project_id = $1`, [fromId, intoId]);
    await em.query(`UPDATE project_link_keys SET project_id = $2 WHERE project_id = $1`, [fromId, intoId]);
    await em.query(`UPDATE projects SET merged_into = $2, notice_count = 0, updated_at = now() WHERE id = $1`, [fromId, intoId]);
    await em.query(`UPDATE projects SET merged_into = $2 WHERE merged_into = $1`, [fromId, intoId]);
    // What was split apart from either stays apart from the merged project.
    await em.query(
      `INSERT INTO project_splits (project_id, split_from, shared_keys)
       SELECT CASE WHEN project_id = $1 THEN $2 ELSE project_id END, CASE WHEN split_from = $1 THEN $2 ELSE split_from END, shared_keys
         FROM project_splits WHERE (project_id = $1 OR split_from = $1) AND NOT (project_id IN ($1, $2) AND split_from IN ($1, $2))
       ON CONFLICT DO NOTHING`,
      [fromId, intoId],
    );
    await em.query(`DELETE FROM project_splits WHERE project_id = $1 OR split_from = $1`, [fromId]);
    // Followers of either project follow the merged one (once).
    await em.query(
      `INSERT INTO project_follows (member_id, project_id, channels, reminder_offsets_hours)
       SELECT member_id, $2, channels, reminder_offsets_hours FROM project_follows WHERE project_id = $1
       ON CONFLICT (member_id, project_id) DO NOTHING`,
      [fromId, intoId],
    );
    await em.query(`DELETE FROM project_follows WHERE project_id = $1`, [fromId]);
  }
}
