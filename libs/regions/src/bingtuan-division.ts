import { regimentsIn } from './regiments';

// The 兵团's divisions (师) are each governed together with a city of their own (师市合一): 第一师 with
// 阿拉尔市, 第八师 with 石河子市. A body named only by its division and a regiment or 连队 (第七师一二三团
// 中学) sits in that city's jurisdiction, the only place the text gives. 第九师 (白杨市), 第十一师 and
// 第十二师 have no such city in the division data and name none.
const DIVISION_CITY: Readonly<Record<string, string>> = {
  一: '659002', // 阿拉尔市
  二: '659006', // 铁门关市
  三: '659003', // 图木舒克市
  四: '659008', // 可克达拉市
  五: '659007', // 双河市
  六: '659004', // 五家渠市
  七: '659010', // 胡杨河市
  八: '659001', // 石河子市
  十: '659005', // 北屯市
  十三: '659011', // 新星市
  十四: '659009', // 昆玉市
};
// 第七师, 农七师 (the older name), or a bare 七师 right before its regiment or 师市; never 第一师范.
const DIVISION =
  /(?:第|农)(十[三四]|十|[一二三四五六七八九])师(?!范)|(?<!\p{Script=Han})(十[三四]|十|[一二三四五六七八九])师(?=\s*(?:[一二三四五六七八九十零〇]{2,4}|\d{2,3})团|市)/gu;
// A division is the 兵团's only when the text speaks of the 兵团 (a PLA or police 师 is another thing).
const BINGTUAN_CONTEXT = /兵团|师市|团场|连队/u;

/** The city of the one 兵团 division a text names, or null when it names none, several, or no 兵团. */
export function divisionCityOf(text: string): string | null {
  const cities = new Set<string>();
  for (const m of text.matchAll(DIVISION)) {
    const city = DIVISION_CITY[m[1] ?? m[2]];
    if (!city) return null;
    cities.add(city);
  }
  if (cities.size !== 1 || !(BINGTUAN_CONTEXT.test(text) || regimentsIn(text).length > 0)) return null;
  return [...cities][0];
}
