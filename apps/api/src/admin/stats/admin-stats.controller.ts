import { Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { isValidTimeZone, ValidationError } from '@app/domain';
import { AdminNoiseRepository, AdminStatsRepository } from '@app/domain/admin';
import { JobProducer } from '@app/queues';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { AdminController } from '../common/admin-controller.decorator';
import { AdminStatsDto, NoiseQueryDto, NoiseStatsDto, QueueDepthDto, StatsQueryDto } from './dto/admin-stats.dto';

/** What the system is doing: per-day volumes, queue depths, bounces and unsubscribes. */
@AdminController('stats')
export class AdminStatsController {
  constructor(
    private readonly stats: AdminStatsRepository,
    private readonly noiseStats: AdminNoiseRepository,
    private readonly jobs: JobProducer,
  ) {}

  @Get('noise')
  @ApiOperation({
    summary:
      'Noise from members’ 不相关 marks: of the matches made in the window, the share marked, per subscription and per keyword entry',
  })
  @ApiOkResponse({ type: NoiseStatsDto })
  @ApiErrors(400)
  noise(@Query() query: NoiseQueryDto): Promise<NoiseStatsDto> {
    return this.noiseStats.noise(query.days ?? 30, query.top ?? 20);
  }

  @Get()
  @ApiOperation({
    summary:
      'Per day (default the last 30): bulletins ingested, matches, deliveries by channel and status; queue depths now; bounce and unsubscribe counts',
  })
  @ApiOkResponse({ type: AdminStatsDto })
  @ApiErrors(400)
  async get(@Query() query: StatsQueryDto): Promise<AdminStatsDto> {
    const timezone = query.timezone ?? 'Asia/Shanghai';
    if (!isValidTimeZone(timezone))
      throw new ValidationError([{ field: 'timezone', message: 'must be an IANA time zone such as Asia/Shanghai' }]);
    const [summary, queues] = await Promise.all([this.stats.summary(query.days ?? 30, timezone), this.queueDepths()]);
    return { ...summary, queues };
  }

  private queueDepths(): Promise<QueueDepthDto[]> {
    return Promise.all(
      this.jobs.allQueues().map(async (q) => {
        const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
        return {
          name: q.name,
          waiting: c.waiting ?? 0,
          active: c.active ?? 0,
          delayed: c.delayed ?? 0,
          prioritized: c.prioritized ?? 0,
          failed: c.failed ?? 0,
        };
      }),
    );
  }
}
