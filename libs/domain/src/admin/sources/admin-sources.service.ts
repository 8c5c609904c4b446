import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError } from '../../shared/domain.errors';
import { parseApiKey } from '../../sources/api-key-secret';
import { SourcesService } from '../../sources/sources.service';
import { AUDIT_ACTIONS, type AuditActor } from '../audit/audit-actions';
import { AuditTrail } from '../audit/audit-trail.service';

export interface ApiKeyView {
  id: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface AdminSourceView {
  id: string;
  name: string;
  createdAt: Date;
  lastSeenAt: Date | null;
  lastIngestedAt: Date | null;
  bulletinsTotal: number;
  bulletinsLast24h: number;
  keys: ApiKeyView[];
}

/** A freshly issued key: the only time its secret is shown. */
export interface IssuedKey extends ApiKeyView {
  apiKey: string;
}

const KEY = `json_build_object('id', k.id, 'prefix', k.prefix, 'createdAt', k.created_at, 'lastUsedAt', k.last_used_at, 'revokedAt', k.revoked_at)`;

/** Sources with their ingest counts; key management through SourcesService, audited. */
@Injectable()
export class AdminSourcesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: SourcesService,
    private readonly audit: AuditTrail,
  ) {}

  list(): Promise<AdminSourceView[]> {
    return this.query('');
  }

  async get(id: string): Promise<AdminSourceView> {
    const [source] = await this.query('WHERE s.id = $1', [id]);
    if (!source) throw new NotFoundError('Source');
    return source;
  }

  async create(actor: AuditActor, name: string): Promise<{ source: AdminSourceView; key: IssuedKey }> {
    const created = await this.sources.create(name);
    const key = await this.issuedKey(created.apiKey);
    await this.audit.record(actor, {
      action: AUDIT_ACTIONS.sourceCreate,
      targetType: 'source',
      targetId: created.source.id,
      after: { name, keyId: key.id, keyPrefix: key.prefix },
    });
    return { source: await this.get(created.source.id), key };
  }

  async issueKey(actor: AuditActor, sourceId: string): Promise<IssuedKey> {
    const key = await this.issuedKey(await this.sources.issueKey(sourceId));
    await this.audit.record(actor, {
      action: AUDIT_ACTIONS.sourceKeyIssue,
      targetType: 'api_key',
      targetId: key.id,
      after: { sourceId, prefix: key.prefix },
    });
    return key;
  }

  async revokeKey(actor: AuditActor, sourceId: string, keyId: string): Promise<ApiKeyView> {
    const before = await this.key(sourceId, keyId);
    if (before.revokedAt) throw new DomainError('conflict', 'api_key_revoked', 'This API key is already revoked');
    await this.sources.revokeKey(keyId);
    const after = await this.key(sourceId, keyId);
    await this.audit.record(actor, {
      action: AUDIT_ACTIONS.sourceKeyRevoke,
      targetType: 'api_key',
      targetId: keyId,
      before: { sourceId, ...before },
      after: { sourceId, ...after },
    });
    return after;
  }

  private async key(sourceId: string, keyId: string): Promise<ApiKeyView> {
    const [row] = await this.dataSource.query<KeyRow[]>(`SELECT ${KEY} AS key FROM api_keys k WHERE k.id = $1 AND k.source_id = $2`, [
      keyId,
      sourceId,
    ]);
    if (!row) throw new NotFoundError('API key');
    return keyView(row.key);
  }

  private async issuedKey(apiKey: string): Promise<IssuedKey> {
    const prefix = parseApiKey(apiKey)!.prefix;
    const [row] = await this.dataSource.query<KeyRow[]>(`SELECT ${KEY} AS key FROM api_keys k WHERE k.prefix = $1`, [prefix]);
    return { ...keyView(row.key), apiKey };
  }

  private async query(where: string, params: unknown[] = []): Promise<AdminSourceView[]> {
    const rows: AdminSourceView[] = await this.dataSource.query(
      `SELECT s.id, s.name, s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt",
              c.last_ingested_at AS "lastIngestedAt", c.total AS "bulletinsTotal", c.last24h AS "bulletinsLast24h",
              COALESCE((SELECT json_agg(${KEY} ORDER BY k.created_at) FROM api_keys k WHERE k.source_id = s.id), '[]'::json) AS keys
         FROM sources s
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS total, (count(*) FILTER (WHERE b.ingested_at > now() - interval '24 hours'))::int AS last24h,
                  max(b.ingested_at) AS last_ingested_at
             FROM bulletins b WHERE b.source_id = s.id) c
        ${where}
        ORDER BY s.name`,
      params,
    );
    return rows.map((r) => ({ ...r, keys: (r.keys as unknown as Array<Record<string, string | null>>).map(keyView) }));
  }
}

// json_build_object hands timestamps back as text.
/** A key as `json_build_object` returns it: dates are ISO strings. */
type KeyRow = { key: Record<string, string | null> };

function keyView(raw: KeyRow['key']): ApiKeyView {
  const date = (v: string | null) => (v === null ? null : new Date(v));
  return {
    id: raw.id!,
    prefix: raw.prefix!,
    createdAt: new Date(raw.createdAt!),
    lastUsedAt: date(raw.lastUsedAt),
    revokedAt: date(raw.revokedAt),
  };
}
