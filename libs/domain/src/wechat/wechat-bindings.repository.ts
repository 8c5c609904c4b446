import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Members' WeChat openids. An openid belongs to one member: binding it elsewhere moves it. */
@Injectable()
export class WechatBindingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async bind(memberId: string, openid: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await em.query(`DELETE FROM wechat_bindings WHERE openid = $1 AND member_id <> $2`, [openid, memberId]);
      await em.query(
        `INSERT INTO wechat_bindings (member_id, openid) VALUES ($1, $2) ON CONFLICT (member_id) DO UPDATE SET openid = EXCLUDED.openid, bound_at = now()`,
        [memberId, openid],
      );
    });
  }

  async find(memberId: string): Promise<{ openid: string; boundAt: Date } | null> {
    const [row] = await this.dataSource.query<Array<{ openid: string; boundAt: Date }>>(
      `SELECT openid, bound_at AS "boundAt" FROM wechat_bindings WHERE member_id = $1`,
      [memberId],
    );
    return row ?? null;
  }

  /** Removes the binding; with `openid`, only if it is still that one (the user unfollowed it). */
  async unbind(memberId: string, openid?: string): Promise<boolean> {
    const [, affected] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM wechat_bindings WHERE member_id = $1 AND ($2::text IS NULL OR openid = $2)`,
      [memberId, openid ?? null],
    );
    return affected > 0;
  }
}
