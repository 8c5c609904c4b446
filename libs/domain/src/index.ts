// @app/domain: the shared core every audience may load — entities, errors, the bulletin input
// contract and the small pure rules both sides of the queue agree on. Services live behind the
// entry points by audience (entry/): @app/domain/members, /ingest, /admin and /worker, so a
// process loads only what it runs (the worker never loads argon2 or the admin read models).
export * from './bulletins/bulletin.entity';
export * from './bulletins/bulletin-category';
export * from './bulletins/bulletin-input';
export * from './bulletins/bulletin-fields';
export * from './bulletins/validate-bulletin-input';
export * from './deliveries/delivery.entity';
export * from './deliveries/notification.entity';
export * from './deliveries/open-instant-window.entity';
export * from './deliveries/due-delivery';
export * from './deliveries/delivery-periods';
export * from './matches/match.entity';
export * from './members/member.entity';
export * from './members/refresh-token.entity';
export * from './members/phone-code.entity';
export * from './members/phone-number';
export * from './members/time-zone';
export * from './sources/api-key.entity';
export * from './sources/source.entity';
export * from './subscriptions/subscription.entity';
export * from './shared/storable-text';
export * from './subscriptions/subscription-terms';
export * from './subscriptions/subscription-input';
export * from './shared/domain.errors';
export * from './shared/signed-token';
export * from './matches/bulletin-match-state.entity';
export * from './matches/match-hits';
export * from './matches/hit-sentences';
export * from './feedback/not-relevant-mark.entity';
export * from './feedback/not-relevant-link';
export * from './webhooks/webhook-endpoint.entity';
export * from './webhooks/webhook-message.entity';
export * from './feeds/subscription-feed.entity';
export * from './wechat/wechat-binding.entity';
export * from './projects/project.entity';
export * from './projects/project-link-key.entity';
export * from './projects/project-follow.entity';
export * from './projects/follow-notice.entity';
export * from './projects/project-reminder.entity';
export * from './projects/follow-link';
export * from './parties/party-watch.entity';
export * from './parties/watch-notice.entity';
