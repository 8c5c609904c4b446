// A result table names its winners (or candidates, or bidders) in a column of their own:
// "物料描述 | 中标供应商 | 份额" over "镁碳砖 | 辽宁某耐火材料股份有限公司 | 60%". A firm is often named after
// the county it is registered in, which is not where the work is; and read for places the table is
// one run of cells, so the column label cannot mark where the firms' cells stop. The cells under
// such a column are taken out of the table and listed after the text under a party label of their
// own (供应商：…), where they are read as another party's; the other cells (a 交货地点 column, say)
// stay where they were, and so does the text after the table (the buyer's 联系地址).
const PARTY_COLUMN =
  /^(?:第[一二三四五12345]|排名第[一二三四五12345])?(?:拟|推荐)?(?:中标|成交|中选|入围|投标|响应|参选|报价)?(?:人|供应商|单位|候选人|企业)(?:名称|全称)?$|^(?:中标|成交|中选)?(?:候选人|供应商)(?:名称)?$|^(?:供应商|单位|公司|企业)名称$/u;
const HEADER_CELL = /^[\p{Script=Han}()（）/、]{2,16}$/u;

function barCells(line: string): string[] | null {
  if (!line.includes('|')) return null;
  const cells = line.split('|').map((c) => c.trim());
  while (cells.length && cells[0] === '') cells.shift();
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells.length >= 2 ? cells : null;
}

/** The text with the cells of a bar table's party columns moved after it, under a 供应商： label. */
export function partyColumnsApart(text: string): string {
  const lines = text.split('\n');
  const moved: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = barCells(lines[i]);
    if (!header || !header.every((c) => HEADER_CELL.test(c))) continue;
    const columns = header.flatMap((c, k) => (PARTY_COLUMN.test(c) && !/采购|招标|建设|业主|代理/u.test(c) ? [k] : []));
    if (!columns.length) continue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = barCells(lines[j]);
      if (!row || row.length !== header.length) break;
      for (const k of columns) if (row[k]) moved.push(row[k]);
      lines[j] = row.map((c, k) => (columns.includes(k) ? '' : c)).join('|');
    }
    i = j - 1;
  }
  return moved.length ? `${lines.join('\n')}\n供应商：${moved.join('、')}` : text;
}
