import { Module } from '@nestjs/common';
import { MatchFeedbackRepository } from './match-feedback.repository';
import { MatchFeedbackService } from './match-feedback.service';
import { NotRelevantMarksRepository } from './not-relevant-marks.repository';
import { NotRelevantService } from './not-relevant.service';

/** Members' 不相关 marks, why a match happened and the fixes. Needs the global AppConfigModule and a DataSource. */
@Module({
  providers: [NotRelevantMarksRepository, MatchFeedbackRepository, NotRelevantService, MatchFeedbackService],
  exports: [NotRelevantService, MatchFeedbackService, NotRelevantMarksRepository],
})
export class FeedbackModule {}
