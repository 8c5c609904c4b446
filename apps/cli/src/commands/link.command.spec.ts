import { captureIo } from '../../test/capture-io';
import { runCli } from '../main';

const lines = [
  {
    id: 'x-tender',
    title: '某某县城南污水管网改造工程招标公告',
    buyer: '某某县水务局',
    project_code: 'MX-2026-031',
    publish_date: '2026-05-06',
    body: '某某县水务局就城南污水管网改造工程进行公开招标。',
  },
  {
    id: 'x-change',
    title: '某某县城南污水管网改造工程招标更正公告',
    body: '原公告的项目编号：MX-2026-031。开标时间变更。',
    publish_date: '2026-05-12',
  },
  {
    id: 'x-award',
    title: '某某县城南污水管网改造工程中标结果公告',
    buyer: '某某县水务局',
    publish_date: '2026-06-10',
    body: '中标人：某某建设集团有限公司。',
  },
  { id: 'x-other', title: '某某县自来水厂设备采购公告', buyer: '某某县水务局', publish_date: '2026-05-07', body: '采购自来水厂设备。' },
];

describe('cli link', () => {
  it('prints one {id, projectId} per line: a tender, its correction and its award are one project', async () => {
    const io = captureIo(`${lines.map((l) => JSON.stringify(l)).join('\n')}\nnot json\n`);
    expect(await runCli(['link', '-'], io)).toBe(0);
    const out = io.jsonLines();
    expect(out.map((l) => l.id ?? l.error)).toEqual(['x-tender', 'x-change', 'x-award', 'x-other', expect.stringMatching(/invalid JSON/)]);
    const [tender, change, award, other] = out.map((l) => l.projectId);
    expect(tender).toMatch(/^p-[0-9a-f]{12}$/);
    expect([change, award]).toEqual([tender, tender]);
    expect(other).not.toBe(tender);
    expect(io.err()).toMatch(/4 bulletin\(s\) in 2 project\(s\)/);
  });
});
