import type { RouteDef } from '../../app/routes';
import { AdminShell } from '../../components/admin/AdminNav';
import { AdminAuditPage } from './AdminAuditPage';
import { AdminBulletinPage } from './AdminBulletinPage';
import { AdminBulletinsPage } from './AdminBulletinsPage';
import { AdminDeliveriesPage } from './AdminDeliveriesPage';
import { AdminMemberPage } from './AdminMemberPage';
import { AdminMembersPage } from './AdminMembersPage';
import { AdminSourcesPage } from './AdminSourcesPage';
import { AdminStatsPage } from './AdminStatsPage';
import { AdminSubscriptionsPage } from './AdminSubscriptionsPage';
import { AdminWhyPage } from './AdminWhyPage';

const admin = (path: string, render: RouteDef['render']): RouteDef => ({
  path,
  access: 'admin',
  render: (p) => <AdminShell>{render(p)}</AdminShell>,
});

export const adminRoutes: RouteDef[] = [
  admin('/admin', () => <AdminStatsPage />),
  admin('/admin/members', () => <AdminMembersPage />),
  admin('/admin/members/:id', (p) => <AdminMemberPage key={p.id} id={p.id} />),
  admin('/admin/subscriptions', () => <AdminSubscriptionsPage />),
  admin('/admin/deliveries', () => <AdminDeliveriesPage />),
  admin('/admin/bulletins', () => <AdminBulletinsPage />),
  admin('/admin/bulletins/:id', (p) => <AdminBulletinPage key={p.id} id={p.id} />),
  admin('/admin/sources', () => <AdminSourcesPage />),
  admin('/admin/why', () => <AdminWhyPage />),
  admin('/admin/audit', () => <AdminAuditPage />),
];
