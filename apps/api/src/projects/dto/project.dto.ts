import { BULLETIN_CATEGORIES } from '@app/parsing';
import { ApiProperty } from '@nestjs/swagger';
import type { ProjectNotice, ProjectView } from '@app/domain/projects';
import { stageLabel } from '../../common/stage-view';

export class ProjectNoticeDto {
  @ApiProperty({ type: String, example: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' })
  bulletinId: string;

  @ApiProperty({ type: String, example: '渝中区滨江路改造工程施工招标更正公告' })
  title: string;

  @ApiProperty({ enum: BULLETIN_CATEGORIES, example: 'change' })
  category: string;

  @ApiProperty({ type: String, example: 'correction', nullable: true })
  stage: string | null;

  @ApiProperty({ type: String, example: '更正', nullable: true })
  stageLabel: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-03-08T00:00:00.000Z', nullable: true })
  publishedAt: Date | null;

  @ApiProperty({ type: String, example: 'partner-feed', description: 'The source that brought the notice' })
  source: string;

  @ApiProperty({ type: String, example: 'https://example.gov.cn/notice/123', nullable: true })
  url: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    example: '2026-03-20T01:30:00.000Z',
    nullable: true,
    description: 'The deadline this notice states',
  })
  deadlineAt: Date | null;

  @ApiProperty({ type: [String], example: [] })
  winners: string[];

  @ApiProperty({ type: Number, example: null, nullable: true })
  awardYuan: number | null;
}

export class ProjectDto {
  @ApiProperty({ type: String, example: '5b0e7c1a-3f2d-4c6b-9e8a-7d6c5b4a3f2e' })
  id: string;

  @ApiProperty({ type: String, example: 'p-3f9a0c2e1b7d4a55' })
  key: string;

  @ApiProperty({ type: String, example: '渝中区滨江路改造工程施工招标公告', description: "The first notice's title" })
  name: string;

  @ApiProperty({ type: String, example: '重庆市渝中区住房和城乡建设委员会', nullable: true })
  buyer: string | null;

  @ApiProperty({ type: String, example: 'CQZB-2026-0123', nullable: true })
  projectCode: string | null;

  @ApiProperty({ enum: BULLETIN_CATEGORIES, example: 'award', description: 'Category of the latest notice: where the procurement stands' })
  category: string;

  @ApiProperty({ type: String, example: 'result', nullable: true })
  stage: string | null;

  @ApiProperty({ type: String, example: '中标/成交结果', nullable: true })
  stageLabel: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    example: '2026-03-20T01:30:00.000Z',
    nullable: true,
    description: 'Latest deadline stated (a 更正 moves it)',
  })
  deadlineAt: Date | null;

  @ApiProperty({ type: Number, example: 3500000, nullable: true })
  budgetYuan: number | null;

  @ApiProperty({ type: [String], example: ['重庆某某建设集团有限公司'] })
  winners: string[];

  @ApiProperty({ type: Number, example: 3388000, nullable: true })
  awardYuan: number | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-03-01T00:00:00.000Z' })
  firstSeenAt: Date;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-04-02T00:00:00.000Z' })
  lastSeenAt: Date;

  @ApiProperty({ type: [ProjectNoticeDto], description: 'Every notice, oldest first' })
  timeline: ProjectNoticeDto[];
}

export function toProjectDto(p: ProjectView): ProjectDto {
  return {
    ...p,
    stageLabel: stageLabel(p.stage),
    timeline: p.timeline.map((n: ProjectNotice) => ({ ...n, stageLabel: stageLabel(n.stage) })),
  };
}
