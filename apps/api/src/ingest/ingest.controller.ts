import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BulletinIngestService, IngestItemResult, SourcesService } from '@app/domain/ingest';
import { JobProducer } from '@app/queues';
import { IngestBatchDto } from './dto/ingest-batch.dto';
import { SourceApiKeyGuard, type SourceRequest } from './source-api-key.guard';
import { SourceRateLimitGuard } from './source-rate-limit.guard';

@ApiTags('ingest')
@ApiHeader({ name: 'x-api-key', required: true, description: 'The source API key (ta_…)' })
@Controller('v1/ingest')
// A source's crawler may sit behind one address with others: only the per-source limit applies.
@SkipThrottle()
@UseGuards(SourceApiKeyGuard, SourceRateLimitGuard)
export class IngestController {
  constructor(
    private readonly ingest: BulletinIngestService,
    private readonly sources: SourcesService,
    private readonly jobs: JobProducer,
  ) {}

  @Post('bulletins')
  @HttpCode(200)
  @ApiOperation({ summary: 'Push a batch of bulletins; one result per item (created, updated, duplicate or rejected)' })
  @ApiOkResponse({ description: 'Per-item results and counts' })
  async bulletins(@Req() req: SourceRequest, @Body() batch: IngestBatchDto) {
    const source = req.source!;
    const outcome = await this.ingest.ingest(source.id, batch.items);
    // If this process dies right here, the sweeper finds the unmatched rows and enqueues them.
    await this.jobs.dispatchMatches(outcome.toMatch);
    await this.sources.touch(source.id);
    return { counts: countByStatus(outcome.results), results: outcome.results };
  }
}

function countByStatus(results: IngestItemResult[]) {
  const counts = { created: 0, updated: 0, duplicate: 0, rejected: 0 };
  for (const r of results) counts[r.status]++;
  return counts;
}
