import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { DomainError, NotFoundError } from '../shared/domain.errors';
import { ApiKey } from './api-key.entity';
import { generateApiKey, parseApiKey, secretMatches } from './api-key-secret';
import { Source } from './source.entity';

/** Sources and their API keys. A key's secret is returned once, at creation. */
@Injectable()
export class SourcesService {
  constructor(
    @InjectRepository(Source) private readonly sources: Repository<Source>,
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
  ) {}

  async create(name: string): Promise<{ source: Source; apiKey: string }> {
    if (await this.sources.existsBy({ name })) throw new DomainError('conflict', 'source_exists', `Source ${name} already exists`);
    const source = await this.sources.save(this.sources.create({ name }));
    return { source, apiKey: await this.issueKey(source.id) };
  }

  /** Finds or creates a source by name (used by the import command). */
  async ensure(name: string): Promise<Source> {
    await this.sources.createQueryBuilder().insert().values({ name }).orIgnore().execute();
    return this.sources.findOneByOrFail({ name });
  }

  async issueKey(sourceId: string): Promise<string> {
    if (!(await this.sources.existsBy({ id: sourceId }))) throw new NotFoundError('Source');
    const { key, prefix, secretHash } = generateApiKey();
    await this.keys.insert({ sourceId, prefix, secretHash });
    return key;
  }

  async revokeKey(keyId: string): Promise<void> {
    const result = await this.keys.update({ id: keyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) throw new NotFoundError('API key');
  }

  /**
   * The source a presented key belongs to, or null for unknown, revoked or malformed keys. Records
   * the key's use for the admin's "last used", at most one write a minute per key.
   */
  async authenticate(presented: string): Promise<Source | null> {
    const parsed = parseApiKey(presented);
    if (!parsed) return null;
    const key = await this.keys.findOne({ where: { prefix: parsed.prefix }, relations: { source: true } });
    if (!key || key.revokedAt || !secretMatches(parsed.secret, key.secretHash)) return null;
    await this.keys
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: () => 'now()' })
      .where("id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')", { id: key.id })
      .execute();
    return key.source ?? null;
  }

  /** Recorded after a successful ingest, for the admin's "last seen". */
  async touch(sourceId: string): Promise<void> {
    await this.sources.update({ id: sourceId }, { lastSeenAt: new Date() });
  }
}
