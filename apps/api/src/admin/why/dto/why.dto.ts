import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class WhyQueryDto {
  @ApiProperty({ example: 'c2a1e7f0-5b3d-4c8e-a1f2-9d8e7c6b5a40' })
  @IsUUID()
  bulletinId: string;

  @ApiPropertyOptional({ example: '7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f', description: 'Explain this subscription (or give memberId)' })
  @IsOptional()
  @IsUUID()
  subscriptionId?: string;

  @ApiPropertyOptional({ example: '0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14', description: 'Explain every subscription of this member' })
  @IsOptional()
  @IsUUID()
  memberId?: string;
}

const EXPLANATION = {
  filter: 'no_match',
  verdict: 'no_match',
  hits: ['道路 改造'],
  reasons: ['excluded by "监理"'],
  keywords: {
    verdict: 'pass',
    scope: 'title_body',
    entries: [
      { entry: '桥梁', hit: false, parts: [{ term: '桥梁', inTitle: false, inBody: false, found: false }] },
      {
        entry: '道路 改造',
        hit: true,
        parts: [
          { term: '道路', inTitle: true, inBody: false, found: true },
          { term: '改造', inTitle: true, inBody: true, found: true },
        ],
      },
    ],
  },
  excludes: {
    verdict: 'fail',
    blockedBy: ['监理'],
    entries: [{ entry: '监理', hit: true, parts: [{ term: '监理', inTitle: false, inBody: true, found: true }] }],
  },
  region: {
    verdict: 'pass',
    reason: 'bulletin region 500103 渝中区 lies inside subscription region 500000 重庆市',
    bulletin: {
      code: '500103',
      path: [
        { code: '500000', name: '重庆市' },
        { code: '500103', name: '渝中区' },
      ],
      ancestors: ['500103', '500100', '500000'],
    },
    subscription: [{ code: '500000', name: '重庆市', covers: true, relation: 'contains' }],
  },
  category: { verdict: 'pass', bulletin: 'tender', subscription: ['tender'], bulletinStage: 'invitation', stages: ['correction'] },
  budget: {
    verdict: 'pass',
    bulletinYuan: 3500000,
    min: 1000000,
    max: null,
    requireBudget: false,
    reason: 'budget 3500000 yuan is within the limits',
  },
  state: { verdict: 'pass', paused: false, pausedAt: null, memberStatus: 'active', reason: 'active' },
};

const OUTCOME = {
  bulletinId: 'c2a1e7f0-5b3d-4c8e-a1f2-9d8e7c6b5a40',
  match: { at: '2026-11-25T02:00:03.000Z', hits: ['道路 改造'] },
  notifications: [
    {
      channel: 'email',
      status: 'assigned',
      frequency: 'instant',
      createdAt: '2026-11-25T02:00:03.000Z',
      heldReason: null,
      delivery: {
        id: '9c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6',
        kind: 'instant',
        status: 'sent',
        attempts: 1,
        dueAt: '2026-11-25T02:01:00.000Z',
        sentAt: '2026-11-25T02:01:01.000Z',
        error: null,
        subject: '【标讯订阅】…',
      },
    },
  ],
  deduplicated: null,
  notes: ['matched at 2026-11-25T02:00:03.000Z, before the subscription changed at 2026-11-26T09:00:00.000Z'],
};

export class WhySubscriptionRefDto {
  @ApiProperty({ example: '7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f' })
  id: string;

  @ApiProperty({ example: '渝中区市政道路' })
  name: string;

  @ApiProperty({ example: '0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14' })
  memberId: string;
}

export class WhyResultDto {
  @ApiProperty({ type: WhySubscriptionRefDto })
  subscription: WhySubscriptionRefDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: EXPLANATION,
    description:
      'Check by check, in match form: keyword entries (each AND part in title/body), exclusions, region (bulletin path and ancestry vs subscription regions), category or stage, budget, paused/suspended. `filter` is what the matcher decides; `verdict` also counts the state.',
  })
  explanation: object;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: OUTCOME,
    description:
      "What matching and delivery wrote: the match row, each channel's notification and delivery (held reason), and `deduplicated` (cross_source_duplicate or already_notified)",
  })
  outcome: object;
}

export class WhyReportDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: {
      id: 'c2a1e7f0-5b3d-4c8e-a1f2-9d8e7c6b5a40',
      title: '渝中区解放碑片区道路改造工程施工招标公告',
      regionCode: '500103',
      regionText: '重庆-渝中-',
      category: 'tender',
      budgetYuan: 3500000,
      canonicalId: null,
      withdrawnAt: null,
      ingestedAt: '2026-11-25T02:00:00.000Z',
      matchedAt: '2026-11-25T02:00:03.000Z',
    },
  })
  bulletin: object;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: {
      id: '0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14',
      email: 'li.lei@example.cn',
      status: 'active',
      emailEnabled: true,
      emailBouncedAt: null,
      smsEnabled: false,
      phoneVerifiedAt: null,
      consentAt: '2026-11-01T08:00:00.000Z',
    },
  })
  member: object;

  @ApiProperty({ type: [WhyResultDto] })
  results: WhyResultDto[];
}
