import { ApiProperty } from '@nestjs/swagger';
import { regionPath } from '@app/regions';

export class RegionRefDto {
  @ApiProperty({ example: '500103' })
  code: string;

  @ApiProperty({ example: '渝中区' })
  name: string;

  @ApiProperty({ example: '重庆市 渝中区', description: 'Names from the province down' })
  fullName: string;
}

/** A code with its names, or null for a missing or unknown code. */
export function regionRef(code: string | null): RegionRefDto | null {
  if (!code) return null;
  const path = regionPath(code.trim());
  if (!path.length) return null;
  return { code: path[path.length - 1].code, name: path[path.length - 1].name, fullName: path.map((r) => r.name).join(' ') };
}
