import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { NotFoundError, readFollowToken } from '@app/domain';
import { ProjectFollowsService, ProjectReminders, ProjectsService } from '@app/domain/projects';
import { JobProducer } from '@app/queues';
import { escapeHtml } from '@app/notify';
import { layout } from '../unsubscribe/unsubscribe-page';

/**
 * The "关注此项目" link in emails: GET shows the project and asks (mail scanners prefetch links),
 * only a POST follows or unfollows. The signed token names the member and the project.
 */
@ApiExcludeController()
@Controller('f')
export class FollowLinkController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly projects: ProjectsService,
    private readonly follows: ProjectFollowsService,
    private readonly reminders: ProjectReminders,
    private readonly jobs: JobProducer,
  ) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.page(res, token, async (_memberId, name) =>
      layout(
        '关注此项目',
        `<h1>关注此项目</h1><p>${escapeHtml(name)}</p><p>关注后，此项目的更正、延期、中标结果等后续公告会立即通知您，并在投标截止前提醒。</p>
        <form method="post"><button name="action" value="follow">关注此项目</button><button name="action" value="unfollow" class="secondary">取消关注</button></form>`,
      ),
    );
  }

  @Post(':token')
  @HttpCode(200)
  async act(@Param('token') token: string, @Body() body: Record<string, string>, @Res() res: Response): Promise<void> {
    await this.page(res, token, async (memberId, name, projectId) => {
      if (body?.action === 'unfollow') {
        await this.follows.unfollow(memberId, projectId);
        return layout('已取消关注', `<h1>已取消关注</h1><p>${escapeHtml(name)}</p>`);
      }
      await this.follows.follow(memberId, projectId);
      await this.jobs.scheduleReminders(await this.reminders.plan(projectId, memberId));
      return layout(
        '已关注',
        `<h1>已关注</h1><p>${escapeHtml(name)}</p><p><a href="${escapeHtml(`${this.config.http.publicUrl}/app/projects/${projectId}`)}">查看项目</a></p>`,
      );
    });
  }

  private async page(
    res: Response,
    token: string,
    render: (memberId: string, name: string, projectId: string) => Promise<string>,
  ): Promise<void> {
    res.type('html');
    const target = readFollowToken(token, this.config.auth.linkSecret);
    try {
      if (!target) throw new NotFoundError('Project');
      const project = await this.projects.get(target.projectId);
      res.send(await render(target.memberId, project.name, project.id));
    } catch (err) {
      if (err instanceof NotFoundError) res.status(404).send(layout('链接无效', '<h1>链接无效或项目已不存在</h1>'));
      else throw err;
    }
  }
}
