import { ORDINALS, PARKS, type Place, RIVERS, ROADS, STREETS, shortCity } from './demo-vocabulary';
import type { SeededRandom } from './seeded-random';

/** One procurement as the notices of its life will tell it. */
export interface DemoProject {
  theme: string;
  place: Place;
  name: string;
  buyer: string;
  budgetYuan: number;
  /** works: 施工招标; goods: 采购; services: 服务. Decides the wording of the notices. */
  kind: 'works' | 'goods' | 'services';
  need: string;
  scale: string;
  winnerKinds: readonly string[];
}

interface Theme {
  key: string;
  weight: number;
  kind: DemoProject['kind'];
  /** Budget bounds in 万元. */
  wan: [number, number];
  make(rng: SeededRandom, place: Place): { name: string; buyer: string; need: string; scale: string };
  winnerKinds: readonly string[];
}

const BUILDERS = ['建设工程有限公司', '建筑工程有限公司', '市政工程有限公司', '路桥建设集团有限公司', '建工集团有限公司'];

const hospital = (rng: SeededRandom, p: Place) =>
  rng.pick([
    `${p.city}第${rng.pick(ORDINALS.slice(0, 6))}人民医院`,
    `${p.city}中心医院`,
    `${p.district}人民医院`,
    `${p.city}妇幼保健院`,
    `${p.district}中医院`,
  ]);
const school = (rng: SeededRandom, p: Place) =>
  rng.pick([
    `${p.district}第${rng.pick(ORDINALS)}实验学校`,
    `${p.city}第${rng.pick(ORDINALS)}中学`,
    `${p.district}外国语学校`,
    `${p.district}${rng.pick(['育才', '启明', '博文'])}学校`,
  ]);

