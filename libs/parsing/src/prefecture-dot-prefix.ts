// Prefecture portals put the prefecture's short name before a county's with a middle dot
// (甘孜·理塘县乡村振兴局, 阿坝·若尔盖县…, 延边·珲春市…): the dot marks a place prefix, not part of the
// name, and a buyer read from such a sentence must come out as the county unit writes itself. The
// middle dot also joins the parts of personal names (巴图·朝鲁), so only the autonomous prefectures'
// (and leagues') short names count as a prefix, and only before a county-level name.
const PREFECTURE_SHORT_NAMES = [
  '甘孜',
  '阿坝',
  '凉山',
  '黔东南',
  '黔南',
  '黔西南',
  '恩施',
  '湘西',
  '延边',
  '巴州',
  '克州',
  '博州',
  '昌吉',
  '伊犁',
  '海西',
  '海北',
  '海南州',
  '黄南',
  '果洛',
  '玉树',
  '甘南',
  '临夏',
  '西双版纳',
  '德宏',
  '大理',
  '楚雄',
  '红河',
  '文山',
  '怒江',
  '迪庆',
  '锡盟',
  '兴安盟',
  '阿拉善',
];

const DOT_PREFIX = new RegExp(String.raw`(?:${PREFECTURE_SHORT_NAMES.join('|')})[·・•‧](?=\p{Script=Han}{1,8}?(?:县|市|旗|区))`, 'gu');

/** The text with 州·县 place prefixes dropped before county-level names. */
export function dropPrefectureDotPrefix(text: string): string {
  return text.replace(DOT_PREFIX, '');
}
