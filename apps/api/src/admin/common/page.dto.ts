import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** An OpenAPI schema for `Page<Item>`: { items, total, page, pageSize }. */
export function PageDto<T>(item: Type<T>, name: string) {
  class PageOf {
    @ApiProperty({ type: [item] })
    items: T[];

    @ApiProperty({ example: 57, description: 'Rows matching the filter' })
    total: number;

    @ApiProperty({ example: 1 })
    page: number;

    @ApiProperty({ example: 20 })
    pageSize: number;
  }
  Object.defineProperty(PageOf, 'name', { value: name });
  return PageOf;
}
