import { Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DomainError } from '@app/domain';
import { MatchFeedbackService, NotRelevantService } from '@app/domain/members';
import { confirmPage, donePage, invalidPage } from './not-relevant-page';

/** The 不相关 link in alerts and digests: GET shows a page, only POST records the mark. */
@ApiExcludeController()
@Controller('nr')
export class NotRelevantLinkController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notRelevant: NotRelevantService,
    private readonly feedback: MatchFeedbackService,
  ) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.page(res, async () => confirmPage(await this.notRelevant.linkTarget(token)));
  }

  @Post(':token')
  @HttpCode(200)
  async confirm(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.page(res, async () => {
      const target = await this.notRelevant.markByLink(token);
      const explained = await Promise.all(
        target.matches.map(async (m) => ({
          why: await this.feedback.why(target.memberId, m.id),
          fixes: await this.feedback.fixes(target.memberId, m.id),
        })),
      );
      const first = target.matches[0];
      const appUrl = `${this.config.http.publicUrl}/app/inbox?subscription=${first.subscriptionId}&feedback=${first.id}`;
      return donePage(target, explained, appUrl);
    });
  }

  private async page(res: Response, render: () => Promise<string>): Promise<void> {
    res.type('html');
    try {
      res.send(await render());
    } catch (err) {
      if (err instanceof DomainError && (err.code === 'link_invalid' || err.kind === 'not_found')) res.status(404).send(invalidPage());
      else throw err;
    }
  }
}
