import { isKnownRegion, regionContains } from '@app/regions';

// An oilfield company (中国石化胜利油田分公司, 长庆油田分公司第二采气厂, 吉林油田) is named after its field,
// not a place, and its tender often names no site: its winners' and agencies' homes are all the
// text says of places. The fields' companies sit in known cities (胜利 in 东营, 长庆 in 西安, 辽河 in
// 盘锦 …): with no place named below it, the field's seat is where the work is bought. A site the
// notice names (a 采油厂 in 乌审旗) is not overruled: the seat only refines a province it lies in.
const OILFIELD_SEATS: Record<string, string> = {
  胜利: '370500', // 东营市
  长庆: '610100', // 西安市
  辽河: '211100', // 盘锦市
  华北: '130900', // 沧州市 (任丘)
  中原: '410900', // 濮阳市
  江汉: '429005', // 潜江市
  河南: '411300', // 南阳市
  冀东: '130200', // 唐山市
  吉林: '220700', // 松原市
  塔里木: '652800', // 巴音郭楞蒙古自治州 (库尔勒)
  新疆: '650200', // 克拉玛依市
  吐哈: '650500', // 哈密市
  玉门: '620900', // 酒泉市
  西南: '510100', // 成都市 (西南油气田)
  延长: '610600', // 延安市
  江苏: '321000', // 扬州市
  西北: '650100', // 乌鲁木齐市
};
const OILFIELD = new RegExp(`(${Object.keys(OILFIELD_SEATS).join('|')})(?:油田|油气田)`, 'u');

/** The seat city of the oilfield company `name` names, where `code` (the place found) holds it. */
export function oilfieldSeat(code: string | null, name: string): string | null {
  const m = OILFIELD.exec(name);
  if (!m) return null;
  const seat = OILFIELD_SEATS[m[1]];
  if (!isKnownRegion(seat)) return null;
  return code === null || (code !== seat && regionContains(code, seat)) ? seat : null;
}
