import { Module } from '@nestjs/common';
import { BulletinsModule, SourcesModule } from '@app/domain/ingest';
import { IngestController } from './ingest.controller';
import { SourceApiKeyGuard } from './source-api-key.guard';
import { SourceRateLimitGuard } from './source-rate-limit.guard';

@Module({
  imports: [BulletinsModule, SourcesModule],
  controllers: [IngestController],
  providers: [SourceApiKeyGuard, SourceRateLimitGuard],
})
export class IngestModule {}
