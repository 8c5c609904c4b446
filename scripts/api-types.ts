import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { ApiModule } from '../apps/api/src/api.module';
import { createOpenApiDocument } from '../apps/api/src/openapi/openapi-document';

/** Where the contract is committed: the OpenAPI document, and the web app's types generated from it. */
const API_CONTRACT_FILES = {
  document: 'apps/api/openapi.json',
  types: 'apps/web/src/api/schema.d.ts',
} as const;

const TYPES_HEADER = '// Generated from apps/api/openapi.json by `npm run api:types`. Do not edit: change the DTOs and run it again.\n\n';

/**
 * The OpenAPI document and its TypeScript types, generated from the api's controllers and DTOs.
 * Nest's preview mode builds the module graph without running any provider, so nothing connects
 * to Postgres or Redis and no configuration is needed.
 */
export async function renderApiContract(): Promise<{ document: string; types: string }> {
  const app = await NestFactory.create(ApiModule, { preview: true, logger: false });
  let doc: ReturnType<typeof createOpenApiDocument>;
  try {
    doc = createOpenApiDocument(app);
  } finally {
    await app.close();
  }
  const types = astToString(await openapiTS(doc as unknown as OpenAPI3, { silent: true }));
  return { document: `${JSON.stringify(doc, null, 2)}\n`, types: TYPES_HEADER + types };
}

async function main(): Promise<void> {
  const contract = await renderApiContract();
  // --print: both texts as one JSON object on stdout, nothing written (the staleness test's way in).
  if (process.argv.includes('--print')) {
    process.stdout.write(JSON.stringify(contract));
    return;
  }
  const root = join(__dirname, '..');
  writeFileSync(join(root, API_CONTRACT_FILES.document), contract.document);
  writeFileSync(join(root, API_CONTRACT_FILES.types), contract.types);
  console.log(`wrote ${API_CONTRACT_FILES.document} and ${API_CONTRACT_FILES.types}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
