import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { Trim } from '../../../common/dto-transforms';

export class CreateSourceDto {
  @ApiProperty({ example: 'cq-ggzy-crawler', maxLength: 100, description: 'Unique; letters, digits, . _ - and CJK' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @Matches(/^[\p{L}\p{N}._-]+$/u, { message: 'name may contain letters, digits, dots, dashes and underscores' })
  name: string;
}

export class ApiKeyDto {
  @ApiProperty({ example: '4f1e2d3c-b5a6-4978-8a9b-0c1d2e3f4a5b' })
  id: string;

  @ApiProperty({ example: '3fa9c1d27e4b', description: 'The public part of the key (ta_<prefix>_…): tells keys apart in logs' })
  prefix: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-01T08:00:00.000Z' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time', example: null, nullable: true })
  lastUsedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', example: null, nullable: true })
  revokedAt: Date | null;
}

export class IssuedKeyDto extends ApiKeyDto {
  @ApiProperty({
    example: 'ta_3fa9c1d27e4b_Qm9vZ2xlLXNlY3JldC1leGFtcGxlLW5vdC1yZWFsLWtleQ',
    description: 'Shown this once; only a hash is stored',
  })
  apiKey: string;
}

export class AdminSourceDto {
  @ApiProperty({ example: '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d' })
  id: string;

  @ApiProperty({ example: 'cq-ggzy-crawler' })
  name: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-01T08:00:00.000Z' })
  createdAt: Date;

  @ApiProperty({
    type: String,
    format: 'date-time',
    example: '2026-11-27T01:59:58.000Z',
    nullable: true,
    description: 'Last successful ingest call',
  })
  lastSeenAt: Date | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    example: '2026-11-27T01:59:58.000Z',
    nullable: true,
    description: 'Newest bulletin stored from this source (API or file import)',
  })
  lastIngestedAt: Date | null;

  @ApiProperty({ example: 18234 })
  bulletinsTotal: number;

  @ApiProperty({ example: 412, description: 'Ingested in the last 24 hours' })
  bulletinsLast24h: number;

  @ApiProperty({ type: [ApiKeyDto] })
  keys: ApiKeyDto[];
}

export class CreatedSourceDto {
  @ApiProperty({ type: AdminSourceDto })
  source: AdminSourceDto;

  @ApiProperty({ type: IssuedKeyDto })
  key: IssuedKeyDto;
}
