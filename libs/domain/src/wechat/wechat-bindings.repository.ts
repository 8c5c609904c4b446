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
        // Nothing for a member deleted meanwhile (a late scan of their QR code).
        `INSERT INTO wechat_bindings (member_id, openid) SELECT $1, $2 WHERE EXISTS (SELECT 1 FROM members WHERE id = $1)
         ON CONFLICT (member_id) DO UPDATE SET openid = EXCLUDED.openid, bound_at = now()`,
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

  /** The user unfollowed the 服务号: whoever has this openid is unbound. */
  async unbindOpenid(openid: string): Promise<boolean> {
    const [, affected] = await this.dataSource.query<[unknown[], number]>(`DELETE FROM wechat_bindings WHERE openid = $1`, [openid]);
    return affected > 0;
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
