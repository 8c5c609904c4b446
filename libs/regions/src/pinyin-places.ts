// Some crawlers (an English channel, a source keyed by pinyin) fill region text in letters:
// "Guangdong Guangzhou", "GUANGDONG", "Zhejiang Sheng, Hangzhou Shi", "Inner Mongolia". The
// provinces and the cities most often written so are read as their Chinese names. Spellings two
// places share are left out (Suzhou is 苏州 and 宿州, Fuzhou 福州 and 抚州, Taizhou 台州 and 泰州),
// and so is Xian, which is also the word for 县: 西安 is read only as Xi'an.

const PLACES: Readonly<Record<string, string>> = {
  beijing: '北京',
  tianjin: '天津',
  hebei: '河北',
  shanxi: '山西',
  shaanxi: '陕西',
  neimenggu: '内蒙古',
  'inner mongolia': '内蒙古',
  liaoning: '辽宁',
  jilin: '吉林',
  heilongjiang: '黑龙江',
  shanghai: '上海',
  jiangsu: '江苏',
  zhejiang: '浙江',
  anhui: '安徽',
  fujian: '福建',
  jiangxi: '江西',
  shandong: '山东',
  henan: '河南',
  hubei: '湖北',
  hunan: '湖南',
  guangdong: '广东',
  guangxi: '广西',
  hainan: '海南',
  chongqing: '重庆',
  sichuan: '四川',
  guizhou: '贵州',
  yunnan: '云南',
  xizang: '西藏',
  tibet: '西藏',
  gansu: '甘肃',
  qinghai: '青海',
  ningxia: '宁夏',
  xinjiang: '新疆',
  taiwan: '台湾',
  'hong kong': '香港',
  xianggang: '香港',
  macau: '澳门',
  macao: '澳门',
  aomen: '澳门',
  shijiazhuang: '石家庄',
  taiyuan: '太原',
  hohhot: '呼和浩特',
  huhehaote: '呼和浩特',
  shenyang: '沈阳',
  dalian: '大连',
  changchun: '长春',
  harbin: '哈尔滨',
  haerbin: '哈尔滨',
  nanjing: '南京',
  wuxi: '无锡',
  hangzhou: '杭州',
  ningbo: '宁波',
  wenzhou: '温州',
  hefei: '合肥',
  xiamen: '厦门',
  nanchang: '南昌',
  jinan: '济南',
  qingdao: '青岛',
  zhengzhou: '郑州',
  wuhan: '武汉',
  changsha: '长沙',
  guangzhou: '广州',
  shenzhen: '深圳',
  dongguan: '东莞',
  foshan: '佛山',
  zhuhai: '珠海',
  nanning: '南宁',
  haikou: '海口',
  sanya: '三亚',
  chengdu: '成都',
  guiyang: '贵阳',
  kunming: '昆明',
  lhasa: '拉萨',
  lasa: '拉萨',
  "xi'an": '西安',
  lanzhou: '兰州',
  xining: '西宁',
  yinchuan: '银川',
  urumqi: '乌鲁木齐',
  wulumuqi: '乌鲁木齐',
};

// A level word written after the name in letters (Sheng, Shi, Province, City …) adds nothing.
const LEVEL = '(?:[\\s-]+(?:sheng|shi|province|city|municipality|autonomous region|sar|prefecture))?';
const NAMES = Object.keys(PLACES)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[' ]/g, (c) => (c === ' ' ? '\\s+' : "['’]")))
  .join('|');
const PINYIN_PLACE = new RegExp(`(?<![A-Za-z])(${NAMES})${LEVEL}(?![A-Za-z])`, 'giu');

/** The region text with the places it writes in letters given their Chinese names. */
export function pinyinPlaces(text: string | null | undefined): string | null | undefined {
  if (!text || !/[A-Za-z]{4}/.test(text)) return text;
  return text.replace(PINYIN_PLACE, (_, name: string) => {
    const key = name.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
    return ` ${PLACES[key] ?? name} `;
  });
}
