export * from './party-watch.entity';
export * from './watch-notice.entity';
export * from './bulletin-parties';
export * from './watch-recipients';
export * from './party-watches.service';
export * from './parties.module';
