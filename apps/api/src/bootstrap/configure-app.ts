import { NestExpressApplication, type NestExpressBodyParserOptionsFor } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { assignRequestId } from '@app/logging';
import { createOpenApiDocument } from '../openapi/openapi-document';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { answerClientErrorsAsJson } from './client-errors';
import { refuseDeepJson } from './json-depth';
import { pageCsp } from './page-csp';
import { createValidationPipe } from './validation.pipe';

/** Everything main.ts and the test app factory share, so tests run the app as deployed. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.use(assignRequestId);
  app.use(helmet({ contentSecurityPolicy: false }));
  app.use(pageCsp);
  // Nest leaves `verify` out of the type because rawBody would replace it; we do not use rawBody.
  app.useBodyParser('json', { limit: config.http.bodyLimit, verify: refuseDeepJson } as NestExpressBodyParserOptionsFor<'json'>);
  app.useBodyParser('urlencoded', { extended: false, limit: '64kb' });
  // The WeChat 服务号 pushes its events as XML (/wechat/events); read as text, parsed there.
  app.useBodyParser('text', { type: ['text/xml', 'application/xml'], limit: '64kb' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  answerClientErrorsAsJson(app.getHttpServer());

  SwaggerModule.setup('docs', app, () => createOpenApiDocument(app));
}
