import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { MAX_BATCH_ITEMS } from '@app/domain';
import { ValidatedPerItem } from '../../common/validated-per-item';

export class IngestBatchDto {
  @ApiProperty({
    description: `1 to ${MAX_BATCH_ITEMS} bulletins. Each is validated on its own: a bad item is rejected with its fields, the others are stored. Fields: sourceId and title (required); url, body or bodyHtml, category, stage, regionText, regionCode, publishedAt, deadlineAt, budgetYuan, awardYuan, buyer, agency, winners (list), projectCode. What a source states wins over what the parser reads from the text.`,
    example: [
      {
        sourceId: 'cq-2026-000123',
        url: 'https://example.gov.cn/notice/123',
        title: '渝中区解放碑片区道路改造工程施工招标公告',
        body: '项目编号：CQ-2026-001 预算金额：350万元 …',
        regionText: '重庆-渝中-',
        buyer: '重庆市渝中区住房和城乡建设委员会',
        publishedAt: '2026-03-05',
      },
    ],
    type: 'array',
    items: { type: 'object', additionalProperties: true },
  })
  @ValidatedPerItem()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_ITEMS)
  items: unknown[];
}
