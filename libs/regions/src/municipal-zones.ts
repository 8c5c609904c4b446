import type { NameAlias } from './region-aliases';

/**
 * Functional zones of the four municipalities that bulletins name instead of a district. The
 * division data has none of them, and a bulletin of such a zone often names no district at all
 * (采购人：中新天津生态城建设局). A zone lying in one district resolves to it; one spread over
 * several resolves to the municipality (the certain level). Only full names: bare 生态城, 科学城 or
 * 城市副中心 are common words in many cities.
 */
export const MUNICIPAL_ZONES: readonly NameAlias[] = [
  // 天津: the eco-city, the port and industrial zones were carved out of the old 塘沽/汉沽/大港.
  ...['中新天津生态城', '天津生态城', '东疆保税港区', '东疆综合保税区', '天津空港经济区', '天津临港经济区', '南港工业区'].map(
    (name) => ({ name, hosts: ['120116'] }), // 滨海新区
  ),
  // 上海: zones of 浦东新区, and business zones across several districts.
  ...['张江科学城', '张江高科技园区', '外高桥保税区', '陆家嘴金融贸易区'].map((name) => ({ name, hosts: ['310115'] })),
  { name: '虹桥国际中央商务区', hosts: ['310112', '310105', '310118', '310114'] }, // 闵行, 长宁, 青浦, 嘉定
  { name: '漕河泾新兴技术开发区', hosts: ['310104', '310112'] }, // 徐汇 and 闵行
  // 北京: the science cities and the sub-centre lie in one district each; 亦庄 spans two.
  { name: '中关村科学城', hosts: ['110108'] }, // 海淀
  { name: '未来科学城', hosts: ['110114'] }, // 昌平
  { name: '怀柔科学城', hosts: ['110116'] },
  { name: '北京城市副中心', hosts: ['110112'] }, // 通州
  ...['北京经济技术开发区', '北京经开区', '亦庄新城'].map((name) => ({ name, hosts: ['110115', '110112'] })), // 大兴 and 通州
  // 重庆: the zones that kept the names of districts merged in 2011, and the bonded zone of 西永.
  { name: '万盛经开区', hosts: ['500110'] }, // 綦江区
  { name: '万盛经济技术开发区', hosts: ['500110'] },
  { name: '双桥经开区', hosts: ['500111'] }, // 大足区; 承德's 双桥区 has no such zone
  { name: '双桥经济技术开发区', hosts: ['500111'] },
  { name: '西永综合保税区', hosts: ['500106'] }, // 沙坪坝区
  { name: '西永微电子产业园区', hosts: ['500106'] },
];
