import { ApiProperty } from '@nestjs/swagger';
import type { BulletinSummary } from '@app/domain/members';
import { BULLETIN_STAGES } from '@app/parsing';
import { RegionRefDto, regionRef } from './region-view';
import { stageLabel } from './stage-view';

export class BulletinSummaryDto {
  @ApiProperty({ example: 'c2a1e7f0-5b3d-4c8e-a1f2-9d8e7c6b5a40' })
  id: string;

  @ApiProperty({ example: '重庆市渝中区解放碑片区市政道路改造工程招标公告' })
  title: string;

  @ApiProperty({ type: String, example: 'https://www.example.gov.cn/zbgg/2026/123.html', nullable: true })
  url: string | null;

  @ApiProperty({ enum: ['tender', 'award', 'change', 'intent', 'proposed', 'news', 'other'], example: 'tender' })
  category: string;

  @ApiProperty({
    enum: BULLETIN_STAGES,
    example: 'invitation',
    nullable: true,
    description: 'Finer kind of notice; null when the text does not say',
  })
  stage: string | null;

  @ApiProperty({ type: String, example: '招标公告', nullable: true, description: 'The stage as members read it' })
  stageLabel: string | null;

  @ApiProperty({ type: RegionRefDto, nullable: true })
  region: RegionRefDto | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-25T02:00:00.000Z', nullable: true })
  publishedAt: Date | null;

  @ApiProperty({ type: Number, example: 3_500_000, nullable: true, description: 'Yuan' })
  budgetYuan: number | null;

  @ApiProperty({ type: String, example: '重庆市渝中区城市管理局', nullable: true })
  buyer: string | null;

  @ApiProperty({ type: String, example: '重庆某招标代理有限公司', nullable: true })
  agency: string | null;

  @ApiProperty({ example: [], description: 'Winners or first-ranked bidders as written (award notices); [] when none is named' })
  winners: string[];

  @ApiProperty({ type: Number, example: null, nullable: true, description: 'Award amount (中标/成交金额) in yuan; never a budget' })
  awardYuan: number | null;

  @ApiProperty({ type: String, example: 'CQZB-2026-0123', nullable: true })
  projectCode: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    example: '5b0e7c1a-3f2d-4c6b-9e8a-7d6c5b4a3f2e',
    nullable: true,
    description: 'Its project: GET /v1/projects/{projectId}',
  })
  projectId: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-12-15T01:30:00.000Z', nullable: true, description: 'Bid deadline' })
  deadlineAt: Date | null;

  @ApiProperty({ example: false, description: 'The source withdrew the notice after it was matched' })
  withdrawn: boolean;
}

export function toBulletinSummaryDto(b: BulletinSummary): BulletinSummaryDto {
  return {
    id: b.id,
    title: b.title,
    url: b.url,
    category: b.category,
    stage: b.stage,
    stageLabel: stageLabel(b.stage),
    region: regionRef(b.regionCode),
    publishedAt: b.publishedAt,
    budgetYuan: b.budgetYuan,
    buyer: b.buyer,
    agency: b.agency,
    winners: b.winners,
    awardYuan: b.awardYuan,
    projectCode: b.projectCode,
    projectId: b.projectId,
    deadlineAt: b.deadlineAt,
    withdrawn: b.withdrawnAt !== null,
  };
}
