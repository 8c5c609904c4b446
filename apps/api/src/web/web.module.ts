import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { WebStaticMiddleware } from './web-static.middleware';

/** The member and admin pages (apps/web, a single-page app) at /app, same origin as /v1. */
@Module({})
export class WebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(WebStaticMiddleware)
      .forRoutes({ path: 'app', method: RequestMethod.GET }, { path: 'app/*path', method: RequestMethod.GET });
  }
}
