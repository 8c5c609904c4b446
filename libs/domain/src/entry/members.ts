// @app/domain/members: what the api's member routes need — accounts and sessions (argon2),
// profile and phone binding, the inbox, subscriptions with preview, one-click unsubscribe.
export * from '../members/password-hasher';
export * from '../members/account-links';
export * from '../members/inbox-cursor';
export * from '../members/members.repository';
export * from '../members/refresh-tokens.service';
export * from '../members/member-accounts.service';
export * from '../members/phone-verification.service';
export * from '../members/member-profile.service';
export * from '../members/member-inbox.repository';
export * from '../members/member-inbox.service';
export * from '../members/unsubscribe.service';
export * from '../members/members.module';
export * from '../deliveries/member-deliveries.repository';
export * from '../subscriptions/subscriptions.repository';
export * from '../subscriptions/subscriptions.service';
export * from '../subscriptions/preview-query';
export * from '../subscriptions/subscription-preview.service';
export * from '../subscriptions/subscriptions.module';
