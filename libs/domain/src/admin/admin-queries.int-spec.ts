import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { insertBulletins, insertMember, resetDatabase } from '@app/testing';
import { AUDIT_ACTIONS } from './audit/audit-actions';
import { AuditTrail } from './audit/audit-trail.service';
import { AdminBulletinsRepository } from './bulletins/admin-bulletins.repository';
import { AdminDeliveriesRepository } from './deliveries/admin-deliveries.repository';
import { AdminStatsRepository } from './stats/admin-stats.repository';

describe('admin queries (Postgres)', () => {
  let ds: DataSource;
  let audit: AuditTrail;

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(loadConfig(testEnvironment()))).initialize();
    await resetDatabase(ds);
    audit = new AuditTrail(ds);
  });
  afterAll(() => ds.destroy());

  describe('AuditTrail', () => {
    it('writes in the caller’s transaction: a rolled-back change leaves no audit row', async () => {
      const admin = await insertMember(ds, { email: 'root@example.cn', role: 'admin' });
      const entry = {
        action: AUDIT_ACTIONS.memberPlan,
        targetType: 'member' as const,
        targetId: admin.id,
        before: { plan: 'free' },
        after: { plan: 'pro' },
      };
      await expect(
        ds.transaction(async (em) => {
          await audit.record({ id: admin.id, requestId: 'req-1' }, entry, em);
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect((await audit.list({}, { page: 1, pageSize: 10 })).total).toBe(0);

      await ds.transaction((em) =>
        audit.record({ id: admin.id, requestId: 'req-2' }, [entry, { ...entry, action: AUDIT_ACTIONS.memberSuspend }], em),
      );
      const page = await audit.list({ actor: 'root@' }, { page: 1, pageSize: 10 });
      expect(page.total).toBe(2);
      expect(page.items[0]).toMatchObject({
        actorId: admin.id,
        actorEmail: 'root@example.cn',
        targetType: 'member',
        requestId: 'req-2',
        before: { plan: 'free' },
      });
      expect((await audit.list({ action: 'member.suspend' }, { page: 1, pageSize: 10 })).total).toBe(1);
      expect((await audit.list({ action: 'member' }, { page: 1, pageSize: 10 })).total).toBe(2);
      // % and _ in a search are literal.
      expect((await audit.list({ actor: '%' }, { page: 1, pageSize: 10 })).total).toBe(0);
    });
  });

  describe('AdminBulletinsRepository.search', () => {
    it('finds the same rows with and without the bigram index, in match form', async () => {
      await insertBulletins(ds, [
        { title: '市政道路照明工程', body: '含路灯维修' },
        { title: '渝中區道路改造', body: '' },
        { title: '绿化养护', body: '道 路 清扫与改造' },
        { title: 'ＬＥＤ显示屏采购', body: '' },
      ]);
      const repo = new AdminBulletinsRepository(ds);
      const titles = async (q: string, scope: 'title' | 'title_body') =>
        (await repo.search({ q, scope }, { page: 1, pageSize: 50 })).items.map((b) => b.title).sort();
      expect(await titles('道路', 'title')).toEqual(['市政道路照明工程', '渝中區道路改造']);
      expect(await titles('道路 改造', 'title_body')).toEqual(['渝中區道路改造', '绿化养护']);
      // One-character parts cannot use the index; the plain scan must agree.
      expect(await titles('路 灯', 'title_body')).toEqual(['市政道路照明工程']);
      expect(await titles('led', 'title')).toEqual(['ＬＥＤ显示屏采购']);
      expect(await titles('100%', 'title')).toEqual([]);
    });
  });

  describe('AdminDeliveriesRepository and AdminStatsRepository', () => {
    it('filters deliveries and counts them per local day', async () => {
      const m = await insertMember(ds);
      await ds.query(
        `INSERT INTO deliveries (period_month, member_id, channel, kind, period_key, due_at, status, created_at) VALUES
           (date_trunc('month', timezone('UTC', now()))::date, $1, 'email', 'instant', 'a', now(), 'failed', now()), (date_trunc('month', timezone('UTC', now()))::date, $1, 'sms', 'instant', 'b', now(), 'failed', now()),
           (date_trunc('month', timezone('UTC', now()))::date, $1, 'email', 'daily', 'c', now(), 'sent', now() - interval '2 days'), (date_trunc('month', timezone('UTC', now()))::date, $1, 'email', 'daily', 'd', now(), 'sent', now() - interval '40 days')`,
        [m.id],
      );
      const repo = new AdminDeliveriesRepository(ds);
      expect((await repo.search({ status: ['failed'], channel: 'email' }, { page: 1, pageSize: 10 })).total).toBe(1);
      expect((await repo.search({ from: new Date(Date.now() - 3 * 86_400_000) }, { page: 1, pageSize: 10 })).total).toBe(3);
      expect(await repo.candidates({ status: ['failed'] }, 1)).toHaveLength(1);

      const stats = await new AdminStatsRepository(ds).summary(30, 'Asia/Shanghai');
      expect(stats.days).toHaveLength(30);
      const total = stats.days.reduce(
        (n, d) => n + Object.values(d.deliveries).reduce((a, byStatus) => a + Object.values(byStatus).reduce((x, y) => x + y, 0), 0),
        0,
      );
      expect(total).toBe(3); // the one from 40 days ago is outside the window
      expect(stats.days[29].deliveries).toEqual({ email: { failed: 1 }, sms: { failed: 1 } });
    });
  });
});
