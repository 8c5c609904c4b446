// Generated from apps/api/openapi.json by `npm run api:types`. Do not edit: change the DTOs and run it again.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ingest/bulletins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Push a batch of bulletins; one result per item (created, updated, duplicate or rejected) */
        post: operations["IngestController_bulletins"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account; a verification link is emailed (same answer for an address that already has one) */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in: a short-lived access token and a single-use refresh token. Needs a verified email; 5 failures lock the email for 15 min */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trade a refresh token for a new pair. Reusing a spent refresh token signs out every session */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a refresh token (idempotent) */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of the signed-in member, access tokens included */
        post: operations["AuthController_logoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password; every other session ends and a new one is returned */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The link in the verification email; a page for browsers, JSON otherwise */
        get: operations["AccountLinksController_verifyLink"];
        put?: never;
        /** Verify with the token from the emailed link (for apps) */
        post: operations["AccountLinksController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/resend-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the verification link again (same answer for any address) */
        post: operations["AccountLinksController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a password reset link, valid one hour and once (same answer for any address) */
        post: operations["AccountLinksController_forgot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The link in the reset email: a form that posts the new password */
        get: operations["AccountLinksController_resetForm"];
        put?: never;
        /** Set a new password with the emailed token; every session ends */
        post: operations["AccountLinksController_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in member: profile, delivery settings and plan limits */
        get: operations["MeController_get"];
        put?: never;
        post?: never;
        /** Delete the account and all its data (subscriptions, matches, deliveries, sessions) */
        delete: operations["MeController_remove"];
        options?: never;
        head?: never;
        /** Change profile and delivery settings (only the fields sent) */
        patch: operations["MeController_update"];
        trace?: never;
    };
    "/v1/me/phone/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a 6-digit code by SMS to the profile phone (valid 10 min, 5 attempts, one per minute) */
        post: operations["PhoneController_sendCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/phone/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the code; the phone is then verified and SMS alerts can be enabled */
        post: operations["PhoneController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member’s own alerts and digests, newest first: channel, status, subject, how many bulletins */
        get: operations["MemberDeliveriesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a draft filter would have caught in the last `days` days (default 30, max 90): total and the newest 20 */
        post: operations["SubscriptionPreviewController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same for a saved subscription */
        get: operations["SubscriptionPreviewController_saved"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member's subscriptions, oldest first, each with its matches in the last 7 days */
        get: operations["SubscriptionsController_list"];
        put?: never;
        /** Create a subscription (plan limits: subscriptions per member, keywords per subscription) */
        post: operations["SubscriptionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One subscription */
        get: operations["SubscriptionsController_get"];
        put?: never;
        post?: never;
        /** Delete a subscription and its matches */
        delete: operations["SubscriptionsController_remove"];
        options?: never;
        head?: never;
        /** Change the fields sent; matching picks the change up within seconds */
        patch: operations["SubscriptionsController_update"];
        trace?: never;
    };
    "/v1/subscriptions/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop matching and alerts until resumed (idempotent) */
        post: operations["SubscriptionsController_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Match again from now on (idempotent) */
        post: operations["SubscriptionsController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member's webhook and chat-robot endpoints (secrets are never listed) */
        get: operations["WebhooksController_list"];
        put?: never;
        /** Register an endpoint; a webhook gets its signing secret in this answer only */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One endpoint (without its secret) */
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        /** Remove the endpoint and its delivery log */
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        /** Change URL, description, subscription or robot secret; enabled=true re-enables a disabled endpoint */
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New signing secret (shown once); the old one keeps signing beside it for WEBHOOK_SECRET_OVERLAP_MS */
        post: operations["WebhooksController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint's delivery log, newest first */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivered, failed or unknown message again: same webhook-id and body, fresh signature */
        post: operations["WebhooksController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription's matches as Atom 1.0, newest first (GET /feeds/<token>.atom) */
        get: operations["FeedsController_atom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A private Atom feed URL for the subscription; calling again revokes the previous URL */
        post: operations["SubscriptionFeedController_issue"];
        /** Revoke the subscription's feed URL */
        delete: operations["SubscriptionFeedController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/wechat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether WeChat is configured and the member bound */
        get: operations["WechatController_status"];
        put?: never;
        post?: never;
        /** Unbind WeChat; the wechat channel stops until bound again */
        delete: operations["WechatController_unbind"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/wechat/bind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The 服务号 OAuth URL to open in WeChat (or show as a QR code); it binds the member on return */
        post: operations["WechatController_bind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/wechat/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A temporary parameterised QR code (ticket image URL): following the 服务号 from it, or scanning it while following, binds */
        post: operations["WechatController_qr"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/oauth/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OAuth return: exchanges the code for the openid and binds it */
        get: operations["WechatCallbackController_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What your subscriptions caught, and the notices of projects you follow and organisations you watch (kind, why, what changed), newest first, a page at a time */
        get: operations["MatchesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches/{id}/not-relevant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a match not relevant (不相关); marking again changes nothing */
        post: operations["MatchFeedbackController_mark"];
        /** Undo a 不相关 mark (204 also when there was none) */
        delete: operations["MatchFeedbackController_unmark"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches/{id}/why": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Why this matched: which keyword hit where, with the sentence and the word it sat in */
        get: operations["MatchFeedbackController_why"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches/{id}/fixes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One-click fixes that would have kept this match out (exclude word, title only, drop keyword), each with how many of the last 30 days’ matches it would have removed; apply one with PATCH /v1/subscriptions/{id} */
        get: operations["MatchFeedbackController_fixes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulletins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bulletin one of your subscriptions caught (404 for any other) */
        get: operations["BulletinsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find regions by name (exact, then prefix, then substring; provinces before cities before districts), or list the provinces */
        get: operations["RegionsController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One region with its parents and direct children */
        get: operations["RegionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project: its notices in order, current stage, deadline, budget and winners (a merged project answers as the one it went into) */
        get: operations["ProjectsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关注此项目: every later notice reaches you at once, keywords or not; reminders before the deadline. Idempotent. */
        post: operations["FollowsController_follow"];
        /** Stop following (idempotent) */
        delete: operations["FollowsController_unfollow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/follows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The projects you follow, newest first */
        get: operations["FollowsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/watches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your watched organisations */
        get: operations["WatchesController_list"];
        put?: never;
        /** Watch an organisation: every notice where it is buyer, agency or winner (as asked), keywords or not */
        post: operations["WatchesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/watches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop watching an organisation (404 for a watch that is not yours) */
        delete: operations["WatchesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisation names already seen (buyer, agency, winner) containing q: suggestions for a watch */
        get: operations["WatchesController_suggest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/held-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Matches held back and why: quiet hours, SMS daily cap, a duplicate from another source, an unknown delivery */
        get: operations["HeldBackController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search members by email, phone, company or name; newest first */
        get: operations["AdminMembersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member with their subscriptions and the 20 newest deliveries */
        get: operations["AdminMembersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend: sign-in refused, sessions end, matching stops, nothing pending is sent */
        post: operations["AdminMembersController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate: sign-in and matching resume from now */
        post: operations["AdminMembersController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the plan (free/pro) */
        put: operations["AdminMembersController_setPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the member a password reset link (the same link as 'forgot password') */
        post: operations["AdminMembersController_passwordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscriptions across members, newest first */
        get: operations["AdminSubscriptionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One subscription */
        get: operations["AdminSubscriptionsController_get"];
        put?: never;
        post?: never;
        /** Delete a subscription and its matches (the audit row keeps a copy) */
        delete: operations["AdminSubscriptionsController_remove"];
        options?: never;
        head?: never;
        /** Change the fields sent (the member's plan limits apply) */
        patch: operations["AdminSubscriptionsController_update"];
        trace?: never;
    };
    "/v1/admin/subscriptions/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop matching and alerts until resumed */
        post: operations["AdminSubscriptionsController_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/subscriptions/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Match again from now on */
        post: operations["AdminSubscriptionsController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/why": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Why a bulletin was (not) matched: per subscription (subscriptionId) or for all of a member’s (memberId), term by term, with what was sent */
        get: operations["AdminWhyController_explain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every source with its keys, bulletins ingested (total, last 24 h) and last-seen time */
        get: operations["AdminSourcesController_list"];
        put?: never;
        /** Create a source and its first API key (the key is shown this once) */
        post: operations["AdminSourcesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One source */
        get: operations["AdminSourcesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/sources/{id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue another key (e.g. to rotate: issue, deploy, then revoke the old one) */
        post: operations["AdminSourcesController_issueKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/sources/{id}/keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a key: the next request with it gets 401 */
        post: operations["AdminSourcesController_revokeKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/bulletins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search bulletins by text, region, category, stage, party (buyer, agency, winner), source and date; newest first */
        get: operations["AdminBulletinsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/bulletins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One bulletin with its match and notification counts and cross-source duplicates */
        get: operations["AdminBulletinsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/bulletins/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark withdrawn: no further matching or notifications; unsent notifications are suppressed (idempotent) */
        post: operations["AdminBulletinsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/deliveries/{id}/message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery rendered as the member receives it (subject, HTML and text parts) */
        get: operations["AdminDeliveriesController_renderMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries by status, channel, kind, member and creation date; newest first */
        get: operations["AdminDeliveriesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/deliveries/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry every delivery of a filter (failed by default; bounced and unknown on request), up to `limit`, oldest first */
        post: operations["AdminDeliveriesController_retryMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery: attempts, error, provider id, subject and the bulletins it carried */
        get: operations["AdminDeliveriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed, bounced or unknown delivery again now */
        post: operations["AdminDeliveriesController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/deliveries/{id}/webhook-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook or robot delivery's messages, one per endpoint, with status, attempts and the last answer */
        get: operations["AdminWebhookMessagesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/stats/noise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Noise from members’ 不相关 marks: of the matches made in the window, the share marked, per subscription and per keyword entry */
        get: operations["AdminStatsController_noise"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per day (default the last 30): bulletins ingested, matches, deliveries by channel and status; queue depths now; bounce and unsubscribe counts */
        get: operations["AdminStatsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log of admin writes, newest first, by actor, action, target and time */
        get: operations["AdminAuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/queues/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the queue dashboard (bull-board at /v1/admin/queues): sets a short-lived HttpOnly, SameSite=Strict cookie scoped to that path
         * @description The dashboard loads its page, assets and JSON with plain browser requests, which carry no bearer token; without the cookie it answers 401.
         */
        post: operations["QueueSessionController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/projects/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge this project into another: notices, link keys and followers move; this id then answers as the other */
        post: operations["AdminProjectsController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/projects/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Split notices off into a new project (wrongly linked); keys only they carry move with them */
        post: operations["AdminProjectsController_split"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Endpoints of every member and team, newest first (filter by member, team, kind, disabled) */
        get: operations["AdminWebhooksController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One endpoint (never its secret) */
        get: operations["AdminWebhooksController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint's delivery log, newest first */
        get: operations["AdminWebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch an endpoint off (nothing more is sent to it until enabled) */
        post: operations["AdminWebhooksController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch an endpoint back on (its failure run starts afresh) */
        post: operations["AdminWebhooksController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivered, failed or unknown message again: same webhook-id and body, fresh signature */
        post: operations["AdminWebhooksController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every team with its members, chosen subscriptions and endpoints */
        get: operations["AdminTeamsController_list"];
        put?: never;
        /** Create a team of members */
        post: operations["AdminTeamsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One team */
        get: operations["AdminTeamsController_get"];
        put?: never;
        post?: never;
        /** Delete the team and its endpoints */
        delete: operations["AdminTeamsController_remove"];
        options?: never;
        head?: never;
        /** Rename, set the members or the chosen subscriptions */
        patch: operations["AdminTeamsController_update"];
        trace?: never;
    };
    "/v1/admin/teams/{id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An endpoint for the team's matches (the admin owns it); a webhook's secret is in this answer only */
        post: operations["AdminTeamsController_createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        IngestBatchDto: {
            /**
             * @description 1 to 1000 bulletins. Each is validated on its own: a bad item is rejected with its fields, the others are stored. Fields: sourceId and title (required); url, body or bodyHtml, category, stage, regionText, regionCode, publishedAt, deadlineAt, budgetYuan, awardYuan, buyer, agency, winners (list), projectCode. What a source states wins over what the parser reads from the text.
             * @example [
             *       {
             *         "sourceId": "cq-2026-000123",
             *         "url": "https://example.gov.cn/notice/123",
             *         "title": "渝中区解放碑片区道路改造工程施工招标公告",
             *         "body": "项目编号：CQ-2026-001 预算金额：350万元 …",
             *         "regionText": "重庆-渝中-",
             *         "buyer": "重庆市渝中区住房和城乡建设委员会",
             *         "publishedAt": "2026-03-05"
             *       }
             *     ]
             */
            items: {
                [key: string]: unknown;
            }[];
        };
        RegisterDto: {
            /** @example li.lei@example.cn */
            email: string;
            /** @example correct horse battery staple */
            password: string;
        };
        MessageDto: {
            /** @example If the address can receive mail, a link is on its way */
            message: string;
        };
        ApiFieldErrorDto: {
            /** @example keywords.0 */
            field: string;
            /** @example must not be empty */
            message: string;
        };
        ApiErrorDto: {
            /** @example 400 */
            statusCode: number;
            /**
             * @description Stable, machine-readable reason
             * @example validation_failed
             */
            code: string;
            /** @example keywords.0: must not be empty */
            message: string;
            /** @description One entry per failing field */
            errors?: components["schemas"]["ApiFieldErrorDto"][];
            /**
             * @description Also in the x-request-id response header
             * @example 5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10
             */
            requestId: string;
        };
        LoginDto: {
            /** @example li.lei@example.cn */
            email: string;
            /** @example correct horse battery staple */
            password: string;
        };
        SessionMemberDto: {
            /** @example 0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14 */
            id: string;
            /** @example li.lei@example.cn */
            email: string;
            /**
             * @example member
             * @enum {string}
             */
            role: "member" | "admin";
        };
        SessionDto: {
            /** @example Bearer */
            tokenType: string;
            /**
             * @description JWT (HS256); send as Authorization: Bearer …
             * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…
             */
            accessToken: string;
            /**
             * @description Seconds the access token is valid
             * @example 900
             */
            expiresIn: number;
            /**
             * @description Opaque; single use — each refresh returns a new one
             * @example rt_q0J2hS0m7v4f2cY1…
             */
            refreshToken: string;
            /**
             * Format: date-time
             * @example 2026-12-27T08:00:00.000Z
             */
            refreshExpiresAt: string;
            member: components["schemas"]["SessionMemberDto"];
        };
        RefreshDto: {
            /**
             * @description The refresh token from sign-in or the last refresh
             * @example rt_q0J2hS0m7v4f2cY1…
             */
            refreshToken: string;
        };
        ChangePasswordDto: {
            /** @example correct horse battery staple */
            currentPassword: string;
            /** @example a new long passphrase */
            newPassword: string;
        };
        TokenDto: {
            /**
             * @description The token from the emailed link
             * @example eyJtIjoi…
             */
            token: string;
        };
        EmailDto: {
            /** @example li.lei@example.cn */
            email: string;
        };
        ResetPasswordDto: {
            /**
             * @description The token from the emailed link
             * @example eyJtIjoi…
             */
            token: string;
            /** @example a new long passphrase */
            password: string;
        };
        PlanLimitsDto: {
            /** @example 3 */
            subscriptions: number;
            /**
             * @description Keywords per subscription
             * @example 10
             */
            keywords: number;
        };
        ProfileDto: {
            /** @example 0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14 */
            id: string;
            /** @example li.lei@example.cn */
            email: string;
            /**
             * Format: date-time
             * @example 2026-11-20T08:00:00.000Z
             */
            emailVerifiedAt: string | null;
            /**
             * @example member
             * @enum {string}
             */
            role: "member" | "admin";
            /**
             * @example free
             * @enum {string}
             */
            plan: "free" | "pro";
            limits: components["schemas"]["PlanLimitsDto"];
            /** @example 李雷 */
            displayName: string | null;
            /** @example 重庆某建设工程有限公司 */
            company: string | null;
            /** @example +8613800138000 */
            phone: string | null;
            /**
             * Format: date-time
             * @example null
             */
            phoneVerifiedAt: string | null;
            /** @example Asia/Shanghai */
            timezone: string;
            /** @example 8 */
            digestHour: number;
            /** @example 1 */
            digestWeekday: number;
            /** @example 22:00 */
            quietStart: string;
            /** @example 08:00 */
            quietEnd: string;
            /** @example true */
            emailEnabled: boolean;
            /** @example false */
            smsEnabled: boolean;
            /**
             * Format: date-time
             * @example 2026-11-20T08:05:00.000Z
             */
            consentAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-20T08:00:00.000Z
             */
            createdAt: string;
        };
        UpdateProfileDto: {
            /** @example 李雷 */
            displayName?: string | null;
            /** @example 重庆某建设工程有限公司 */
            company?: string | null;
            /**
             * @description Read as +86 unless it starts with +; stored as E.164. Changing it clears its verification and turns SMS off
             * @example 13800138000
             */
            phone?: string | null;
            /**
             * @description IANA time zone
             * @example Asia/Shanghai
             */
            timezone?: string;
            /**
             * @description Local hour of the daily/weekly digest
             * @example 8
             */
            digestHour?: number;
            /**
             * @description 0 = Sunday … 6 = Saturday, for the weekly digest
             * @example 1
             */
            digestWeekday?: number;
            /**
             * @description SMS quiet hours start, HH:MM local time
             * @example 22:00
             */
            quietStart?: string;
            /**
             * @description SMS quiet hours end, HH:MM local time
             * @example 08:00
             */
            quietEnd?: string;
            /** @example true */
            emailEnabled?: boolean;
            /**
             * @description Needs a verified phone and consent to alerts
             * @example false
             */
            smsEnabled?: boolean;
            /**
             * @description true records when consent was given; false withdraws it (and turns SMS off)
             * @example true
             */
            consentToAlerts?: boolean;
        };
        DeleteAccountDto: {
            /**
             * @description The current password, to confirm
             * @example correct horse battery staple
             */
            password: string;
        };
        PhoneCodeDto: {
            /**
             * @description The 6-digit code from the SMS
             * @example 042917
             */
            code: string;
        };
        MemberDeliveryDto: {
            /** @example 9c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6 */
            id: string;
            /**
             * @example email
             * @enum {string}
             */
            channel: "email" | "sms" | "wechat" | "webhook" | "robot" | "team";
            /**
             * @example daily
             * @enum {string}
             */
            kind: "instant" | "daily" | "weekly";
            /**
             * @example sent
             * @enum {string}
             */
            status: "pending" | "sending" | "sent" | "failed" | "bounced" | "unknown" | "held";
            /** @example 【标讯订阅】3月5日 12条新标讯：道路、市政 · 重庆 */
            subject: string | null;
            /**
             * @description Bulletins the message carried
             * @example 12
             */
            bulletins: number;
            /**
             * Format: date-time
             * @example 2026-03-05T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-03-05T00:00:02.000Z
             */
            sentAt: string | null;
        };
        PreviewDraftDto: {
            /** @example 渝中区市政道路 */
            name?: string;
            /**
             * @description Any of; an entry with spaces needs all its parts. ≤ 30 characters each; [] = every bulletin of the regions/categories
             * @example [
             *       "道路",
             *       "市政 改造"
             *     ]
             */
            keywords?: string[];
            /**
             * @description None of
             * @example [
             *       "监理"
             *     ]
             */
            excludeWords?: string[];
            /**
             * @default title_body
             * @example title_body
             * @enum {string}
             */
            scope: "title" | "title_body";
            /**
             * @description GB/T 2260 codes (GET /v1/regions); a province or city includes everything under it; [] = nationwide
             * @example [
             *       "500103"
             *     ]
             */
            regions?: string[];
            /**
             * @description [] = every kind of notice
             * @example [
             *       "tender"
             *     ]
             */
            categories?: ("tender" | "award" | "change" | "intent" | "proposed" | "news" | "other")[];
            /**
             * @description Notice stages caught besides whole categories: a bulletin matches when its category is in categories or its stage in stages; both [] = every kind
             * @example [
             *       "correction",
             *       "extension"
             *     ]
             */
            stages?: ("procurement_intent" | "tender_plan" | "pre_announcement" | "prequalification" | "invitation" | "correction" | "clarification" | "extension" | "method_change" | "candidates" | "result" | "termination" | "bid_opening" | "price_cap" | "contract" | "acceptance" | "project_approval" | "feasibility_approval" | "ratification" | "filing" | "eia" | "construction_start" | "signing" | "completion" | "progress")[];
            /**
             * @description Yuan, inclusive
             * @example 1000000
             */
            budgetMin?: number | null;
            /**
             * @description Yuan, inclusive; not below budgetMin
             * @example 50000000
             */
            budgetMax?: number | null;
            /**
             * @description true: bulletins without a budget do not match
             * @example false
             */
            requireBudget?: boolean;
            /**
             * @description sms needs a verified phone, wechat a bound WeChat account, webhook / robot an enabled endpoint (POST /v1/webhooks)
             * @default [
             *       "email"
             *     ]
             * @example [
             *       "email"
             *     ]
             */
            channels: ("email" | "sms" | "wechat" | "webhook" | "robot")[];
            /**
             * @default instant
             * @example instant
             * @enum {string}
             */
            frequency: "instant" | "daily" | "weekly";
            /**
             * @description true: tenders whose bid deadline has passed are still sent, marked 已截止; false: they are held back (GET /v1/me/held-back, reason deadline_passed). Matching and the inbox are the same either way
             * @default false
             * @example false
             */
            includeExpired: boolean;
        };
        RegionRefDto: {
            /** @example 500103 */
            code: string;
            /** @example 渝中区 */
            name: string;
            /**
             * @description Names from the province down
             * @example 重庆市 渝中区
             */
            fullName: string;
        };
        BulletinSummaryDto: {
            /** @example c2a1e7f0-5b3d-4c8e-a1f2-9d8e7c6b5a40 */
            id: string;
            /** @example 重庆市渝中区解放碑片区市政道路改造工程招标公告 */
            title: string;
            /** @example https://www.example.gov.cn/zbgg/2026/123.html */
            url: string | null;
            /**
             * @example tender
             * @enum {string}
             */
            category: "tender" | "award" | "change" | "intent" | "proposed" | "news" | "other";
            /**
             * @description Finer kind of notice; null when the text does not say
             * @example invitation
             * @enum {string|null}
             */
            stage: "procurement_intent" | "tender_plan" | "pre_announcement" | "prequalification" | "invitation" | "correction" | "clarification" | "extension" | "method_change" | "candidates" | "result" | "termination" | "bid_opening" | "price_cap" | "contract" | "acceptance" | "project_approval" | "feasibility_approval" | "ratification" | "filing" | "eia" | "construction_start" | "signing" | "completion" | "progress" | null;
            /**
             * @description The stage as members read it
             * @example 招标公告
             */
            stageLabel: string | null;
            region: components["schemas"]["RegionRefDto"] | null;
            /**
             * Format: date-time
             * @example 2026-11-25T02:00:00.000Z
             */
            publishedAt: string | null;
            /**
             * @description Yuan
             * @example 3500000
             */
            budgetYuan: number | null;
            /** @example 重庆市渝中区城市管理局 */
            buyer: string | null;
            /** @example 重庆某招标代理有限公司 */
            agency: string | null;
            /**
             * @description Winners or first-ranked bidders as written (award notices); [] when none is named
             * @example []
             */
            winners: string[];
            /**
             * @description Award amount (中标/成交金额) in yuan; never a budget
             * @example null
             */
            awardYuan: number | null;
            /** @example CQZB-2026-0123 */
            projectCode: string | null;
            /**
             * Format: uuid
             * @description Its project: GET /v1/projects/{projectId}
             * @example 5b0e7c1a-3f2d-4c6b-9e8a-7d6c5b4a3f2e
             */
            projectId: string | null;
            /**
             * Format: date-time
             * @description Bid deadline
             * @example 2026-12-15T01:30:00.000Z
             */
            deadlineAt: string | null;
            /**
             * @description The source withdrew the notice after it was matched
             * @example false
             */
            withdrawn: boolean;
        };
        PreviewItemDto: {
            bulletin: components["schemas"]["BulletinSummaryDto"];
            /**
             * @description Keyword entries that hit, as written; [] for a filter without keywords
             * @example [
             *       "道路"
             *     ]
             */
            hits: string[];
            /**
             * @description Where the keywords hit, strongest first
             * @example [
             *       "title"
             *     ]
             */
            hitPlaces: ("title" | "opening" | "body" | "qualification" | "boilerplate")[];
        };
        PreviewResultDto: {
            /**
             * @description Bulletins of the window the filter catches
             * @example 137
             */
            total: number;
            /**
             * @description A very broad filter: the total is extrapolated from the newest 2,000 candidates
             * @example false
             */
            totalEstimated: boolean;
            /** @example 30 */
            days: number;
            /** @description The newest 20 */
            items: components["schemas"]["PreviewItemDto"][];
        };
        SubscriptionListItemDto: {
            /** @example 7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f */
            id: string;
            /** @example 渝中区市政道路 */
            name: string;
            /**
             * @example [
             *       "道路",
             *       "市政 改造"
             *     ]
             */
            keywords: string[];
            /**
             * @example [
             *       "监理"
             *     ]
             */
            excludeWords: string[];
            /**
             * @example title_body
             * @enum {string}
             */
            scope: "title" | "title_body";
            /**
             * @example [
             *       "500103"
             *     ]
             */
            regions: string[];
            /**
             * @example [
             *       "tender"
             *     ]
             */
            categories: ("tender" | "award" | "change" | "intent" | "proposed" | "news" | "other")[];
            /**
             * @description Stages caught besides whole categories
             * @example [
             *       "correction"
             *     ]
             */
            stages: ("procurement_intent" | "tender_plan" | "pre_announcement" | "prequalification" | "invitation" | "correction" | "clarification" | "extension" | "method_change" | "candidates" | "result" | "termination" | "bid_opening" | "price_cap" | "contract" | "acceptance" | "project_approval" | "feasibility_approval" | "ratification" | "filing" | "eia" | "construction_start" | "signing" | "completion" | "progress")[];
            /** @example 1000000 */
            budgetMin: number | null;
            /** @example null */
            budgetMax: number | null;
            /** @example false */
            requireBudget: boolean;
            /**
             * @example [
             *       "email"
             *     ]
             */
            channels: ("email" | "sms" | "wechat" | "webhook" | "robot")[];
            /**
             * @example instant
             * @enum {string}
             */
            frequency: "instant" | "daily" | "weekly";
            /**
             * @description Tenders past their bid deadline are sent too (已截止) instead of held back
             * @example false
             */
            includeExpired: boolean;
            /** @example false */
            paused: boolean;
            /**
             * Format: date-time
             * @example null
             */
            pausedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-20T08:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
            /**
             * @description Bulletins this subscription caught in the last 7 days
             * @example 12
             */
            matchesLast7Days: number;
        };
        CreateSubscriptionDto: {
            /** @example 渝中区市政道路 */
            name: string;
            /**
             * @description Any of; an entry with spaces needs all its parts. ≤ 30 characters each; [] = every bulletin of the regions/categories
             * @example [
             *       "道路",
             *       "市政 改造"
             *     ]
             */
            keywords?: string[];
            /**
             * @description None of
             * @example [
             *       "监理"
             *     ]
             */
            excludeWords?: string[];
            /**
             * @default title_body
             * @example title_body
             * @enum {string}
             */
            scope: "title" | "title_body";
            /**
             * @description GB/T 2260 codes (GET /v1/regions); a province or city includes everything under it; [] = nationwide
             * @example [
             *       "500103"
             *     ]
             */
            regions?: string[];
            /**
             * @description [] = every kind of notice
             * @example [
             *       "tender"
             *     ]
             */
            categories?: ("tender" | "award" | "change" | "intent" | "proposed" | "news" | "other")[];
            /**
             * @description Notice stages caught besides whole categories: a bulletin matches when its category is in categories or its stage in stages; both [] = every kind
             * @example [
             *       "correction",
             *       "extension"
             *     ]
             */
            stages?: ("procurement_intent" | "tender_plan" | "pre_announcement" | "prequalification" | "invitation" | "correction" | "clarification" | "extension" | "method_change" | "candidates" | "result" | "termination" | "bid_opening" | "price_cap" | "contract" | "acceptance" | "project_approval" | "feasibility_approval" | "ratification" | "filing" | "eia" | "construction_start" | "signing" | "completion" | "progress")[];
            /**
             * @description Yuan, inclusive
             * @example 1000000
             */
            budgetMin?: number | null;
            /**
             * @description Yuan, inclusive; not below budgetMin
             * @example 50000000
             */
            budgetMax?: number | null;
            /**
             * @description true: bulletins without a budget do not match
             * @example false
             */
            requireBudget?: boolean;
            /**
             * @description sms needs a verified phone, wechat a bound WeChat account, webhook / robot an enabled endpoint (POST /v1/webhooks)
             * @default [
             *       "email"
             *     ]
             * @example [
             *       "email"
             *     ]
             */
            channels: ("email" | "sms" | "wechat" | "webhook" | "robot")[];
            /**
             * @default instant
             * @example instant
             * @enum {string}
             */
            frequency: "instant" | "daily" | "weekly";
            /**
             * @description true: tenders whose bid deadline has passed are still sent, marked 已截止; false: they are held back (GET /v1/me/held-back, reason deadline_passed). Matching and the inbox are the same either way
             * @default false
             * @example false
             */
            includeExpired: boolean;
        };
        SubscriptionDto: {
            /** @example 7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f */
            id: string;
            /** @example 渝中区市政道路 */
            name: string;
            /**
             * @example [
             *       "道路",
             *       "市政 改造"
             *     ]
             */
            keywords: string[];
            /**
             * @example [
             *       "监理"
             *     ]
             */
            excludeWords: string[];
            /**
             * @example title_body
             * @enum {string}
             */
            scope: "title" | "title_body";
            /**
             * @example [
             *       "500103"
             *     ]
             */
            regions: string[];
            /**
             * @example [
             *       "tender"
             *     ]
             */
            categories: ("tender" | "award" | "change" | "intent" | "proposed" | "news" | "other")[];
            /**
             * @description Stages caught besides whole categories
             * @example [
             *       "correction"
             *     ]
             */
            stages: ("procurement_intent" | "tender_plan" | "pre_announcement" | "prequalification" | "invitation" | "correction" | "clarification" | "extension" | "method_change" | "candidates" | "result" | "termination" | "bid_opening" | "price_cap" | "contract" | "acceptance" | "project_approval" | "feasibility_approval" | "ratification" | "filing" | "eia" | "construction_start" | "signing" | "completion" | "progress")[];
            /** @example 1000000 */
            budgetMin: number | null;
            /** @example null */
            budgetMax: number | null;
            /** @example false */
            requireBudget: boolean;
            /**
             * @example [
             *       "email"
             *     ]
             */
            channels: ("email" | "sms" | "wechat" | "webhook" | "robot")[];
            /**
             * @example instant
             * @enum {string}
             */
            frequency: "instant" | "daily" | "weekly";
            /**
             * @description Tenders past their bid deadline are sent too (已截止) instead of held back
             * @example false
             */
            includeExpired: boolean;
            /** @example false */
            paused: boolean;
            /**
             * Format: date-time
             * @example null
             */
            pausedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-20T08:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
        };
        UpdateSubscriptionDto: {
            /** @example 渝中区市政道路 */
            name?: string;
            /**
             * @description Any of; an entry with spaces needs all its parts. ≤ 30 characters each; [] = every bulletin of the regions/categories
             * @example [
             *       "道路",
             *       "市政 改造"
             *     ]
             */
            keywords?: string[];
            /**
             * @description None of
             * @example [
             *       "监理"
             *     ]
             */
            excludeWords?: string[];
            /**
             * @default title_body
             * @example title_body
             * @enum {string}
             */
            scope: "title" | "title_body";
            /**
             * @description GB/T 2260 codes (GET /v1/regions); a province or city includes everything under it; [] = nationwide
             * @example [
             *       "500103"
             *     ]
             */
            regions?: string[];
            /**
             * @description [] = every kind of notice
             * @example [
             *       "tender"
             *     ]
             */
            categories?: ("tender" | "award" | "change" | "intent" | "proposed" | "news" | "other")[];
            /**
             * @description Notice stages caught besides whole categories: a bulletin matches when its category is in categories or its stage in stages; both [] = every kind
             * @example [
             *       "correction",
             *       "extension"
             *     ]
             */
            stages?: ("procurement_intent" | "tender_plan" | "pre_announcement" | "prequalification" | "invitation" | "correction" | "clarification" | "extension" | "method_change" | "candidates" | "result" | "termination" | "bid_opening" | "price_cap" | "contract" | "acceptance" | "project_approval" | "feasibility_approval" | "ratification" | "filing" | "eia" | "construction_start" | "signing" | "completion" | "progress")[];
            /**
             * @description Yuan, inclusive
             * @example 1000000
             */
            budgetMin?: number | null;
            /**
             * @description Yuan, inclusive; not below budgetMin
             * @example 50000000
             */
            budgetMax?: number | null;
            /**
             * @description true: bulletins without a budget do not match
             * @example false
             */
            requireBudget?: boolean;
            /**
             * @description sms needs a verified phone, wechat a bound WeChat account, webhook / robot an enabled endpoint (POST /v1/webhooks)
             * @default [
             *       "email"
             *     ]
             * @example [
             *       "email"
             *     ]
             */
            channels: ("email" | "sms" | "wechat" | "webhook" | "robot")[];
            /**
             * @default instant
             * @example instant
             * @enum {string}
             */
            frequency: "instant" | "daily" | "weekly";
            /**
             * @description true: tenders whose bid deadline has passed are still sent, marked 已截止; false: they are held back (GET /v1/me/held-back, reason deadline_passed). Matching and the inbox are the same either way
             * @default false
             * @example false
             */
            includeExpired: boolean;
        };
        WebhookDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "webhook" | "wecom" | "dingtalk" | "feishu";
            /**
             * @description the subscription channel that feeds it
             * @enum {string}
             */
            channel: "webhook" | "robot";
            url: string;
            description: string;
            /** Format: uuid */
            subscriptionId: string | null;
            enabled: boolean;
            /** Format: date-time */
            disabledAt: string | null;
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description start of the current run of failures
             */
            failingSince: string | null;
            hasSecret: boolean;
            /**
             * Format: date-time
             * @description until then the previous secret signs too
             */
            previousSecretUntil: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreateWebhookDto: {
            /**
             * @description webhook: signed JSON events; wecom / dingtalk / feishu: group-robot markdown
             * @example webhook
             * @enum {string}
             */
            kind: "webhook" | "wecom" | "dingtalk" | "feishu";
            /**
             * @description https only; private, loopback and link-local addresses are refused
             * @example https://crm.example.com/hooks/tenders
             */
            url: string;
            /** @example CRM 接收 */
            description?: string;
            /**
             * Format: uuid
             * @description Only this subscription's matches; omitted or null: all of them
             */
            subscriptionId?: string | null;
            /** @description DingTalk's or Feishu's robot signing secret (加签 / 签名校验), as the platform shows it */
            robotSecret?: string | null;
        };
        CreatedWebhookDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "webhook" | "wecom" | "dingtalk" | "feishu";
            /**
             * @description the subscription channel that feeds it
             * @enum {string}
             */
            channel: "webhook" | "robot";
            url: string;
            description: string;
            /** Format: uuid */
            subscriptionId: string | null;
            enabled: boolean;
            /** Format: date-time */
            disabledAt: string | null;
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description start of the current run of failures
             */
            failingSince: string | null;
            hasSecret: boolean;
            /**
             * Format: date-time
             * @description until then the previous secret signs too
             */
            previousSecretUntil: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description shown only now (webhook kind)
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string | null;
        };
        UpdateWebhookDto: {
            url?: string;
            description?: string;
            /** Format: uuid */
            subscriptionId?: string | null;
            /** @description true re-enables an endpoint switched off after failing */
            enabled?: boolean;
            robotSecret?: string | null;
        };
        RotatedSecretDto: {
            /**
             * @description shown only now
             * @example whsec_…
             */
            secret: string;
            /** Format: date-time */
            previousSecretUntil: string;
        };
        WebhookDeliveryDto: {
            /**
             * Format: uuid
             * @description the webhook-id header is msg_<id>
             */
            id: string;
            /** Format: uuid */
            deliveryId: string;
            /** @example bulletins.matched */
            eventType: string;
            /** @enum {string} */
            status: "pending" | "sending" | "delivered" | "failed" | "unknown";
            attempts: number;
            responseStatus: number | null;
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            nextAttemptAt: string;
        };
        FeedUrlDto: {
            /**
             * @description shown only now; a new one revokes it
             * @example https://alerts.example.com/feeds/3q2-7wEr….atom
             */
            url: string;
        };
        WechatQrDto: {
            /**
             * @description the QR code image to show
             * @example https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=gQH…
             */
            qrImageUrl: string;
            /** @description the same image as a data: URL (null when the image host did not answer) */
            qrImageData: string | null;
            /**
             * @description what the image encodes (to draw it yourself)
             * @example http://weixin.qq.com/q/kZgfwMTm72WWPkovabbI
             */
            qrContent: string;
            ticket: string;
            /** @example 600 */
            expiresInSeconds: number;
        };
        SubscriptionRefDto: {
            /** @example 7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f */
            id: string;
            /** @example 渝中区市政道路 */
            name: string;
        };
        FollowReasonDto: {
            /** @example 5b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d */
            projectId: string;
            /**
             * @description What the notice changed: new deadline, winner and amount, cancellation; [] when nothing the project shows
             * @example [
             *       "截止时间由 12月20日 09:30 改为 12月27日 09:30"
             *     ]
             */
            changes: string[];
        };
        WatchReasonDto: {
            /**
             * @description null once the watch is deleted
             * @example 0f1e2d3c-4b5a-4697-8a7b-6c5d4e3f2a1b
             */
            watchId: string | null;
            /**
             * @description The name as you watch it
             * @example 某某建设集团有限公司
             */
            name: string | null;
            /**
             * @description The role the organisation has in this notice
             * @example winner
             * @enum {string}
             */
            role: "buyer" | "agency" | "winner";
        };
        HitDetailDto: {
            /**
             * @description The keyword entry as written
             * @example 道路
             */
            entry: string;
            /**
             * @description The part of the entry that hit, normalised
             * @example 道路
             */
            term: string;
            /**
             * @example title
             * @enum {string}
             */
            place: "title" | "opening" | "body" | "qualification" | "boilerplate";
            /**
             * @description The hit is a word of its context (false only for literal "=" keywords)
             * @example true
             */
            aligned: boolean;
            /**
             * @description The title, or the body sentence around the hit
             * @example 渝中区市政道路改造工程
             */
            sentence: string;
        };
        MatchDto: {
            /**
             * @description A match id for kind subscription (why, fixes, not-relevant take it); a notice id for follow and watch
             * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
             */
            id: string;
            /**
             * @description What brought it: a subscription caught it, you follow its project (关注的项目), or you watch one of its parties (关注的单位)
             * @example subscription
             * @enum {string}
             */
            kind: "subscription" | "follow" | "watch";
            /**
             * @description Why, as the inbox shows it
             * @example 订阅：渝中区市政道路
             */
            reasonLabel: string;
            /** @description null for follow and watch items */
            subscription: components["schemas"]["SubscriptionRefDto"] | null;
            /** @description You follow its project: what this notice changed */
            follow: components["schemas"]["FollowReasonDto"] | null;
            /** @description It names an organisation you watch */
            watch: components["schemas"]["WatchReasonDto"] | null;
            /**
             * @example [
             *       "道路"
             *     ]
             */
            hits: string[];
            /**
             * @description Where the keywords hit, strongest first; [] for old matches
             * @example [
             *       "title",
             *       "body"
             *     ]
             */
            hitPlaces: ("title" | "opening" | "body" | "qualification" | "boilerplate")[];
            /**
             * @description Body sentence of the strongest hit outside the title; null when all hits are in the title
             * @example 本项目含道路照明改造。
             */
            hitSentence: string | null;
            /** @description One hit per keyword part, title first */
            hitDetails: components["schemas"]["HitDetailDto"][];
            /**
             * @description Relevance 0-100 from where the keywords hit (title 100, body 50, qualification 30); null for old matches
             * @example 100
             */
            score: number | null;
            /**
             * Format: date-time
             * @example 2026-11-25T02:01:13.000Z
             */
            matchedAt: string;
            /**
             * @description You marked it 不相关 (POST/DELETE /v1/matches/{id}/not-relevant)
             * @example false
             */
            notRelevant: boolean;
            bulletin: components["schemas"]["BulletinSummaryDto"];
        };
        MatchesPageDto: {
            /** @description Newest first */
            items: components["schemas"]["MatchDto"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example null
             */
            nextCursor: string | null;
        };
        MarkNotRelevantDto: {
            /**
             * @description Why, in the member’s words (optional)
             * @example 只是在市政府采购网发布
             */
            reason?: string;
        };
        NotRelevantMarkDto: {
            /** @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6 */
            matchId: string;
            /** @example true */
            notRelevant: boolean;
            /**
             * Format: date-time
             * @example 2026-11-25T03:00:00.000Z
             */
            markedAt: string;
            /**
             * @description Keyword entries that hit, kept as they were when marked
             * @example [
             *       "市政"
             *     ]
             */
            terms: string[];
            /** @example null */
            reason: string | null;
            /**
             * @description false when it was already marked (marking is idempotent)
             * @example false
             */
            created: boolean;
        };
        WhySubscriptionDto: {
            /** @example 7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f */
            id: string;
            /** @example 市政工程 */
            name: string;
            /**
             * @example title_body
             * @enum {string}
             */
            scope: "title" | "title_body";
            /**
             * @example [
             *       "市政"
             *     ]
             */
            keywords: string[];
            /** @example [] */
            excludeWords: string[];
        };
        WhyBulletinDto: {
            /** @example 0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f */
            id: string;
            /** @example 某学校课桌椅采购公告 */
            title: string;
        };
        HitContextDto: {
            /**
             * @example body
             * @enum {string}
             */
            place: "title" | "body";
            /**
             * @description The sentence that hit (match form: simplified, Latin lower-cased)
             * @example 本公告在焦作市政府采购网上发布。
             */
            sentence: string;
            /**
             * @description Where the hit starts in `sentence`
             * @example 6
             */
            start: number;
            /** @example 8 */
            end: number;
            /**
             * @description The word the hit sits in
             * @example 市政府
             */
            word: string;
            /**
             * @description The occurrence straddles a word boundary (市政 in 焦作市政府), so it only counts for a literal entry (=市政); occurrences that count come first
             * @example true
             */
            insideLongerWord: boolean;
        };
        WhyPartDto: {
            /** @example 市政 */
            term: string;
            /**
             * @description Hits the title as the matcher counts it (a word, or any substring for a literal entry)
             * @example false
             */
            inTitle: boolean;
            /**
             * @description Hits the body as the matcher counts it (a word outside boilerplate, or any substring for a literal entry)
             * @example true
             */
            inBody: boolean;
            /**
             * @description Counted for this subscription (body hits only count when it searches title and body)
             * @example true
             */
            counted: boolean;
            contexts: components["schemas"]["HitContextDto"][];
        };
        WhyEntryDto: {
            /** @example 市政 */
            entry: string;
            parts: components["schemas"]["WhyPartDto"][];
        };
        MatchWhyDto: {
            /** @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6 */
            matchId: string;
            /**
             * Format: date-time
             * @description When the member marked it 不相关
             * @example null
             */
            markedAt: string | null;
            subscription: components["schemas"]["WhySubscriptionDto"];
            bulletin: components["schemas"]["WhyBulletinDto"];
            /**
             * @description Keyword entries that hit when it matched
             * @example [
             *       "市政"
             *     ]
             */
            hits: string[];
            /** @description Keyword entries that hit the bulletin now, part by part, with the sentences */
            entries: components["schemas"]["WhyEntryDto"][];
            /**
             * @description The subscription has no keywords (regions and kinds only)
             * @example false
             */
            keywordless: boolean;
            /**
             * @description The current filter still catches it
             * @example true
             */
            stillMatches: boolean;
        };
        FixPatchDto: {
            /**
             * @example [
             *       "市政府"
             *     ]
             */
            excludeWords?: string[];
            /**
             * @example title
             * @enum {string}
             */
            scope?: "title" | "title_body";
            /**
             * @example [
             *       "道路"
             *     ]
             */
            keywords?: string[];
        };
        SuggestedFixDto: {
            /**
             * @example exclude_word
             * @enum {string}
             */
            kind: "exclude_word" | "title_only" | "drop_keyword";
            /**
             * @description The word to exclude, or the keyword to drop
             * @example 市政府
             */
            term: string | null;
            /**
             * @description hit_word: the longer word the keyword sat in
             * @example hit_word
             * @enum {string|null}
             */
            origin: "hit_word" | "title_word" | null;
            /** @description Send as PATCH /v1/subscriptions/{subscriptionId} to apply */
            patch: components["schemas"]["FixPatchDto"];
            /**
             * @description Matches of the window the fix would have removed
             * @example 18
             */
            removes: number;
            /**
             * @description Matches of the subscription in the window
             * @example 67
             */
            of: number;
            /**
             * @description Of the removed ones, how many were marked 不相关
             * @example 1
             */
            removesMarked: number;
        };
        MatchFixesDto: {
            /** @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6 */
            matchId: string;
            /** @example 7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f */
            subscriptionId: string;
            /** @example 30 */
            days: number;
            /**
             * @description Matches of the subscription in the window
             * @example 67
             */
            matches: number;
            /** @description Each would have kept this notice out; [] when the filter no longer catches it */
            fixes: components["schemas"]["SuggestedFixDto"][];
        };
        BulletinMatchDto: {
            subscription: components["schemas"]["SubscriptionRefDto"];
            /**
             * @example [
             *       "道路"
             *     ]
             */
            hits: string[];
            /**
             * @example [
             *       "title"
             *     ]
             */
            hitPlaces: ("title" | "opening" | "body" | "qualification" | "boilerplate")[];
            /** @example null */
            hitSentence: string | null;
            /** @example 100 */
            score: number | null;
            /**
             * Format: date-time
             * @example 2026-11-25T02:01:13.000Z
             */
            matchedAt: string;
        };
        BulletinDto: {
            /** @example c2a1e7f0-5b3d-4c8e-a1f2-9d8e7c6b5a40 */
            id: string;
            /** @example 重庆市渝中区解放碑片区市政道路改造工程招标公告 */
            title: string;
            /** @example https://www.example.gov.cn/zbgg/2026/123.html */
            url: string | null;
            /**
             * @example tender
             * @enum {string}
             */
            category: "tender" | "award" | "change" | "intent" | "proposed" | "news" | "other";
            /**
             * @description Finer kind of notice; null when the text does not say
             * @example invitation
             * @enum {string|null}
             */
            stage: "procurement_intent" | "tender_plan" | "pre_announcement" | "prequalification" | "invitation" | "correction" | "clarification" | "extension" | "method_change" | "candidates" | "result" | "termination" | "bid_opening" | "price_cap" | "contract" | "acceptance" | "project_approval" | "feasibility_approval" | "ratification" | "filing" | "eia" | "construction_start" | "signing" | "completion" | "progress" | null;
            /**
             * @description The stage as members read it
             * @example 招标公告
             */
            stageLabel: string | null;
            region: components["schemas"]["RegionRefDto"] | null;
            /**
             * Format: date-time
             * @example 2026-11-25T02:00:00.000Z
             */
            publishedAt: string | null;
            /**
             * @description Yuan
             * @example 3500000
             */
            budgetYuan: number | null;
            /** @example 重庆市渝中区城市管理局 */
            buyer: string | null;
            /** @example 重庆某招标代理有限公司 */
            agency: string | null;
            /**
             * @description Winners or first-ranked bidders as written (award notices); [] when none is named
             * @example []
             */
            winners: string[];
            /**
             * @description Award amount (中标/成交金额) in yuan; never a budget
             * @example null
             */
            awardYuan: number | null;
            /** @example CQZB-2026-0123 */
            projectCode: string | null;
            /**
             * Format: uuid
             * @description Its project: GET /v1/projects/{projectId}
             * @example 5b0e7c1a-3f2d-4c6b-9e8a-7d6c5b4a3f2e
             */
            projectId: string | null;
            /**
             * Format: date-time
             * @description Bid deadline
             * @example 2026-12-15T01:30:00.000Z
             */
            deadlineAt: string | null;
            /**
             * @description The source withdrew the notice after it was matched
             * @example false
             */
            withdrawn: boolean;
            /** @example 项目名称：解放碑片区市政道路改造工程…… */
            body: string;
            /**
             * @description The region as the source wrote it
             * @example 重庆-渝中-
             */
            regionText: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T02:00:30.000Z
             */
            ingestedAt: string;
            /** @description Which of your subscriptions caught it */
            matches: components["schemas"]["BulletinMatchDto"][];
        };
        RegionDto: {
            /** @example 500103 */
            code: string;
            /** @example 渝中区 */
            name: string;
            /**
             * @example district
             * @enum {string}
             */
            level: "province" | "city" | "district";
            /** @example 500000 */
            parentCode: string | null;
            /**
             * @description Names from the province down
             * @example 重庆市 渝中区
             */
            fullName: string;
        };
        RegionDetailDto: {
            /** @example 500103 */
            code: string;
            /** @example 渝中区 */
            name: string;
            /**
             * @example district
             * @enum {string}
             */
            level: "province" | "city" | "district";
            /** @example 500000 */
            parentCode: string | null;
            /**
             * @description Names from the province down
             * @example 重庆市 渝中区
             */
            fullName: string;
            /** @description From the province down to the parent */
            parents: components["schemas"]["RegionDto"][];
            /** @description Direct children, by code */
            children: components["schemas"]["RegionDto"][];
        };
        ProjectNoticeDto: {
            /** @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6 */
            bulletinId: string;
            /** @example 渝中区滨江路改造工程施工招标更正公告 */
            title: string;
            /**
             * @example change
             * @enum {string}
             */
            category: "tender" | "award" | "change" | "intent" | "proposed" | "news" | "other";
            /** @example correction */
            stage: string | null;
            /** @example 更正 */
            stageLabel: string | null;
            /**
             * Format: date-time
             * @example 2026-03-08T00:00:00.000Z
             */
            publishedAt: string | null;
            /**
             * @description The source that brought the notice
             * @example partner-feed
             */
            source: string;
            /** @example https://example.gov.cn/notice/123 */
            url: string | null;
            /**
             * Format: date-time
             * @description The deadline this notice states
             * @example 2026-03-20T01:30:00.000Z
             */
            deadlineAt: string | null;
            /** @example [] */
            winners: string[];
            /** @example null */
            awardYuan: number | null;
        };
        ProjectDto: {
            /** @example 5b0e7c1a-3f2d-4c6b-9e8a-7d6c5b4a3f2e */
            id: string;
            /** @example p-3f9a0c2e1b7d4a55 */
            key: string;
            /**
             * @description The first notice's title
             * @example 渝中区滨江路改造工程施工招标公告
             */
            name: string;
            /** @example 重庆市渝中区住房和城乡建设委员会 */
            buyer: string | null;
            /** @example CQZB-2026-0123 */
            projectCode: string | null;
            /**
             * @description Category of the latest notice: where the procurement stands
             * @example award
             * @enum {string}
             */
            category: "tender" | "award" | "change" | "intent" | "proposed" | "news" | "other";
            /** @example result */
            stage: string | null;
            /** @example 中标/成交结果 */
            stageLabel: string | null;
            /**
             * Format: date-time
             * @description Latest deadline stated (a 更正 moves it)
             * @example 2026-03-20T01:30:00.000Z
             */
            deadlineAt: string | null;
            /** @example 3500000 */
            budgetYuan: number | null;
            /**
             * @example [
             *       "重庆某某建设集团有限公司"
             *     ]
             */
            winners: string[];
            /** @example 3388000 */
            awardYuan: number | null;
            /**
             * Format: date-time
             * @example 2026-03-01T00:00:00.000Z
             */
            firstSeenAt: string;
            /**
             * Format: date-time
             * @example 2026-04-02T00:00:00.000Z
             */
            lastSeenAt: string;
            /** @description Every notice, oldest first */
            timeline: components["schemas"]["ProjectNoticeDto"][];
        };
        FollowInputDto: {
            /**
             * @description How later notices and reminders reach you
             * @default [
             *       "email"
             *     ]
             * @example [
             *       "email",
             *       "sms"
             *     ]
             */
            channels: string[];
            /**
             * @description Remind this many hours before the bid deadline
             * @default [
             *       72,
             *       24
             *     ]
             * @example [
             *       72,
             *       24
             *     ]
             */
            reminderOffsetsHours: string[];
        };
        FollowDto: {
            /** @example 5b0e7c1a-3f2d-4c6b-9e8a-7d6c5b4a3f2e */
            projectId: string;
            /** @example 滨江区江堤步道提升改造工程施工招标公告 */
            name: string;
            /**
             * @example change
             * @enum {string}
             */
            category: "tender" | "award" | "change" | "intent" | "proposed" | "news" | "other";
            /** @example correction */
            stage: string | null;
            /** @example 更正 */
            stageLabel: string | null;
            /**
             * Format: date-time
             * @example 2026-12-27T01:30:00.000Z
             */
            deadlineAt: string | null;
            /**
             * @example [
             *       "email"
             *     ]
             */
            channels: string[];
            /**
             * @example [
             *       72,
             *       24
             *     ]
             */
            reminderOffsetsHours: number[];
            /**
             * Format: date-time
             * @example 2026-12-02T03:00:00.000Z
             */
            followedAt: string;
        };
        WatchInputDto: {
            /**
             * @description The organisation; 有限公司/有限责任公司, 分公司, brackets, full-width and traditional variants all match
             * @example 某某建设集团有限公司
             */
            name: string;
            /**
             * @description winner: every award it wins; buyer: everything it publishes
             * @default any
             * @example winner
             * @enum {string}
             */
            role: "any" | "buyer" | "agency" | "winner";
            /**
             * @default [
             *       "email"
             *     ]
             * @example [
             *       "email"
             *     ]
             */
            channels: string[];
            /**
             * @default instant
             * @example instant
             * @enum {string}
             */
            frequency: "instant" | "daily" | "weekly";
        };
        WatchDto: {
            /** @example 0c9e7a52-7d7f-4a51-9a3e-2f1f5b1c2d3e */
            id: string;
            /** @example 某某建设集团有限公司 */
            name: string;
            /**
             * @example winner
             * @enum {string}
             */
            role: "any" | "buyer" | "agency" | "winner";
            /**
             * @example [
             *       "email"
             *     ]
             */
            channels: ("email" | "sms")[];
            /**
             * @example instant
             * @enum {string}
             */
            frequency: "instant" | "daily" | "weekly";
            /**
             * Format: date-time
             * @example 2026-12-02T03:00:00.000Z
             */
            createdAt: string;
        };
        PartySuggestionDto: {
            /** @example 某某市第一人民医院 */
            name: string;
            /**
             * @description Roles it was seen in
             * @example [
             *       "buyer"
             *     ]
             */
            roles: string[];
            /**
             * @description Notices it appears in (recent ones)
             * @example 12
             */
            count: number;
        };
        HeldBackBulletinDto: {
            /** @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6 */
            id: string;
            /** @example 滨江区江堤步道提升改造工程施工招标公告 */
            title: string;
            /** @example https://example.gov.cn/notice/123 */
            url: string | null;
            /** @example aggregator-b */
            source: string;
        };
        HeldBackItemDto: {
            /**
             * @example quiet_hours
             * @enum {string}
             */
            reason: "quiet_hours" | "sms_daily_cap" | "rate_limited" | "unknown_delivery" | "duplicate" | "deadline_passed" | "suppressed";
            /** @example 免打扰时段，结束后发送 */
            reasonLabel: string;
            /**
             * @example sms
             * @enum {string|null}
             */
            channel: "email" | "sms" | null;
            /**
             * Format: date-time
             * @description When a held message goes out
             * @example 2026-12-06T00:00:00.000Z
             */
            until: string | null;
            bulletin: components["schemas"]["HeldBackBulletinDto"];
            /**
             * @description duplicate: the notice you were told about instead
             * @example null
             */
            sameAsBulletinId: string | null;
            /**
             * Format: date-time
             * @example 2026-12-05T14:02:11.000Z
             */
            at: string;
        };
        AdminMemberDto: {
            /** @example 0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14 */
            id: string;
            /** @example li.lei@example.cn */
            email: string;
            /** @example 李雷 */
            displayName: string | null;
            /** @example 重庆某建设工程有限公司 */
            company: string | null;
            /** @example +8613800138000 */
            phone: string | null;
            /**
             * Format: date-time
             * @example 2026-11-02T03:04:05.000Z
             */
            phoneVerifiedAt: string | null;
            /**
             * @example member
             * @enum {string}
             */
            role: "member" | "admin";
            /**
             * @example free
             * @enum {string}
             */
            plan: "free" | "pro";
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "suspended";
            /**
             * Format: date-time
             * @example 2026-11-01T08:00:00.000Z
             */
            emailVerifiedAt: string | null;
            /**
             * @description false after a one-click unsubscribe
             * @example true
             */
            emailEnabled: boolean;
            /**
             * Format: date-time
             * @description Set by a permanent SMTP failure
             * @example null
             */
            emailBouncedAt: string | null;
            /** @example false */
            smsEnabled: boolean;
            /** @example Asia/Shanghai */
            timezone: string;
            /**
             * Format: date-time
             * @example 2026-11-01T08:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-20T08:00:00.000Z
             */
            updatedAt: string;
            /** @example 3 */
            subscriptionCount: number;
        };
        MembersPageDto: {
            items: components["schemas"]["AdminMemberDto"][];
            /**
             * @description Rows matching the filter
             * @example 57
             */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        AdminSubscriptionDto: {
            /** @example 7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f */
            id: string;
            /** @example 渝中区市政道路 */
            name: string;
            /**
             * @example [
             *       "道路",
             *       "市政 改造"
             *     ]
             */
            keywords: string[];
            /**
             * @example [
             *       "监理"
             *     ]
             */
            excludeWords: string[];
            /**
             * @example title_body
             * @enum {string}
             */
            scope: "title" | "title_body";
            /**
             * @example [
             *       "500103"
             *     ]
             */
            regions: string[];
            /**
             * @example [
             *       "tender"
             *     ]
             */
            categories: ("tender" | "award" | "change" | "intent" | "proposed" | "news" | "other")[];
            /**
             * @description Stages caught besides whole categories
             * @example [
             *       "correction"
             *     ]
             */
            stages: ("procurement_intent" | "tender_plan" | "pre_announcement" | "prequalification" | "invitation" | "correction" | "clarification" | "extension" | "method_change" | "candidates" | "result" | "termination" | "bid_opening" | "price_cap" | "contract" | "acceptance" | "project_approval" | "feasibility_approval" | "ratification" | "filing" | "eia" | "construction_start" | "signing" | "completion" | "progress")[];
            /** @example 1000000 */
            budgetMin: number | null;
            /** @example null */
            budgetMax: number | null;
            /** @example false */
            requireBudget: boolean;
            /**
             * @example [
             *       "email"
             *     ]
             */
            channels: ("email" | "sms" | "wechat" | "webhook" | "robot")[];
            /**
             * @example instant
             * @enum {string}
             */
            frequency: "instant" | "daily" | "weekly";
            /**
             * @description Tenders past their bid deadline are sent too (已截止) instead of held back
             * @example false
             */
            includeExpired: boolean;
            /** @example false */
            paused: boolean;
            /**
             * Format: date-time
             * @example null
             */
            pausedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-20T08:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
            /** @example 0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14 */
            memberId: string;
            /** @example li.lei@example.cn */
            memberEmail: string;
            /**
             * @example active
             * @enum {string}
             */
            memberStatus: "active" | "suspended";
        };
        RecentDeliveryDto: {
            /** @example 9c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6 */
            id: string;
            /**
             * @example email
             * @enum {string}
             */
            channel: "email" | "sms" | "wechat" | "webhook" | "robot" | "team";
            /**
             * @example instant
             * @enum {string}
             */
            kind: "instant" | "daily" | "weekly";
            /**
             * @example sent
             * @enum {string}
             */
            status: "pending" | "sending" | "sent" | "failed" | "bounced" | "unknown" | "held";
            /** @example 1 */
            attempts: number;
            /** @example 【标讯订阅】渝中区解放碑片区道路改造工程… 等1条 */
            subject: string | null;
            /** @example null */
            error: string | null;
            /**
             * Format: date-time
             * @example 2026-11-20T08:00:05.000Z
             */
            sentAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-20T08:00:00.000Z
             */
            createdAt: string;
            /** @example 1 */
            bulletinCount: number;
        };
        AdminMemberDetailDto: {
            /** @example 0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14 */
            id: string;
            /** @example li.lei@example.cn */
            email: string;
            /** @example 李雷 */
            displayName: string | null;
            /** @example 重庆某建设工程有限公司 */
            company: string | null;
            /** @example +8613800138000 */
            phone: string | null;
            /**
             * Format: date-time
             * @example 2026-11-02T03:04:05.000Z
             */
            phoneVerifiedAt: string | null;
            /**
             * @example member
             * @enum {string}
             */
            role: "member" | "admin";
            /**
             * @example free
             * @enum {string}
             */
            plan: "free" | "pro";
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "suspended";
            /**
             * Format: date-time
             * @example 2026-11-01T08:00:00.000Z
             */
            emailVerifiedAt: string | null;
            /**
             * @description false after a one-click unsubscribe
             * @example true
             */
            emailEnabled: boolean;
            /**
             * Format: date-time
             * @description Set by a permanent SMTP failure
             * @example null
             */
            emailBouncedAt: string | null;
            /** @example false */
            smsEnabled: boolean;
            /** @example Asia/Shanghai */
            timezone: string;
            /**
             * Format: date-time
             * @example 2026-11-01T08:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-20T08:00:00.000Z
             */
            updatedAt: string;
            /** @example 3 */
            subscriptionCount: number;
            subscriptions: components["schemas"]["AdminSubscriptionDto"][];
            /** @description The newest 20 */
            recentDeliveries: components["schemas"]["RecentDeliveryDto"][];
        };
        SetPlanDto: {
            /**
             * @description Limits apply to the next change; subscriptions above a lower limit are kept
             * @example pro
             * @enum {string}
             */
            plan: "free" | "pro";
        };
        AdminSubscriptionsPageDto: {
            items: components["schemas"]["AdminSubscriptionDto"][];
            /**
             * @description Rows matching the filter
             * @example 57
             */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        WhySubscriptionRefDto: {
            /** @example 7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f */
            id: string;
            /** @example 渝中区市政道路 */
            name: string;
            /** @example 0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14 */
            memberId: string;
        };
        WhyResultDto: {
            subscription: components["schemas"]["WhySubscriptionRefDto"];
            /**
             * @description Check by check, in match form: keyword entries (each AND part in title/body), exclusions, region (bulletin path and ancestry vs subscription regions), category or stage, budget, paused/suspended. `filter` is what the matcher decides; `verdict` also counts the state.
             * @example {
             *       "filter": "no_match",
             *       "verdict": "no_match",
             *       "hits": [
             *         "道路 改造"
             *       ],
             *       "reasons": [
             *         "excluded by \"监理\""
             *       ],
             *       "keywords": {
             *         "verdict": "pass",
             *         "scope": "title_body",
             *         "entries": [
             *           {
             *             "entry": "桥梁",
             *             "hit": false,
             *             "parts": [
             *               {
             *                 "term": "桥梁",
             *                 "inTitle": false,
             *                 "inBody": false,
             *                 "found": false
             *               }
             *             ]
             *           },
             *           {
             *             "entry": "道路 改造",
             *             "hit": true,
             *             "parts": [
             *               {
             *                 "term": "道路",
             *                 "inTitle": true,
             *                 "inBody": false,
             *                 "found": true
             *               },
             *               {
             *                 "term": "改造",
             *                 "inTitle": true,
             *                 "inBody": true,
             *                 "found": true
             *               }
             *             ]
             *           }
             *         ]
             *       },
             *       "excludes": {
             *         "verdict": "fail",
             *         "blockedBy": [
             *           "监理"
             *         ],
             *         "entries": [
             *           {
             *             "entry": "监理",
             *             "hit": true,
             *             "parts": [
             *               {
             *                 "term": "监理",
             *                 "inTitle": false,
             *                 "inBody": true,
             *                 "found": true
             *               }
             *             ]
             *           }
             *         ]
             *       },
             *       "region": {
             *         "verdict": "pass",
             *         "reason": "bulletin region 500103 渝中区 lies inside subscription region 500000 重庆市",
             *         "bulletin": {
             *           "code": "500103",
             *           "path": [
             *             {
             *               "code": "500000",
             *               "name": "重庆市"
             *             },
             *             {
             *               "code": "500103",
             *               "name": "渝中区"
             *             }
             *           ],
             *           "ancestors": [
             *             "500103",
             *             "500100",
             *             "500000"
             *           ]
             *         },
             *         "subscription": [
             *           {
             *             "code": "500000",
             *             "name": "重庆市",
             *             "covers": true,
             *             "relation": "contains"
             *           }
             *         ]
             *       },
             *       "category": {
             *         "verdict": "pass",
             *         "bulletin": "tender",
             *         "subscription": [
             *           "tender"
             *         ],
             *         "bulletinStage": "invitation",
             *         "stages": [
             *           "correction"
             *         ]
             *       },
             *       "budget": {
             *         "verdict": "pass",
             *         "bulletinYuan": 3500000,
             *         "min": 1000000,
             *         "max": null,
             *         "requireBudget": false,
             *         "reason": "budget 3500000 yuan is within the limits"
             *       },
             *       "state": {
             *         "verdict": "pass",
             *         "paused": false,
             *         "pausedAt": null,
             *         "memberStatus": "active",
             *         "reason": "active"
             *       }
             *     }
             */
            explanation: {
                [key: string]: unknown;
            };
            /**
             * @description What matching and delivery wrote: the match row, each channel's notification and delivery (held reason), and `deduplicated` (cross_source_duplicate or already_notified)
             * @example {
             *       "bulletinId": "c2a1e7f0-5b3d-4c8e-a1f2-9d8e7c6b5a40",
             *       "match": {
             *         "at": "2026-11-25T02:00:03.000Z",
             *         "hits": [
             *           "道路 改造"
             *         ]
             *       },
             *       "notifications": [
             *         {
             *           "channel": "email",
             *           "status": "assigned",
             *           "frequency": "instant",
             *           "createdAt": "2026-11-25T02:00:03.000Z",
             *           "heldReason": null,
             *           "delivery": {
             *             "id": "9c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6",
             *             "kind": "instant",
             *             "status": "sent",
             *             "attempts": 1,
             *             "dueAt": "2026-11-25T02:01:00.000Z",
             *             "sentAt": "2026-11-25T02:01:01.000Z",
             *             "error": null,
             *             "subject": "【标讯订阅】…"
             *           }
             *         }
             *       ],
             *       "deduplicated": null,
             *       "notes": [
             *         "matched at 2026-11-25T02:00:03.000Z, before the subscription changed at 2026-11-26T09:00:00.000Z"
             *       ]
             *     }
             */
            outcome: {
                [key: string]: unknown;
            };
        };
        WhyReportDto: {
            /**
             * @example {
             *       "id": "c2a1e7f0-5b3d-4c8e-a1f2-9d8e7c6b5a40",
             *       "title": "渝中区解放碑片区道路改造工程施工招标公告",
             *       "regionCode": "500103",
             *       "regionText": "重庆-渝中-",
             *       "category": "tender",
             *       "budgetYuan": 3500000,
             *       "canonicalId": null,
             *       "withdrawnAt": null,
             *       "ingestedAt": "2026-11-25T02:00:00.000Z",
             *       "matchedAt": "2026-11-25T02:00:03.000Z"
             *     }
             */
            bulletin: {
                [key: string]: unknown;
            };
            /**
             * @example {
             *       "id": "0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14",
             *       "email": "li.lei@example.cn",
             *       "status": "active",
             *       "emailEnabled": true,
             *       "emailBouncedAt": null,
             *       "smsEnabled": false,
             *       "phoneVerifiedAt": null,
             *       "consentAt": "2026-11-01T08:00:00.000Z"
             *     }
             */
            member: {
                [key: string]: unknown;
            };
            results: components["schemas"]["WhyResultDto"][];
        };
        ApiKeyDto: {
            /** @example 4f1e2d3c-b5a6-4978-8a9b-0c1d2e3f4a5b */
            id: string;
            /**
             * @description The public part of the key (ta_<prefix>_…): tells keys apart in logs
             * @example 3fa9c1d27e4b
             */
            prefix: string;
            /**
             * Format: date-time
             * @example 2026-11-01T08:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example null
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @example null
             */
            revokedAt: string | null;
        };
        AdminSourceDto: {
            /** @example 6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d */
            id: string;
            /** @example cq-ggzy-crawler */
            name: string;
            /**
             * Format: date-time
             * @example 2026-11-01T08:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last successful ingest call
             * @example 2026-11-27T01:59:58.000Z
             */
            lastSeenAt: string | null;
            /**
             * Format: date-time
             * @description Newest bulletin stored from this source (API or file import)
             * @example 2026-11-27T01:59:58.000Z
             */
            lastIngestedAt: string | null;
            /** @example 18234 */
            bulletinsTotal: number;
            /**
             * @description Ingested in the last 24 hours
             * @example 412
             */
            bulletinsLast24h: number;
            keys: components["schemas"]["ApiKeyDto"][];
        };
        CreateSourceDto: {
            /**
             * @description Unique; letters, digits, . _ - and CJK
             * @example cq-ggzy-crawler
             */
            name: string;
        };
        IssuedKeyDto: {
            /** @example 4f1e2d3c-b5a6-4978-8a9b-0c1d2e3f4a5b */
            id: string;
            /**
             * @description The public part of the key (ta_<prefix>_…): tells keys apart in logs
             * @example 3fa9c1d27e4b
             */
            prefix: string;
            /**
             * Format: date-time
             * @example 2026-11-01T08:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example null
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @example null
             */
            revokedAt: string | null;
            /**
             * @description Shown this once; only a hash is stored
             * @example ta_3fa9c1d27e4b_Qm9vZ2xlLXNlY3JldC1leGFtcGxlLW5vdC1yZWFsLWtleQ
             */
            apiKey: string;
        };
        CreatedSourceDto: {
            source: components["schemas"]["AdminSourceDto"];
            key: components["schemas"]["IssuedKeyDto"];
        };
        AdminBulletinDto: {
            /** @example c2a1e7f0-5b3d-4c8e-a1f2-9d8e7c6b5a40 */
            id: string;
            /** @example 渝中区解放碑片区道路改造工程施工招标公告 */
            title: string;
            /** @example https://www.example.gov.cn/zbgg/2026/123.html */
            url: string | null;
            /**
             * @example tender
             * @enum {string}
             */
            category: "tender" | "award" | "change" | "intent" | "proposed" | "news" | "other";
            /**
             * @example invitation
             * @enum {string|null}
             */
            stage: "procurement_intent" | "tender_plan" | "pre_announcement" | "prequalification" | "invitation" | "correction" | "clarification" | "extension" | "method_change" | "candidates" | "result" | "termination" | "bid_opening" | "price_cap" | "contract" | "acceptance" | "project_approval" | "feasibility_approval" | "ratification" | "filing" | "eia" | "construction_start" | "signing" | "completion" | "progress" | null;
            /**
             * @description The stage as members read it
             * @example 招标公告
             */
            stageLabel: string | null;
            region: components["schemas"]["RegionRefDto"] | null;
            /**
             * @description As the source wrote it
             * @example 重庆-渝中-
             */
            regionText: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T02:00:00.000Z
             */
            publishedAt: string | null;
            /** @example 3500000 */
            budgetYuan: number | null;
            /** @example 重庆市渝中区住房和城乡建设委员会 */
            buyer: string | null;
            /** @example 重庆某招标代理有限公司 */
            agency: string | null;
            /**
             * @description Winners as written; [] when none is named
             * @example []
             */
            winners: string[];
            /**
             * @description Award amount in yuan
             * @example null
             */
            awardYuan: number | null;
            /** @example CQ-2026-001 */
            projectCode: string | null;
            /**
             * Format: date-time
             * @example null
             */
            deadlineAt: string | null;
            /**
             * Format: date-time
             * @example null
             */
            withdrawnAt: string | null;
            /** @example 6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d */
            sourceId: string;
            /** @example cq-ggzy-crawler */
            sourceName: string;
            /**
             * @description The source's own id
             * @example cq-2026-000123
             */
            sourceRef: string;
            /**
             * @description Set on a cross-source duplicate: the bulletin members were told about
             * @example null
             */
            canonicalId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T02:00:01.000Z
             */
            ingestedAt: string;
            /**
             * Format: date-time
             * @example 2026-11-25T02:00:03.000Z
             */
            matchedAt: string | null;
        };
        AdminBulletinsPageDto: {
            items: components["schemas"]["AdminBulletinDto"][];
            /**
             * @description Rows matching the filter
             * @example 57
             */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        AdminBulletinDetailDto: {
            /** @example c2a1e7f0-5b3d-4c8e-a1f2-9d8e7c6b5a40 */
            id: string;
            /** @example 渝中区解放碑片区道路改造工程施工招标公告 */
            title: string;
            /** @example https://www.example.gov.cn/zbgg/2026/123.html */
            url: string | null;
            /**
             * @example tender
             * @enum {string}
             */
            category: "tender" | "award" | "change" | "intent" | "proposed" | "news" | "other";
            /**
             * @example invitation
             * @enum {string|null}
             */
            stage: "procurement_intent" | "tender_plan" | "pre_announcement" | "prequalification" | "invitation" | "correction" | "clarification" | "extension" | "method_change" | "candidates" | "result" | "termination" | "bid_opening" | "price_cap" | "contract" | "acceptance" | "project_approval" | "feasibility_approval" | "ratification" | "filing" | "eia" | "construction_start" | "signing" | "completion" | "progress" | null;
            /**
             * @description The stage as members read it
             * @example 招标公告
             */
            stageLabel: string | null;
            region: components["schemas"]["RegionRefDto"] | null;
            /**
             * @description As the source wrote it
             * @example 重庆-渝中-
             */
            regionText: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T02:00:00.000Z
             */
            publishedAt: string | null;
            /** @example 3500000 */
            budgetYuan: number | null;
            /** @example 重庆市渝中区住房和城乡建设委员会 */
            buyer: string | null;
            /** @example 重庆某招标代理有限公司 */
            agency: string | null;
            /**
             * @description Winners as written; [] when none is named
             * @example []
             */
            winners: string[];
            /**
             * @description Award amount in yuan
             * @example null
             */
            awardYuan: number | null;
            /** @example CQ-2026-001 */
            projectCode: string | null;
            /**
             * Format: date-time
             * @example null
             */
            deadlineAt: string | null;
            /**
             * Format: date-time
             * @example null
             */
            withdrawnAt: string | null;
            /** @example 6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d */
            sourceId: string;
            /** @example cq-ggzy-crawler */
            sourceName: string;
            /**
             * @description The source's own id
             * @example cq-2026-000123
             */
            sourceRef: string;
            /**
             * @description Set on a cross-source duplicate: the bulletin members were told about
             * @example null
             */
            canonicalId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T02:00:01.000Z
             */
            ingestedAt: string;
            /**
             * Format: date-time
             * @example 2026-11-25T02:00:03.000Z
             */
            matchedAt: string | null;
            /**
             * @example 项目编号：CQ-2026-001
             *     预算金额：350万元 …
             */
            body: string;
            /**
             * @description Bumped on every content update
             * @example 1
             */
            version: number;
            /**
             * @description Subscriptions that caught it
             * @example 12
             */
            matchCount: number;
            /**
             * @description One per member and channel
             * @example 9
             */
            notificationCount: number;
            /**
             * @example {
             *       "assigned": 8,
             *       "suppressed": 1
             *     }
             */
            notificationsByStatus: {
                [key: string]: number;
            };
            /**
             * @description The same notice from other sources
             * @example []
             */
            duplicateIds: string[];
        };
        WithdrawResultDto: {
            /**
             * Format: date-time
             * @example 2026-11-26T09:00:00.000Z
             */
            withdrawnAt: string;
            /**
             * @description Notifications not sent yet, now suppressed
             * @example 3
             */
            suppressedNotifications: number;
        };
        DeliveryMessageDto: {
            /** @example 【标讯订阅】3月5日 12条新标讯：道路、市政 · 重庆 */
            subject: string;
            /** @description The HTML part, every bulletin field escaped */
            html: string;
            /** @description The plain-text part */
            text: string;
        };
        AdminDeliveryDto: {
            /** @example 9c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6 */
            id: string;
            /** @example 0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14 */
            memberId: string;
            /** @example li.lei@example.cn */
            memberEmail: string;
            /**
             * @example email
             * @enum {string}
             */
            channel: "email" | "sms" | "wechat" | "webhook" | "robot" | "team";
            /**
             * @example instant
             * @enum {string}
             */
            kind: "instant" | "daily" | "weekly";
            /**
             * @example failed
             * @enum {string}
             */
            status: "pending" | "sending" | "sent" | "failed" | "bounced" | "unknown" | "held";
            /** @example 8 */
            attempts: number;
            /** @example 【标讯订阅】渝中区解放碑片区道路改造工程… 等1条 */
            subject: string | null;
            /**
             * @description Last error; for held deliveries the reason they wait
             * @example 421 4.3.0 Temporary system problem
             */
            error: string | null;
            /** @example <delivery-9c0e1f2a@alerts.example.cn> */
            providerMessageId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T02:01:00.000Z
             */
            dueAt: string;
            /**
             * Format: date-time
             * @example null
             */
            sentAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T02:00:03.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-25T02:09:00.000Z
             */
            updatedAt: string;
            /** @example 1 */
            bulletinCount: number;
        };
        AdminDeliveriesPageDto: {
            items: components["schemas"]["AdminDeliveryDto"][];
            /**
             * @description Rows matching the filter
             * @example 57
             */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        BulkRetryDto: {
            /**
             * @default failed
             * @enum {string}
             */
            status: "failed" | "bounced" | "unknown";
            /** @enum {string} */
            channel?: "email" | "sms" | "wechat" | "webhook" | "robot" | "team";
            /** @enum {string} */
            kind?: "instant" | "daily" | "weekly";
            /** @example 0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14 */
            memberId?: string;
            /**
             * Format: date-time
             * @description Created at or after (inclusive)
             * @example 2026-11-26T00:00:00+08:00
             */
            from?: string;
            /**
             * Format: date-time
             * @description Created before (exclusive)
             * @example 2026-11-27T00:00:00+08:00
             */
            to?: string;
            /**
             * @description Oldest first
             * @default 100
             * @example 100
             */
            limit: number;
        };
        RetriedDeliveryDto: {
            /** @example 9c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6 */
            id: string;
            /** @example 8 */
            attempts: number;
            /**
             * @description The delivery.send job
             * @example delivery-9c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6-a8
             */
            jobId: string;
        };
        BulkRetryResultDto: {
            /** @example 2 */
            retried: number;
            deliveries: components["schemas"]["RetriedDeliveryDto"][];
        };
        CarriedSubscriptionDto: {
            /** @example 7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f */
            id: string;
            /** @example 渝中区市政道路 */
            name: string;
            /**
             * @example [
             *       "道路"
             *     ]
             */
            hits: string[];
        };
        CarriedBulletinDto: {
            /** @example c2a1e7f0-5b3d-4c8e-a1f2-9d8e7c6b5a40 */
            id: string;
            /** @example 渝中区解放碑片区道路改造工程施工招标公告 */
            title: string;
            /** @example https://www.example.gov.cn/zbgg/2026/123.html */
            url: string | null;
            /** @example tender */
            category: string;
            /** @example 500103 */
            regionCode: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T02:00:00.000Z
             */
            publishedAt: string | null;
            /** @example 3500000 */
            budgetYuan: number | null;
            /**
             * Format: date-time
             * @example null
             */
            withdrawnAt: string | null;
            /** @example assigned */
            notificationStatus: string;
            subscriptions: components["schemas"]["CarriedSubscriptionDto"][];
        };
        AdminDeliveryDetailDto: {
            /** @example 9c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6 */
            id: string;
            /** @example 0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14 */
            memberId: string;
            /** @example li.lei@example.cn */
            memberEmail: string;
            /**
             * @example email
             * @enum {string}
             */
            channel: "email" | "sms" | "wechat" | "webhook" | "robot" | "team";
            /**
             * @example instant
             * @enum {string}
             */
            kind: "instant" | "daily" | "weekly";
            /**
             * @example failed
             * @enum {string}
             */
            status: "pending" | "sending" | "sent" | "failed" | "bounced" | "unknown" | "held";
            /** @example 8 */
            attempts: number;
            /** @example 【标讯订阅】渝中区解放碑片区道路改造工程… 等1条 */
            subject: string | null;
            /**
             * @description Last error; for held deliveries the reason they wait
             * @example 421 4.3.0 Temporary system problem
             */
            error: string | null;
            /** @example <delivery-9c0e1f2a@alerts.example.cn> */
            providerMessageId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T02:01:00.000Z
             */
            dueAt: string;
            /**
             * Format: date-time
             * @example null
             */
            sentAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T02:00:03.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-25T02:09:00.000Z
             */
            updatedAt: string;
            /** @example 1 */
            bulletinCount: number;
            /**
             * @description Instant: the coalescing window; digests: local date or ISO week
             * @example 2026-11-25T02:01:00.000Z
             */
            periodKey: string;
            /**
             * Format: date-time
             * @example null
             */
            leaseUntil: string | null;
            /** @description What the message carried (or will carry), grouped under the subscriptions that caught each bulletin; with `subject` this is the message as sent */
            bulletins: components["schemas"]["CarriedBulletinDto"][];
        };
        AdminWebhookMessageDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            endpointId: string;
            /** @enum {string} */
            kind: "webhook" | "wecom" | "dingtalk" | "feishu";
            url: string;
            /** @enum {string} */
            status: "pending" | "sending" | "delivered" | "failed" | "unknown";
            attempts: number;
            responseStatus: Record<string, never> | null;
            error: Record<string, never> | null;
            deliveredAt: Record<string, never> | null;
            /** Format: date-time */
            createdAt: string;
        };
        NoiseSubscriptionDto: {
            /** @example 7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f */
            id: string;
            /** @example 市政工程 */
            name: string;
            /** @example 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d */
            memberId: string;
            /** @example zhang@example.cn */
            memberEmail: string;
            /** @example 67 */
            matches: number;
            /** @example 6 */
            marks: number;
            /** @example 0.0896 */
            rate: number | null;
        };
        NoiseTermDto: {
            /** @example 市政 */
            term: string;
            /** @example 240 */
            matches: number;
            /** @example 21 */
            marks: number;
            /** @example 0.0875 */
            rate: number | null;
        };
        NoiseStatsDto: {
            /** @example 30 */
            days: number;
            /**
             * Format: date-time
             * @example 2026-10-27T00:00:00.000Z
             */
            since: string;
            /**
             * @description Matches made in the window
             * @example 5230
             */
            matches: number;
            /**
             * @description Of those, marked 不相关 by their member
             * @example 412
             */
            marks: number;
            /**
             * @description marks / matches
             * @example 0.0788
             */
            rate: number | null;
            /**
             * @description Marks by where they were made
             * @example {
             *       "app": 300,
             *       "email": 112
             *     }
             */
            bySource: {
                [key: string]: number;
            };
            /** @description Most-marked subscriptions */
            subscriptions: components["schemas"]["NoiseSubscriptionDto"][];
            /** @description Most-marked keyword entries */
            terms: components["schemas"]["NoiseTermDto"][];
        };
        DayStatsDto: {
            /** @example 2026-11-26 */
            date: string;
            /**
             * @description Bulletins ingested
             * @example 412
             */
            bulletins: number;
            /** @example 1290 */
            matches: number;
            /**
             * @description Deliveries created that day: channel → status → count
             * @example {
             *       "email": {
             *         "sent": 310,
             *         "failed": 2,
             *         "bounced": 1
             *       },
             *       "sms": {
             *         "sent": 40,
             *         "held": 3
             *       }
             *     }
             */
            deliveries: {
                [key: string]: {
                    [key: string]: number;
                };
            };
        };
        StatsTotalsDto: {
            /**
             * @example {
             *       "active": 1520,
             *       "suspended": 4
             *     }
             */
            members: {
                [key: string]: number;
            };
            /** @example 4210 */
            activeSubscriptions: number;
            /**
             * @description Members whose address bounced
             * @example 7
             */
            bouncedMembers: number;
            /**
             * @description Deliveries that bounced within the window
             * @example 9
             */
            bouncedDeliveries: number;
            /**
             * @description Members with email turned off (unsubscribed)
             * @example 23
             */
            unsubscribedMembers: number;
        };
        QueueDepthDto: {
            /** @example delivery-send */
            name: string;
            /** @example 3 */
            waiting: number;
            /** @example 1 */
            active: number;
            /**
             * @description Includes instant deliveries waiting for their coalescing window
             * @example 12
             */
            delayed: number;
            /** @example 0 */
            prioritized: number;
            /**
             * @description Jobs that used up their attempts (kept 7 days)
             * @example 2
             */
            failed: number;
        };
        AdminStatsDto: {
            /** @example Asia/Shanghai */
            timezone: string;
            /** @description Oldest first, today last */
            days: components["schemas"]["DayStatsDto"][];
            totals: components["schemas"]["StatsTotalsDto"];
            queues: components["schemas"]["QueueDepthDto"][];
        };
        AuditLogDto: {
            /** @example 5d6e7f80-9a1b-4c2d-8e3f-405162738495 */
            id: string;
            /** @example 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d */
            actorId: string;
            /** @example ops@example.cn */
            actorEmail: string | null;
            /** @example member.suspend */
            action: string;
            /** @example member */
            targetType: string;
            /** @example 0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14 */
            targetId: string | null;
            /**
             * @example {
             *       "email": "li.lei@example.cn",
             *       "role": "member",
             *       "plan": "free",
             *       "status": "active"
             *     }
             */
            before: {
                [key: string]: unknown;
            } | null;
            /**
             * @example {
             *       "email": "li.lei@example.cn",
             *       "role": "member",
             *       "plan": "free",
             *       "status": "suspended",
             *       "suppressedNotifications": 2
             *     }
             */
            after: {
                [key: string]: unknown;
            } | null;
            /** @example 5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10 */
            requestId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-26T09:00:00.000Z
             */
            createdAt: string;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditLogDto"][];
            /**
             * @description Rows matching the filter
             * @example 57
             */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        DashboardSessionDto: {
            /**
             * @description Open this in the same browser
             * @example /v1/admin/queues
             */
            url: string;
            /**
             * Format: date-time
             * @example 2026-11-27T02:15:00.000Z
             */
            expiresAt: string;
        };
        MergeProjectDto: {
            /**
             * @description The project that absorbs this one
             * @example 5b0e7c1a-3f2d-4c6b-9e8a-7d6c5b4a3f2e
             */
            intoId: string;
        };
        MergeResultDto: {
            /** @example 5b0e7c1a-3f2d-4c6b-9e8a-7d6c5b4a3f2e */
            projectId: string;
            /** @example 2 */
            movedNotices: number;
        };
        SplitProjectDto: {
            /**
             * @description Notices of this project that form a new one
             * @example [
             *       "1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6"
             *     ]
             */
            bulletinIds: string[];
        };
        SplitResultDto: {
            /** @example 5b0e7c1a-3f2d-4c6b-9e8a-7d6c5b4a3f2e */
            projectId: string;
            /** @example 0c9e7a52-7d7f-4a51-9a3e-2f1f5b1c2d3e */
            newProjectId: string;
        };
        AdminWebhookDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "webhook" | "wecom" | "dingtalk" | "feishu";
            /**
             * @description the subscription channel that feeds it
             * @enum {string}
             */
            channel: "webhook" | "robot";
            url: string;
            description: string;
            /** Format: uuid */
            subscriptionId: string | null;
            enabled: boolean;
            /** Format: date-time */
            disabledAt: string | null;
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description start of the current run of failures
             */
            failingSince: string | null;
            hasSecret: boolean;
            /**
             * Format: date-time
             * @description until then the previous secret signs too
             */
            previousSecretUntil: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description the owner: the member, or the admin who made a team endpoint
             */
            memberId: string;
            ownerEmail: string;
            /** Format: uuid */
            teamId: string | null;
            teamName: string | null;
            /** @description status of the newest message in its log */
            lastStatus: string | null;
        };
        TeamMemberDto: {
            /** Format: uuid */
            id: string;
            email: string;
        };
        TeamDto: {
            /** Format: uuid */
            id: string;
            name: string;
            members: components["schemas"]["TeamMemberDto"][];
            subscriptionIds: string[];
            endpointIds: string[];
            /** Format: date-time */
            createdAt: string;
        };
        CreateTeamDto: {
            /** @example 投标部 */
            name: string;
            memberIds: string[];
            /** @description only these of the members' subscriptions; [] or absent: every match */
            subscriptionIds?: string[];
        };
        UpdateTeamDto: {
            name?: string;
            memberIds?: string[];
            subscriptionIds?: string[];
        };
        CreateTeamWebhookDto: {
            /**
             * @description webhook: signed JSON events; wecom / dingtalk / feishu: group-robot markdown
             * @example webhook
             * @enum {string}
             */
            kind: "webhook" | "wecom" | "dingtalk" | "feishu";
            /**
             * @description https only; private, loopback and link-local addresses are refused
             * @example https://crm.example.com/hooks/tenders
             */
            url: string;
            /** @example CRM 接收 */
            description?: string;
            /** @description DingTalk's or Feishu's robot signing secret (加签 / 签名校验), as the platform shows it */
            robotSecret?: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    IngestController_bulletins: {
        parameters: {
            query?: never;
            header: {
                /** @description The source API key (ta_…) */
                "x-api-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestBatchDto"];
            };
        };
        responses: {
            /** @description Per-item results and counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Rate limited or locked out; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "code": "rate_limited",
                     *       "message": "Too many requests; try again in 60 s",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Rate limited or locked out; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "code": "rate_limited",
                     *       "message": "Too many requests; try again in 60 s",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AuthController_logoutAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Rate limited or locked out; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "code": "rate_limited",
                     *       "message": "Too many requests; try again in 60 s",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AccountLinksController_verifyLink: {
        parameters: {
            query: {
                /** @description The token from the emailed link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/html": unknown;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "text/html": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AccountLinksController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AccountLinksController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Rate limited or locked out; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "code": "rate_limited",
                     *       "message": "Too many requests; try again in 60 s",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AccountLinksController_forgot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Rate limited or locked out; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "code": "rate_limited",
                     *       "message": "Too many requests; try again in 60 s",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AccountLinksController_resetForm: {
        parameters: {
            query: {
                /** @description The token from the emailed link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountLinksController_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Rate limited or locked out; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "code": "rate_limited",
                     *       "message": "Too many requests; try again in 60 s",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MeController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MeController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAccountDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MeController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    PhoneController_sendCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "code": "phone_already_verified",
                     *       "message": "This phone number is already verified",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Rate limited or locked out; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "code": "rate_limited",
                     *       "message": "Too many requests; try again in 60 s",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    PhoneController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Rate limited or locked out; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "code": "rate_limited",
                     *       "message": "Too many requests; try again in 60 s",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MemberDeliveriesController_list: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDeliveryDto"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SubscriptionPreviewController_draft: {
        parameters: {
            query?: {
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewResultDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Valid, but over a plan limit or too broad */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "code": "plan_subscription_limit",
                     *       "message": "The free plan allows 3 subscriptions",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SubscriptionPreviewController_saved: {
        parameters: {
            query?: {
                days?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewResultDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Valid, but over a plan limit or too broad */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "code": "plan_subscription_limit",
                     *       "message": "The free plan allows 3 subscriptions",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SubscriptionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionListItemDto"][];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SubscriptionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSubscriptionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Valid, but over a plan limit or too broad */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "code": "plan_subscription_limit",
                     *       "message": "The free plan allows 3 subscriptions",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SubscriptionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SubscriptionsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SubscriptionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSubscriptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Valid, but over a plan limit or too broad */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "code": "plan_subscription_limit",
                     *       "message": "The free plan allows 3 subscriptions",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SubscriptionsController_pause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SubscriptionsController_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"][];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Valid, but over a plan limit or too broad */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "code": "plan_subscription_limit",
                     *       "message": "The free plan allows 3 subscriptions",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WebhooksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WebhooksController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedSecretDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "code": "phone_already_verified",
                     *       "message": "This phone number is already verified",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description createdAt of the last item of the previous page */
                before?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"][];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WebhooksController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "code": "phone_already_verified",
                     *       "message": "This phone number is already verified",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    FeedsController_atom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Atom document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/atom+xml": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SubscriptionFeedController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedUrlDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SubscriptionFeedController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WechatController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WechatController_unbind: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WechatController_bind: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "code": "phone_already_verified",
                     *       "message": "This phone number is already verified",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WechatController_qr: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WechatQrDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "code": "phone_already_verified",
                     *       "message": "This phone number is already verified",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WechatCallbackController_callback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MatchesController_list: {
        parameters: {
            query?: {
                /** @description Only this subscription */
                subscriptionId?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchesPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MatchFeedbackController_mark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkNotRelevantDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotRelevantMarkDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MatchFeedbackController_unmark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MatchFeedbackController_why: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchWhyDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MatchFeedbackController_fixes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchFixesDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    BulletinsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulletinDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    RegionsController_search: {
        parameters: {
            query?: {
                /** @description Name or short form: 重庆, 渝中, 南山区…; without it, the provinces */
                q?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionDto"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    RegionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionDetailDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ProjectsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    FollowsController_follow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    FollowsController_unfollow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    FollowsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowDto"][];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WatchesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchDto"][];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WatchesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WatchInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Valid, but over a plan limit or too broad */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "code": "plan_subscription_limit",
                     *       "message": "The free plan allows 3 subscriptions",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WatchesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WatchesController_suggest: {
        parameters: {
            query: {
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartySuggestionDto"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    HeldBackController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeldBackItemDto"][];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminMembersController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of the email, phone, company or display name */
                q?: string;
                status?: "active" | "suspended";
                plan?: "free" | "pro";
                role?: "member" | "admin";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembersPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminMembersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminMemberDetailDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminMembersController_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminMemberDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "code": "phone_already_verified",
                     *       "message": "This phone number is already verified",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminMembersController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminMemberDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminMembersController_setPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminMemberDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminMembersController_passwordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "code": "phone_already_verified",
                     *       "message": "This phone number is already verified",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminSubscriptionsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                memberId?: string;
                /** @description Part of the member's email */
                email?: string;
                /** @description Part of the name or of a keyword */
                q?: string;
                paused?: boolean;
                frequency?: "instant" | "daily" | "weekly";
                channel?: "email" | "sms" | "wechat" | "webhook" | "robot";
                /** @description Subscriptions listing this region code */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSubscriptionsPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminSubscriptionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSubscriptionDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminSubscriptionsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminSubscriptionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSubscriptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSubscriptionDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Valid, but over a plan limit or too broad */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "code": "plan_subscription_limit",
                     *       "message": "The free plan allows 3 subscriptions",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminSubscriptionsController_pause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSubscriptionDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminSubscriptionsController_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSubscriptionDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminWhyController_explain: {
        parameters: {
            query: {
                bulletinId: string;
                /** @description Explain this subscription (or give memberId) */
                subscriptionId?: string;
                /** @description Explain every subscription of this member */
                memberId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhyReportDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminSourcesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSourceDto"][];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminSourcesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSourceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedSourceDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "code": "phone_already_verified",
                     *       "message": "This phone number is already verified",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminSourcesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSourceDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminSourcesController_issueKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedKeyDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminSourcesController_revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "code": "phone_already_verified",
                     *       "message": "This phone number is already verified",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminBulletinsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Inclusive */
                from?: string;
                /** @description Exclusive */
                to?: string;
                /** @description Every space-separated part, in match form (full/half width, traditional, case and CJK spacing do not matter) */
                q?: string;
                /** @description Where q is looked for */
                scope?: "title" | "title_body";
                /** @description A region code (a province or city includes everything under it) or a code prefix of 2–6 digits */
                region?: string;
                category?: "tender" | "award" | "change" | "intent" | "proposed" | "news" | "other";
                stage?: "procurement_intent" | "tender_plan" | "pre_announcement" | "prequalification" | "invitation" | "correction" | "clarification" | "extension" | "method_change" | "candidates" | "result" | "termination" | "bid_opening" | "price_cap" | "contract" | "acceptance" | "project_approval" | "feasibility_approval" | "ratification" | "filing" | "eia" | "construction_start" | "signing" | "completion" | "progress";
                /** @description Part of the buyer, agency or a winner, as written (case-insensitive) */
                party?: string;
                sourceId?: string;
                withdrawn?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminBulletinsPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminBulletinsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminBulletinDetailDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminBulletinsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawResultDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminDeliveriesController_renderMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryMessageDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminDeliveriesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Inclusive */
                from?: string;
                /** @description Exclusive */
                to?: string;
                status?: "pending" | "sending" | "sent" | "failed" | "bounced" | "unknown" | "held";
                channel?: "email" | "sms" | "wechat" | "webhook" | "robot" | "team";
                kind?: "instant" | "daily" | "weekly";
                memberId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDeliveriesPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminDeliveriesController_retryMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkRetryDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkRetryResultDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminDeliveriesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDeliveryDetailDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminDeliveriesController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetriedDeliveryDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "code": "phone_already_verified",
                     *       "message": "This phone number is already verified",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminWebhookMessagesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminWebhookMessageDto"][];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminStatsController_noise: {
        parameters: {
            query?: {
                /** @description Matches made in the last N days */
                days?: number;
                /** @description How many subscriptions and terms to list */
                top?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoiseStatsDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminStatsController_get: {
        parameters: {
            query?: {
                days?: number;
                /** @description IANA time zone the days are counted in */
                timezone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminStatsDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminAuditController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Inclusive */
                from?: string;
                /** @description Exclusive */
                to?: string;
                /** @description The admin's id, or part of their email */
                actor?: string;
                /** @description An action (member.suspend, member.reactivate, member.plan, member.password_reset, subscription.update, subscription.pause, subscription.resume, subscription.delete, source.create, source.key_issue, source.key_revoke, bulletin.withdraw, delivery.retry, delivery.bulk_retry, queues.session, queues.dashboard_action, project.merge, project.split, webhook.disable, webhook.enable, webhook.replay, team.create, team.update, team.delete, team.webhook_create) or a group (member, delivery…) */
                action?: string;
                targetType?: "member" | "subscription" | "source" | "api_key" | "bulletin" | "delivery" | "queue";
                targetId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    QueueSessionController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description ta_admin_queues=…; Path=/v1/admin/queues; HttpOnly; SameSite=Strict */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardSessionDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminProjectsController_merge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeProjectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeResultDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminProjectsController_split: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SplitProjectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplitResultDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminWebhooksController_list: {
        parameters: {
            query?: {
                memberId?: string;
                teamId?: string;
                kind?: "webhook" | "wecom" | "dingtalk" | "feishu";
                /** @description true: only disabled ones; false: only enabled ones */
                disabled?: boolean;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminWebhookDto"][];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminWebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminWebhookDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminWebhooksController_deliveries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description createdAt of the last item of the previous page */
                before?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"][];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminWebhooksController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminWebhookDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminWebhooksController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminWebhookDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminWebhooksController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "code": "phone_already_verified",
                     *       "message": "This phone number is already verified",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminTeamsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDto"][];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminTeamsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "code": "phone_already_verified",
                     *       "message": "This phone number is already verified",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminTeamsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminTeamsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminTeamsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "code": "phone_already_verified",
                     *       "message": "This phone number is already verified",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AdminTeamsController_createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "code": "validation_failed",
                     *       "message": "keywords.0: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "keywords.0",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "code": "token_invalid",
                     *       "message": "Access token is invalid",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "code": "forbidden",
                     *       "message": "This needs the admin role",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found — also for anything that belongs to another member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "code": "subscription_not_found",
                     *       "message": "Subscription not found",
                     *       "requestId": "5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
}
