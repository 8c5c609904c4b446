import { contractFirstParty } from './contract-party';

describe('contractFirstParty', () => {
  it('reads the 甲方 of a contract notice that names a 乙方', () => {
    const text = '合同编号：HT-01\n甲方：青田县某街道办事处\n乙方：温州某建设有限公司\n乙方地址：温州市鹿城区';
    expect(contractFirstParty(text)).toBe('青田县某街道办事处');
    expect(contractFirstParty('乙方(承包人)：某公司\n甲方(发包人)：某镇人民政府')).toBe('某镇人民政府');
  });

  it('reads no 甲方 where no 乙方 is named beside it', () => {
    expect(contractFirstParty('甲方：某物业管理有限公司\n租金：每年12万元')).toBeNull();
  });
});
