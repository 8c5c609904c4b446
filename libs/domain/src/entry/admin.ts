// @app/domain/admin: read models across all members and audited admin writes. Kept apart from
// the write path: nothing the worker loads imports from here.
export * from '../admin';
export * from '../projects/admin-projects.service';
export * from '../projects/admin-projects.module';
export * from '../projects/admin-projects.service';
export * from '../projects/admin-projects.module';
export * from '../admin/channels/admin-webhooks.service';
export * from '../admin/channels/admin-webhooks.repository';
export * from '../admin/channels/admin-teams.service';
export * from '../admin/channels/admin-channels.module';
