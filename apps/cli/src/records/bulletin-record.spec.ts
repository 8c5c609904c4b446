import { parserInput, toIngestItem } from './bulletin-record';

describe('toIngestItem', () => {
  const labelled = {
    id: 'fx-shaanxi-tender',
    source_url: 'https://demo.tender-alerts.example/fixtures/shaanxi-tender.html',
    source_site: '示例交易平台',
    title: '宝鸡市凤翔区中学体育场地设施提升采购项目采购公告',
    project_name: null,
    category: 'tender',
    region_text: '陕西省 / 全国公共资源交易平台（陕西省）',
    region_label: { province: '陕西省', city: '宝鸡市', district: '凤翔区' },
    publish_date: '2026-03-16',
    budget_amount_yuan: 1200000.0,
    buyer: '宝鸡市凤翔区教育体育局',
    agency: '宝鸡正衡工程咨询有限公司',
    body: '预算金额：120万元',
    notes: 'label from the body',
  };

  it('maps the snake_case fields of the labelled data set and drops the rest', () => {
    const { item, ignored } = toIngestItem(labelled);
    expect(item).toEqual({
      sourceId: 'fx-shaanxi-tender',
      url: labelled.source_url,
      title: labelled.title,
      body: labelled.body,
      category: 'tender',
      regionText: labelled.region_text,
      publishedAt: '2026-03-16',
      budgetYuan: 1200000,
      buyer: labelled.buyer,
      agency: labelled.agency,
    });
    expect(ignored.sort()).toEqual(['notes', 'region_label', 'source_site']);
  });

  it('takes project_name when the title is empty or missing', () => {
    expect(toIngestItem({ ...labelled, title: null, project_name: '凤翔区体育场地设施提升采购' }).item.title).toBe(
      '凤翔区体育场地设施提升采购',
    );
    expect(toIngestItem({ ...labelled, title: '  ', project_name: '凤翔区体育场地设施提升采购' }).item.title).toBe(
      '凤翔区体育场地设施提升采购',
    );
    expect(toIngestItem({ ...labelled, title: null, project_name: null }).item).not.toHaveProperty('title');
  });

  it('drops a publication date that is only a month or a year, keeps a full one', () => {
    expect(toIngestItem({ ...labelled, publish_date: '2026-03' }).item).not.toHaveProperty('publishedAt');
    expect(toIngestItem({ ...labelled, publish_date: '2026' }).item).not.toHaveProperty('publishedAt');
    expect(toIngestItem({ ...labelled, publish_date: null }).item).not.toHaveProperty('publishedAt');
    expect(toIngestItem({ publishedAt: '2026-03-16T09:30:00+08:00' }).item.publishedAt).toBe('2026-03-16T09:30:00+08:00');
  });

  it('passes camelCase ingest fields through, and prefers them to the snake_case names', () => {
    const { item, ignored } = toIngestItem({
      sourceId: 'a-1',
      id: 'other',
      title: 't',
      regionCode: '500103',
      deadlineAt: '2026-04-01',
      projectCode: 'CQ-1',
      bodyHtml: '<p>x</p>',
    });
    expect(item).toEqual({
      sourceId: 'a-1',
      title: 't',
      regionCode: '500103',
      deadlineAt: '2026-04-01',
      projectCode: 'CQ-1',
      bodyHtml: '<p>x</p>',
    });
    expect(ignored).toEqual([]);
    const parsed = toIngestItem({ id: 'w-1', title: 't', stage: 'result', winners: ['甲公司'], award_amount_yuan: '1,250,000' });
    expect(parsed.item).toEqual({ sourceId: 'w-1', title: 't', stage: 'result', winners: ['甲公司'], awardYuan: 1250000 });
  });

  it('reads numbers from text cells (CSV) and leaves other text for validation to reject', () => {
    expect(toIngestItem({ budgetYuan: '712400.00' }).item.budgetYuan).toBe(712400);
    expect(toIngestItem({ budgetYuan: '1,250,000' }).item.budgetYuan).toBe(1250000);
    expect(toIngestItem({ budgetYuan: '很多' }).item.budgetYuan).toBe('很多');
    expect(toIngestItem({ id: 42 }).item.sourceId).toBe('42');
  });
});

describe('parserInput', () => {
  const item = {
    title: 't',
    body: 'b',
    regionText: '重庆',
    buyer: 'x',
    agency: 'y',
    projectCode: 'P-1',
    category: 'award',
    publishedAt: '2026-03-16',
    budgetYuan: 5,
  };

  it('passes what ingest passes to the parser', () => {
    expect(parserInput(item)).toMatchObject({
      title: 't',
      body: 'b',
      regionText: '重庆',
      buyer: 'x',
      category: 'award',
      publishedAt: '2026-03-16',
      budgetYuan: 5,
    });
  });

  it('leaves out the source labels with textOnly', () => {
    expect(parserInput(item)).toMatchObject({ agency: 'y', projectCode: 'P-1' });
    expect(parserInput(item, true)).toMatchObject({
      category: undefined,
      publishedAt: undefined,
      budgetYuan: undefined,
      buyer: undefined,
      agency: undefined,
      projectCode: undefined,
      title: 't',
      regionText: '重庆',
    });
  });
});
