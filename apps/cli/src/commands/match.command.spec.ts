import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, captureIo } from '../../test/capture-io';
import { runCli } from '../main';
import { matchCommand } from './match.command';

const BULLETINS = join(FIXTURES, 'bulletins-small.jsonl');
const SUBSCRIPTIONS = join(FIXTURES, 'subscriptions.json');

describe('cli match', () => {
  it('writes one line per (bulletin, subscription) match with the keyword entries that hit', async () => {
    const io = captureIo();
    expect(await matchCommand(['--subscriptions', SUBSCRIPTIONS, '--bulletins', BULLETINS], io)).toBe(0);
    const byBulletin = io
      .jsonLines<{ bulletinId: string; subscriptionId: string; hits: string[] }>()
      .map((m) => [m.bulletinId, m.subscriptionId, m.hits]);
    expect(byBulletin).toEqual([
      // "体育 器材" needs both parts: 体育训练中心 … 训练器材.
      ['fx-henan-tender', 'sports', ['体育 器材']],
      // Shaanxi is in the subscription's regions; the Henan bulletin above is not.
      ['fx-shaanxi-tender', 'sub-2', ['体育']],
      // 监理 with a budget of 58,400 yuan, under the 100,000 cap.
      ['fx-neimenggu-supervision', 'sub-3', ['监理']],
      // No keywords: every award notice.
      ['fx-gansu-award', 'sub-4', []],
    ]);
    // Where each keyword hit: 体育 and 器材 both in the title.
    expect(io.jsonLines()[0]).toMatchObject({
      hitPlaces: ['title'],
      score: 100,
      hitDetails: [
        { term: '体育', place: 'title' },
        { term: '器材', place: 'title' },
      ],
    });
    expect(io.jsonLines()[0]).toMatchObject({
      subscriptionName: '体育设备',
      title: '焦作市青少年体育训练中心体能训练器材采购项目-竞争性磋商公告',
    });
    expect(io.err()).toMatch(/4 bulletins, 4 subscriptions, 4 matches, 1 unreadable lines/);
  });

  it('reads bulletins from stdin and names each bad subscription field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-match-'));
    const subs = join(dir, 'subs.json');
    await writeFile(
      subs,
      JSON.stringify([
        { keywords: ['道路'] },
        { keywords: '道路' },
        { keywords: ['x'], regions: ['999999'], scope: 'body' },
        { id: { n: 4 }, keywords: ['y'] },
      ]),
    );
    const io = captureIo('{"title":"道路"}\n');
    expect(await runCli(['match', '--subscriptions', subs, '--bulletins', '-'], io)).toBe(1);
    expect(io.err()).toContain('[1] keywords: must be an array of strings');
    expect(io.err()).toMatch(/\[2\] scope: must be one of title, title_body/);
    expect(io.err()).toMatch(/\[2\] regions.0: 999999 is not a known region code/);
    expect(io.err()).toContain('[3] id: must be a string or a number');

    await writeFile(subs, JSON.stringify([{ keywords: ['道路'] }]));
    const ok = captureIo('{"title":"渝中区道路改造工程施工招标公告"}\n');
    expect(await matchCommand(['--subscriptions', subs, '--bulletins', '-'], ok)).toBe(0);
    expect(ok.jsonLines()).toMatchObject([
      { bulletinId: 'line-1', subscriptionId: 'sub-1', subscriptionName: null, title: '渝中区道路改造工程施工招标公告', hits: ['道路'] },
    ]);
  });

  it('exits 1 when the subscriptions file is missing or not JSON', async () => {
    const io = captureIo();
    expect(await runCli(['match', '--subscriptions', '/nonexistent.json', '--bulletins', BULLETINS], io)).toBe(1);
    expect(io.err()).toMatch(/^match: cannot read \/nonexistent.json/);
    const notJson = captureIo();
    expect(await runCli(['match', '--subscriptions', BULLETINS, '--bulletins', BULLETINS], notJson)).toBe(1);
    expect(notJson.err()).toMatch(/cannot read .*bulletins-small.jsonl: .*JSON/);
  });
});
