import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { bulletinBigrams } from './bulletin-bigrams';

/**
 * The worker writes a bulletin's bigrams from JavaScript; previews look their keywords up with the
 * SQL function text_bigrams. The two must cut text into the same pairs, or a keyword would miss
 * bulletins it is in.
 */
describe('bulletinBigrams', () => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(loadConfig(testEnvironment()))).initialize();
  });
  afterAll(() => ds.destroy());

  const cases: Array<[string, string]> = [
    ['某市污水处理厂提标改造工程', '项目概况：新建污水管网12公里。预算金额：380万元。\n联系人：张工 0571-8888****'],
    ['', ''],
    ['道', ''],
    ['', '路'],
    ['道路', '道路道路'], // repeats are stored once
    ['a b', ' x  y\t\n'], // spaces and line ends are characters too
    ['𠀀𠀁 ok', '𡃁𠮷𠮷'], // characters outside the basic plane are one character each, as in SQL
    ['（略）***', '¥1,268,400.00（元）—— ①②'],
  ];

  it.each(cases)('cuts %j / %j as text_bigrams does', async (title, body) => {
    const [{ grams }] = await ds.query<Array<{ grams: string[] }>>(
      `SELECT ARRAY(SELECT DISTINCT g FROM unnest(text_bigrams($1, $2)) AS g ORDER BY g) AS grams`,
      [title, body],
    );
    expect([...bulletinBigrams(title, body)].sort()).toEqual([...grams].sort());
  });

  it('makes no pair across the end of the title and the start of the body', () => {
    expect(bulletinBigrams('道路', '工程')).toEqual(['道路', '工程']);
  });
});
