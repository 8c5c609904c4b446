// China Post's six-digit codes are given out by province: the first two digits say which one
// (71xxxx and 72xxxx are 陕西, 01xxxx and 02xxxx 内蒙古). A postcode in a contact block (邮编：710032)
// thus chooses between the places one name may be (新城区 of 西安 or of 呼和浩特), as a phone's
// area code does. Ranges as China Post assigns them; a few border districts use a neighbour's
// range (阿拉善's 75xxxx), which is why this only ever breaks ties.
const PROVINCE_OF_PREFIX: Readonly<Record<string, string>> = {
  ...spread(['01', '02'], '150000'), // 内蒙古
  ...spread(['03', '04'], '140000'), // 山西
  ...spread(['05', '06', '07'], '130000'), // 河北
  '10': '110000', // 北京
  ...spread(['11', '12'], '210000'), // 辽宁
  '13': '220000', // 吉林
  ...spread(['15', '16'], '230000'), // 黑龙江
  '20': '310000', // 上海
  ...spread(['21', '22'], '320000'), // 江苏
  ...spread(['23', '24'], '340000'), // 安徽
  ...spread(['25', '26', '27'], '370000'), // 山东
  '30': '120000', // 天津
  ...spread(['31', '32'], '330000'), // 浙江
  ...spread(['33', '34'], '360000'), // 江西
  ...spread(['35', '36'], '350000'), // 福建
  '40': '500000', // 重庆
  ...spread(['41', '42'], '430000'), // 湖南
  ...spread(['43', '44'], '420000'), // 湖北
  ...spread(['45', '46', '47'], '410000'), // 河南
  ...spread(['51', '52'], '440000'), // 广东
  ...spread(['53', '54'], '450000'), // 广西
  ...spread(['55', '56'], '520000'), // 贵州
  '57': '460000', // 海南
  ...spread(['61', '62', '63', '64'], '510000'), // 四川
  ...spread(['65', '66', '67'], '530000'), // 云南
  ...spread(['71', '72'], '610000'), // 陕西
  ...spread(['73', '74'], '620000'), // 甘肃
  '75': '640000', // 宁夏
  '81': '630000', // 青海
  ...spread(['83', '84'], '650000'), // 新疆
  '85': '540000', // 西藏
};

function spread(prefixes: string[], province: string): Record<string, string> {
  return Object.fromEntries(prefixes.map((p) => [p, province]));
}

// Only a labelled code: six bare digits are as often an amount, a serial or a division code.
const POSTCODE = /(?:邮编|邮政编码)[:：]?\s*(\d{6})(?!\d)/gu;

/** Provinces (GB/T 2260 codes) of the labelled postcodes in a text, in order, each once. */
export function postcodeProvincesIn(text: string): string[] {
  const out: string[] = [];
  // Most texts carry no postcode: finding the label first spares them the pattern.
  if (!text.includes('邮')) return out;
  for (const m of text.matchAll(POSTCODE)) {
    const province = PROVINCE_OF_PREFIX[m[1].slice(0, 2)];
    if (province && !out.includes(province)) out.push(province);
  }
  return out;
}
