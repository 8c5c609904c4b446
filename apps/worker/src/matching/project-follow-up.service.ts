import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type MatchedRecipient } from '@app/domain/worker';
import { FollowRecipients, type NoticeOfProject, type NoticeParties, ProjectReminders, WatchRecipients } from '@app/domain/projects';
import { JobProducer } from '@app/queues';

/**
 * What a notice means for the followers of its project: they are told at once (in the match
 * transaction), and their deadline reminders are planned again after commit — a 更正 that moves
 * the deadline gets new reminder jobs, the old ones find the deadline changed and skip.
 */
@Injectable()
export class ProjectFollowUp {
  constructor(
    private readonly follows: FollowRecipients,
    private readonly watches: WatchRecipients,
    private readonly reminders: ProjectReminders,
    private readonly jobs: JobProducer,
  ) {}

  /**
   * Followers of the notice's project and watchers of its parties (buyer, agency, winners), from
   * the bulletin as the match job read it: reading it again here cost two statements a notice.
   */
  async recipients(em: EntityManager, b: NoticeOfProject & NoticeParties): Promise<MatchedRecipient[]> {
    return [...(await this.follows.forBulletin(em, b)), ...(await this.watches.forBulletin(em, b))];
  }

  async replanReminders(projectId: string | null): Promise<void> {
    if (!projectId) return;
    await this.jobs.scheduleReminders(await this.reminders.plan(projectId));
  }
}
