import { AuditLog } from './admin/audit/audit-log.entity';
import { Bulletin } from './bulletins/bulletin.entity';
import { Delivery } from './deliveries/delivery.entity';
import { Notification } from './deliveries/notification.entity';
import { NotRelevantMark } from './feedback/not-relevant-mark.entity';
import { Match } from './matches/match.entity';
import { Member } from './members/member.entity';
import { PhoneCode } from './members/phone-code.entity';
import { RefreshToken } from './members/refresh-token.entity';
import { ApiKey } from './sources/api-key.entity';
import { Source } from './sources/source.entity';
import { Subscription } from './subscriptions/subscription.entity';
import { Project } from './projects/project.entity';
import { ProjectLinkKey } from './projects/project-link-key.entity';
import { ProjectFollow } from './projects/project-follow.entity';
import { FollowNotice } from './projects/follow-notice.entity';
import { ProjectReminder } from './projects/project-reminder.entity';
import { PartyWatch } from './parties/party-watch.entity';
import { WatchNotice } from './parties/watch-notice.entity';

/** Every entity, for the data source and TypeOrmModule.forFeature. */
export const ENTITIES = [Source, ApiKey, Bulletin, Member, RefreshToken, PhoneCode, Subscription, Match, Notification, Delivery, AuditLog, NotRelevantMark, Project, ProjectLinkKey, ProjectFollow, FollowNotice, ProjectReminder, PartyWatch, WatchNotice];
