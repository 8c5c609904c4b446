// @app/domain/channels: push channels beyond email and SMS — webhook and robot endpoints with
// their message log, WeChat bindings, and Atom feeds. Both the api (members manage them) and the
// worker (it sends through them) load this; nothing here needs argon2 or the admin read models.
export * from '../webhooks/webhook-endpoint-view';
export * from '../webhooks/webhook-endpoints.repository';
export * from '../webhooks/webhook-endpoints.service';
export * from '../webhooks/webhook-messages.repository';
export * from '../webhooks/webhook-secret';
export * from '../webhooks/webhooks.module';
export * from '../feeds/subscription-feeds.repository';
export * from '../feeds/subscription-feeds.service';
export * from '../feeds/feeds.module';
export * from '../wechat/wechat-bindings.repository';
export * from '../wechat/wechat.module';
