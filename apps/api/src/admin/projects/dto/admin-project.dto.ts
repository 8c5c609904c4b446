import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';

export class MergeProjectDto {
  @ApiProperty({ example: '5b0e7c1a-3f2d-4c6b-9e8a-7d6c5b4a3f2e', description: 'The project that absorbs this one' })
  @IsUUID()
  intoId: string;
}

export class SplitProjectDto {
  @ApiProperty({ example: ['1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6'], description: 'Notices of this project that form a new one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  bulletinIds: string[];
}

export class MergeResultDto {
  @ApiProperty({ example: '5b0e7c1a-3f2d-4c6b-9e8a-7d6c5b4a3f2e' })
  projectId: string;

  @ApiProperty({ example: 2 })
  movedNotices: number;
}

export class SplitResultDto {
  @ApiProperty({ example: '5b0e7c1a-3f2d-4c6b-9e8a-7d6c5b4a3f2e' })
  projectId: string;

  @ApiProperty({ example: '0c9e7a52-7d7f-4a51-9a3e-2f1f5b1c2d3e' })
  newProjectId: string;
}
