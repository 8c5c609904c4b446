// Townships the package leaves out: cities that govern their towns directly, with no county level
// between (东莞, 中山, 儋州), have no rows in its town list. Names as the cities list them (民众 and
// 南朗 became 街道 in 2021; the former 镇 names are still written and are kept too). 中山's 东区,
// 西区 and 南区 街道 are left out: the same words name streets and districts elsewhere.
export const TOWN_ADDITIONS: Readonly<Record<string, readonly string[]>> = {
  '441900': [
    ...['莞城', '南城', '东城', '万江'].map((n) => `${n}街道`),
    ...['石碣', '石龙', '茶山', '石排', '企石', '横沥', '桥头', '谢岗', '东坑', '常平', '寮步', '樟木头', '大朗', '黄江']
      .concat(['清溪', '塘厦', '凤岗', '大岭山', '长安', '虎门', '厚街', '沙田', '道滘', '洪梅', '麻涌', '望牛墩', '中堂', '高埗'])
      .map((n) => `${n}镇`),
  ],
  '442000': [
    ...['石岐', '五桂山', '中山港', '民众', '南朗'].map((n) => `${n}街道`),
    ...['小榄', '黄圃', '东凤', '东升', '古镇', '沙溪', '坦洲', '港口', '三角', '横栏', '南头', '阜沙', '三乡', '板芙', '大涌']
      .concat(['神湾', '民众', '南朗'])
      .map((n) => `${n}镇`),
  ],
  '460400': [
    '那大',
    '和庆',
    '南丰',
    '大成',
    '雅星',
    '兰洋',
    '光村',
    '木棠',
    '海头',
    '峨蔓',
    '王五',
    '白马井',
    '中和',
    '排浦',
    '东成',
    '新州',
  ].map((n) => `${n}镇`),
};
