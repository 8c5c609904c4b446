// @app/domain/projects: notices of one procurement linked into projects, followed projects with
// their reminders, watched parties, and what was held back. The api (members follow and watch)
// and the worker (it tells followers and watchers, sends reminders) both load this.
export * from '../projects/project-linker.service';
export * from '../projects/project-summaries';
export * from '../projects/projects.service';
export * from '../projects/projects.module';
export * from '../projects/notice-changes';
export * from '../projects/project-follows.service';
export * from '../projects/follow-recipients';
export * from '../projects/reminder-plan';
export * from '../projects/project-reminders.service';
export * from '../parties/bulletin-parties';
export * from '../parties/watch-recipients';
export * from '../parties/party-watches.service';
export * from '../parties/parties.module';
export * from '../held-back/held-back.service';
export * from '../held-back/held-back.module';
