import { AuditLog } from './admin/audit/audit-log.entity';
import { Bulletin } from './bulletins/bulletin.entity';
import { Delivery } from './deliveries/delivery.entity';
import { Notification } from './deliveries/notification.entity';
import { BulletinMatchState } from './matches/bulletin-match-state.entity';
import { Match } from './matches/match.entity';
import { Member } from './members/member.entity';
import { PhoneCode } from './members/phone-code.entity';
import { RefreshToken } from './members/refresh-token.entity';
import { ApiKey } from './sources/api-key.entity';
import { Source } from './sources/source.entity';
import { Subscription } from './subscriptions/subscription.entity';
import { SubscriptionFeed } from './feeds/subscription-feed.entity';
import { WebhookEndpoint } from './webhooks/webhook-endpoint.entity';
import { WebhookMessage } from './webhooks/webhook-message.entity';
import { WechatBinding } from './wechat/wechat-binding.entity';

/** Every entity, for the data source and TypeOrmModule.forFeature. */
export const ENTITIES = [Source, ApiKey, Bulletin, Member, RefreshToken, PhoneCode, Subscription, Match, BulletinMatchState, Notification, Delivery, AuditLog, WebhookEndpoint, WebhookMessage, WechatBinding, SubscriptionFeed];
