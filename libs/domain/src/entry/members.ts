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
// members' not-relevant marks: why a match happened, one-click fixes, email links
export * from '../feedback/not-relevant-marks.repository';
export * from '../feedback/hit-context';
export * from '../feedback/suggest-fixes';
export * from '../feedback/match-feedback.repository';
export * from '../feedback/match-feedback.service';
export * from '../feedback/not-relevant.service';
export * from '../feedback/feedback.module';
