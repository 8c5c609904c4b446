import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError } from '@app/domain';
import { UnsubscribeScope, UnsubscribeService } from '@app/domain/members';
import { confirmPage, donePage, invalidPage } from './unsubscribe-page';

/**
 * One-click unsubscribe (RFC 8058): GET shows a page, POST unsubscribes. A POST carrying
 * `List-Unsubscribe=One-Click` (from the mail client) unsubscribes at the link's own scope.
 */
@ApiExcludeController()
@Controller('u')
export class UnsubscribeController {
  constructor(private readonly unsubscribe: UnsubscribeService) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.page(res, async () => confirmPage(await this.unsubscribe.target(token)));
  }

  @Post(':token')
  @HttpCode(200)
  async confirm(@Param('token') token: string, @Body() body: Record<string, string>, @Res() res: Response): Promise<void> {
    await this.page(res, async () => {
      const target = await this.unsubscribe.target(token);
      const scope: UnsubscribeScope = body?.scope === 'all' || !target.subscription ? 'all' : 'subscription';
      return donePage(await this.unsubscribe.apply(token, scope), scope);
    });
  }

  private async page(res: Response, render: () => Promise<string>): Promise<void> {
    res.type('html');
    try {
      res.send(await render());
    } catch (err) {
      if (err instanceof DomainError && err.code === 'link_invalid') res.status(404).send(invalidPage());
      else throw err;
    }
  }
}
