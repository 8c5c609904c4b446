import { Module } from '@nestjs/common';
import { FeedbackModule } from '@app/domain/members';
import { NotRelevantLinkController } from './not-relevant-link.controller';

@Module({ imports: [FeedbackModule], controllers: [NotRelevantLinkController] })
export class NotRelevantLinkModule {}