export const THEMES: Theme[] = [
  {
    key: 'road',
    weight: 12,
    kind: 'works',
    wan: [150, 8000],
    winnerKinds: BUILDERS,
    make(rng, p) {
      const road = rng.pick(ROADS);
      const [a, b] = rng.sample(
        ROADS.filter((r) => r !== road),
        2,
      );
      const name = rng.pick([
        `${p.district}${road}道路改造工程`,
        `${shortCity(p.city)}${road}市政道路提升改造工程`,
        `${p.district}老旧小区道路及配套设施改造工程`,
        `${p.district}${road}（${a}至${b}段）道路新建工程`,
        `${p.city}中心城区市政道路照明设施改造项目`,
      ]);
      return {
        name,
        buyer: rng.pick([
          `${p.city}${p.district}住房和城乡建设局`,
          `${p.city}城市管理局`,
          `${p.district}交通运输局`,
          `${p.district}城市建设投资有限公司`,
        ]),
        need: `道路全长约${rng.int(4, 38) * 100}米，红线宽度${rng.pick([16, 20, 24, 30, 40])}米，主要包括道路、排水、照明、交通设施及绿化工程`,
        scale: `新建及改造道路约${rng.int(12, 90) / 10}公里，同步建设雨污管网、路灯及交通设施`,
      };
    },
  },
  {
    key: 'drainage',
    weight: 6,
    kind: 'works',
    wan: [300, 12000],
    winnerKinds: BUILDERS,
    make(rng, p) {
      return {
        name: rng.pick([
          `${shortCity(p.city)}${p.district}雨污分流市政管网改造工程`,
          `${p.district}市政道路积水点整治工程`,
          `${p.district}${rng.pick(STREETS)}排水管网提质改造工程`,
        ]),
        buyer: rng.pick([`${p.city}城市管理局`, `${p.district}水务局`, `${p.city}排水有限公司`]),
        need: `新建污水管道约${rng.int(3, 25)}公里，改造雨水管道及检查井${rng.int(80, 600)}座`,
        scale: `新建雨污管网约${rng.int(5, 40)}公里及泵站${rng.int(1, 3)}座`,
      };
    },
  },
  {
    key: 'medical',
    weight: 10,
    kind: 'goods',
    wan: [80, 1200],
    winnerKinds: ['医疗器械有限公司', '医疗科技有限公司', '医疗设备有限公司'],
    make(rng, p) {
      const buyer = hospital(rng, p);
      const what = rng.pick([
        '医疗设备采购项目',
        '彩色多普勒超声诊断系统等医疗设备采购项目',
        '医用耗材及医疗器械采购项目',
        'DR数字化X射线摄影系统采购项目',
        '重症监护病房医疗设备采购项目',
      ]);
      return {
        name: `${buyer}${what}`,
        buyer,
        need: `采购${rng.pick(['彩色多普勒超声诊断仪', '数字化X射线摄影系统', '全自动生化分析仪', '多参数监护仪', '呼吸机'])}等设备${rng.int(3, 40)}台（套），含安装调试、培训及不少于${rng.pick([3, 5])}年质保`,
        scale: `购置医疗设备${rng.int(20, 200)}台（套）`,
      };
    },
  },
  {
    key: 'school-works',
    weight: 8,
    kind: 'works',
    wan: [400, 30000],
    winnerKinds: BUILDERS,
    make(rng, p) {
      const college = rng.chance(0.25);
      const s = college ? `${p.city}职业技术学院` : school(rng, p);
      return {
        name: college ? `${s}实训楼建设项目` : rng.pick([`${s}教学楼改扩建工程`, `${s}新建工程`, `${s}运动场及附属设施改造工程`]),
        // A district's schools build through its education bureau; a college buys for itself.
        buyer: college ? s : rng.pick([`${p.district}教育局`, s]),
        need: `总建筑面积约${rng.int(30, 420) * 100}平方米，包括土建、安装、装饰装修及室外配套工程`,
        scale: `新建教学楼、宿舍楼及风雨操场，总建筑面积约${rng.int(2, 9)}万平方米，新增学位${rng.int(9, 36) * 100}个`,
      };
    },
  },
  {
    key: 'school-goods',
    weight: 7,
    kind: 'goods',
    wan: [30, 900],
    winnerKinds: ['教育装备有限公司', '科技有限公司', '家具制造有限公司'],
    make(rng, p) {
      const form = rng.pick(['classrooms', 'dormitory', 'college', 'canteen'] as const);
      const s = form === 'college' ? `${p.city}职业技术学院` : school(rng, p);
      const name = {
        classrooms: `${p.district}中小学校智慧教室设备采购项目`,
        dormitory: `${s}学生宿舍家具采购项目`,
        college: `${s}实训设备采购项目`,
        canteen: `${s}食堂设备采购项目`,
      }[form];
      return {
        name,
        buyer: form === 'classrooms' ? `${p.district}教育局` : s,
        need: `采购交互式智能黑板、学生课桌椅等设备${rng.int(60, 900)}台（套），含送货安装及培训`,
        scale: `配置教学设备${rng.int(300, 2000)}台（套）`,
      };
    },
  },
  {
    key: 'supervision',
    weight: 6,
    kind: 'services',
    wan: [5, 120],
    winnerKinds: ['工程监理有限公司', '建设监理咨询有限公司'],
    make(rng, p) {
      const road = rng.pick(ROADS);
      return {
        name: rng.pick([
          `${p.district}${road}道路改造工程监理`,
          `${school(rng, p)}新建工程监理服务`,
          `${p.district}保障性租赁住房项目监理服务`,
        ]),
        buyer: rng.pick([`${p.city}${p.district}住房和城乡建设局`, `${p.district}城市建设投资有限公司`]),
        need: `施工阶段及缺陷责任期全过程监理，监理服务期约${rng.int(8, 30)}个月`,
        scale: '全过程工程监理',
      };
    },
  },
  {
    key: 'landscape',
    weight: 6,
    kind: 'services',
    wan: [20, 400],
    winnerKinds: ['园林绿化工程有限公司', '生态环境建设有限公司'],
    make(rng, p) {
      const park = rng.pick(PARKS);
      return {
        name: `${shortCity(p.city)}${park}及周边绿化养护服务采购项目`,
        buyer: rng.pick([`${p.city}园林绿化中心`, `${p.district}城市管理局`]),
        need: `养护面积约${rng.int(8, 90)}万平方米，服务期${rng.pick([1, 2, 3])}年`,
        scale: `绿化提升约${rng.int(5, 60)}万平方米`,
      };
    },
  },
  {
    key: 'water',
    weight: 6,
    kind: 'works',
    wan: [200, 15000],
    winnerKinds: ['水利水电工程有限公司', '水务建设有限公司'],
    make(rng, p) {
      const river = rng.pick(RIVERS);
      return {
        name: rng.pick([
          `${p.district}${river}河道综合治理工程`,
          `${shortCity(p.city)}${river}堤防加固工程`,
          `${p.district}${river}生态修复工程`,
        ]),
        buyer: rng.pick([`${p.city}水利局`, `${p.district}水务局`]),
        need: `治理河道长度约${rng.int(15, 120) / 10}公里，包括清淤疏浚、护岸及生态修复`,
        scale: `综合治理河道约${rng.int(3, 30)}公里`,
      };
    },
  },
  {
    key: 'property',
    weight: 5,
    kind: 'services',
    wan: [30, 600],
    winnerKinds: ['物业服务有限公司', '物业管理有限公司'],
    make(rng, p) {
      const buyer = rng.pick([`${p.city}人民检察院`, `${p.district}政务服务中心`, `${p.city}图书馆`, `${p.district}人民法院`]);
      return {
        name: `${buyer}物业管理服务采购项目`,
        buyer,
        need: `提供保洁、秩序维护、设施设备运行维护等物业服务，服务面积约${rng.int(8, 60)}千平方米，服务期${rng.pick([1, 2, 3])}年`,
        scale: '物业管理服务',
      };
    },
  },
  {
    key: 'it',
    weight: 7,
    kind: 'services',
    wan: [40, 2500],
    winnerKinds: ['信息技术有限公司', '数字科技有限公司', '科技股份有限公司'],
    make(rng, p) {
      return {
        name: rng.pick([
          `${shortCity(p.city)}政务云平台扩容及运维服务采购项目`,
          `${p.district}雪亮工程视频监控运维服务项目`,
          `${p.city}智慧城市运行管理平台建设项目`,
          `${p.district}数字乡村综合服务平台采购项目`,
        ]),
        buyer: rng.pick([`${p.city}大数据管理局`, `${p.city}政务服务和数据管理局`, `${p.district}公安分局`]),
        need: `含软硬件采购、系统集成及${rng.pick([1, 2, 3])}年运维，服务器及存储设备${rng.int(10, 120)}台`,
        scale: '新建城市运行管理平台及数据中心',
      };
    },
  },
  {
    key: 'solar',
    weight: 4,
    kind: 'works',
    wan: [100, 6000],
    winnerKinds: ['新能源科技有限公司', '电力工程有限公司'],
    make(rng, p) {
      return {
        name: `${p.district}公共机构屋顶分布式光伏发电项目`,
        buyer: rng.pick([`${p.district}机关事务服务中心`, `${p.city}城市发展投资有限公司`]),
        need: `装机容量约${rng.int(8, 120) / 10}兆瓦，EPC总承包`,
        scale: `装机容量约${rng.int(10, 200) / 10}兆瓦`,
      };
    },
  },
  {
    key: 'housing',
    weight: 5,
    kind: 'works',
    wan: [3000, 60000],
    winnerKinds: BUILDERS,
    make(rng, p) {
      return {
        name: `${p.district}保障性租赁住房项目（${rng.pick(['一', '二', '三'])}期）施工总承包`,
        buyer: `${shortCity(p.city)}安居住房建设投资有限公司`,
        need: `总建筑面积约${rng.int(5, 30)}万平方米，住房${rng.int(8, 40) * 100}套`,
        scale: `建设保障性租赁住房${rng.int(8, 40) * 100}套`,
      };
    },
  },
  {
    key: 'sewage',
    weight: 4,
    kind: 'works',
    wan: [800, 25000],
    winnerKinds: ['环保工程有限公司', '水务建设有限公司'],
    make(rng, p) {
      return {
        name: `${p.district}污水处理厂提标改造工程`,
        buyer: rng.pick([`${p.city}排水有限公司`, `${p.district}水务局`]),
        need: `处理规模${rng.int(2, 20)}万吨/日，出水提标至一级A`,
        scale: `污水处理规模${rng.int(2, 20)}万吨/日`,
      };
    },
  },
  {
    key: 'bridge',
    weight: 3,
    kind: 'works',
    wan: [500, 20000],
    winnerKinds: ['路桥建设集团有限公司', '桥梁工程有限公司'],
    make(rng, p) {
      const river = rng.pick(RIVERS);
      return {
        name: `${shortCity(p.city)}${river}大桥维修加固工程`,
        buyer: rng.pick([`${p.city}交通运输局`, `${p.city}公路事业发展中心`]),
        need: `桥梁全长约${rng.int(12, 90) * 10}米，包括上部结构加固、支座更换及桥面系改造`,
        scale: `新建桥梁约${rng.int(3, 12) * 100}米`,
      };
    },
  },
];

export function makeProject(rng: SeededRandom, place: Place, themeKey?: string): DemoProject {
  const theme = themeKey ? THEMES.find((t) => t.key === themeKey)! : rng.weighted(THEMES.map((t) => [t, t.weight] as const));
  const made = theme.make(rng, place);
  const [lo, hi] = theme.wan;
  // Budgets as buyers write them: whole 万 for large sums, 百 of yuan for small ones.
  const wan = lo + rng.next() * (hi - lo);
  const budgetYuan = wan >= 500 ? Math.round(wan) * 10_000 : Math.round(wan * 100) * 100;
  return { theme: theme.key, place, kind: theme.kind, winnerKinds: theme.winnerKinds, budgetYuan, ...made };
}
