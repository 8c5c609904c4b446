import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The API's OpenAPI document: served at /docs and the source of the web app's generated types. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('tender-alerts API')
    .setDescription('标讯定制服务: ingest bulletins, manage subscriptions, receive alerts and digests.')
    .setVersion('1')
    .addBearerAuth()
    .addApiKey({ type: 'apiKey', in: 'header', name: 'x-api-key' }, 'source-key')
    .build();
  return SwaggerModule.createDocument(app, config);
}
