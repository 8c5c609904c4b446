import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { RefreshToken } from './refresh-token.entity';

@Injectable()
export class RefreshTokensRepository {
  constructor(@InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>) {}

  async insert(id: string, memberId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.tokens.insert({ id, memberId, tokenHash, expiresAt });
  }

  findByHash(tokenHash: string): Promise<RefreshToken | null> {
    return this.tokens.findOneBy({ tokenHash });
  }

  /**
   * Spends the token if it is live, recording its successor, and returns it; null when it is
   * unknown, expired or already revoked. One UPDATE, so of two concurrent refreshes with the same
   * token one wins and the other already sees it spent.
   */
  async consume(tokenHash: string, successorId: string): Promise<RefreshToken | null> {
    const result = await this.tokens
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()', replacedById: successorId })
      .where('token_hash = :tokenHash AND revoked_at IS NULL AND expires_at > now()', { tokenHash })
      .returning('id, member_id, expires_at')
      .execute();
    const row = (result.raw as Array<{ id: string; member_id: string; expires_at: Date }>).at(0);
    return row ? Object.assign(new RefreshToken(), { id: row.id, memberId: row.member_id, expiresAt: row.expires_at }) : null;
  }

  async delete(id: string): Promise<void> {
    await this.tokens.delete({ id });
  }

  async revokeByHash(tokenHash: string): Promise<void> {
    await this.tokens.update({ tokenHash, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  async revokeAllOf(memberId: string): Promise<number> {
    const result = await this.tokens.update({ memberId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    return result.affected ?? 0;
  }
}
