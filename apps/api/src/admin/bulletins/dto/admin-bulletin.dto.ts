import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { BULLETIN_CATEGORY_VALUES } from '@app/domain';
import { BULLETIN_STAGES } from '@app/parsing';
import { Trim } from '../../../common/dto-transforms';
import { RegionRefDto } from '../../../common/region-view';
import { DateRangePageQueryDto, QueryBoolean } from '../../common/admin-query.dto';
import { PageDto } from '../../common/page.dto';

export class BulletinsQueryDto extends DateRangePageQueryDto {
  @ApiPropertyOptional({
    example: '道路 改造',
    description: 'Every space-separated part, in match form (full/half width, traditional, case and CJK spacing do not matter)',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ['title', 'title_body'], default: 'title', description: 'Where q is looked for' })
  @IsOptional()
  @IsIn(['title', 'title_body'])
  scope?: 'title' | 'title_body';

  @ApiPropertyOptional({
    example: '500000',
    description: 'A region code (a province or city includes everything under it) or a code prefix of 2–6 digits',
  })
  @IsOptional()
  @Matches(/^\d{2,6}$/, { message: 'region must be a region code or a prefix of 2 to 6 digits' })
  region?: string;

  @ApiPropertyOptional({ enum: BULLETIN_CATEGORY_VALUES })
  @IsOptional()
  @IsIn(BULLETIN_CATEGORY_VALUES)
  category?: string;

  @ApiPropertyOptional({ enum: BULLETIN_STAGES })
  @IsOptional()
  @IsIn(BULLETIN_STAGES)
  stage?: string;

  @ApiPropertyOptional({
    example: '住房和城乡建设委员会',
    description: 'Part of the buyer, agency or a winner, as written (case-insensitive)',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  party?: string;

  @ApiPropertyOptional({ example: '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d' })
  @IsOptional()
  @IsUUID()
  sourceId?: string;

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  withdrawn?: boolean;
}

export class AdminBulletinDto {
  @ApiProperty({ example: 'c2a1e7f0-5b3d-4c8e-a1f2-9d8e7c6b5a40' })
  id: string;

  @ApiProperty({ example: '渝中区解放碑片区道路改造工程施工招标公告' })
  title: string;

  @ApiProperty({ type: String, example: 'https://www.example.gov.cn/zbgg/2026/123.html', nullable: true })
  url: string | null;

  @ApiProperty({ enum: BULLETIN_CATEGORY_VALUES, example: 'tender' })
  category: string;

  @ApiProperty({ enum: BULLETIN_STAGES, example: 'invitation', nullable: true })
  stage: string | null;

  @ApiProperty({ type: String, example: '招标公告', nullable: true, description: 'The stage as members read it' })
  stageLabel: string | null;

  @ApiProperty({ type: RegionRefDto, nullable: true })
  region: RegionRefDto | null;

  @ApiProperty({ type: String, example: '重庆-渝中-', nullable: true, description: 'As the source wrote it' })
  regionText: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-25T02:00:00.000Z', nullable: true })
  publishedAt: Date | null;

  @ApiProperty({ type: Number, example: 3_500_000, nullable: true })
  budgetYuan: number | null;

  @ApiProperty({ type: String, example: '重庆市渝中区住房和城乡建设委员会', nullable: true })
  buyer: string | null;

  @ApiProperty({ type: String, example: '重庆某招标代理有限公司', nullable: true })
  agency: string | null;

  @ApiProperty({ example: [], description: 'Winners as written; [] when none is named' })
  winners: string[];

  @ApiProperty({ type: Number, example: null, nullable: true, description: 'Award amount in yuan' })
  awardYuan: number | null;

  @ApiProperty({ type: String, example: 'CQ-2026-001', nullable: true })
  projectCode: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: null, nullable: true })
  deadlineAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', example: null, nullable: true })
  withdrawnAt: Date | null;

  @ApiProperty({ example: '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d' })
  sourceId: string;

  @ApiProperty({ example: 'cq-ggzy-crawler' })
  sourceName: string;

  @ApiProperty({ example: 'cq-2026-000123', description: "The source's own id" })
  sourceRef: string;

  @ApiProperty({
    type: String,
    example: null,
    nullable: true,
    description: 'Set on a cross-source duplicate: the bulletin members were told about',
  })
  canonicalId: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-25T02:00:01.000Z' })
  ingestedAt: Date;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-25T02:00:03.000Z', nullable: true })
  matchedAt: Date | null;
}

export class AdminBulletinsPageDto extends PageDto(AdminBulletinDto, 'AdminBulletinsPage') {}

export class AdminBulletinDetailDto extends AdminBulletinDto {
  @ApiProperty({ example: '项目编号：CQ-2026-001\n预算金额：350万元 …' })
  body: string;

  @ApiProperty({ example: 1, description: 'Bumped on every content update' })
  version: number;

  @ApiProperty({ example: 12, description: 'Subscriptions that caught it' })
  matchCount: number;

  @ApiProperty({ example: 9, description: 'One per member and channel' })
  notificationCount: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { assigned: 8, suppressed: 1 } })
  notificationsByStatus: Record<string, number>;

  @ApiProperty({ example: [], description: 'The same notice from other sources' })
  duplicateIds: string[];
}

export class WithdrawResultDto {
  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-26T09:00:00.000Z' })
  withdrawnAt: Date;

  @ApiProperty({ example: 3, description: 'Notifications not sent yet, now suppressed' })
  suppressedNotifications: number;
}
