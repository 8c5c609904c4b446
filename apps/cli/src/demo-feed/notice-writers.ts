import { capitalYuan, chineseDate, chineseDateTime, groupedYuan, trimNumber, wanYuan, yiYuan } from './chinese-text';
import type { DemoProject } from './demo-themes';
import { ROADS, agencyName, companyName, personName, phone, shortCity } from './demo-vocabulary';
import type { SeededRandom } from './seeded-random';

export type NoticeKind = 'tender' | 'award' | 'change' | 'intent' | 'proposed' | 'news' | 'other';

/** A notice as written: title and body, and what a structured portal would also give as fields. */
export interface WrittenNotice {
  title: string;
  body: string;
  /** The budget a reader should find, in yuan (null: the notice states none). */
  budgetYuan: number | null;
  deadline?: Date;
}

/** What every notice of one procurement shares. */
export interface ProcurementFacts {
  project: DemoProject;
  code: string;
  agency: string;
  method: '公开招标' | '竞争性磋商' | '询价' | '竞争性谈判' | '比选';
}

export function procurementFacts(rng: SeededRandom, project: DemoProject, year: number): ProcurementFacts {
  const { place, kind } = project;
  const n = (digits: number) => String(rng.int(1, 10 ** digits - 1)).padStart(digits, '0');
  const code = rng.pick([
    `${place.short}财采购-${year}-${n(4)}`,
    `${shortCity(place.city)}公资采购${year}-${n(3)}`,
    `ZFCG-${year}-${n(5)}`,
    `${kind === 'works' ? 'JSGC' : 'ZC'}${year}${n(4)}`,
    `${place.short}${kind === 'works' ? '建' : '政采'}招-${year}-${n(3)}号`,
  ]);
  const method: ProcurementFacts['method'] =
    kind === 'works'
      ? rng.weighted([
          ['公开招标', 8],
          ['比选', 1],
        ] as const)
      : rng.weighted([
          ['公开招标', 4],
          ['竞争性磋商', 3],
          ['询价', 1],
          ['竞争性谈判', 1],
        ] as const);
  return { project, code, agency: agencyName(rng, place), method };
}

function tenderTitle(f: ProcurementFacts): string {
  const { name, kind } = f.project;
  switch (f.method) {
    case '公开招标':
      return kind === 'works' && /工程$/.test(name) ? `${name}施工招标公告` : `${name}${kind === 'works' ? '招标公告' : '公开招标公告'}`;
    case '竞争性磋商':
      return `${name}竞争性磋商公告`;
    case '询价':
      return `${name}询价公告`;
    case '竞争性谈判':
      return `${name}竞争性谈判公告`;
    case '比选':
      return `${name}比选公告`;
  }
}

/** 预算金额 in one of the ways notices write it. */
function budgetLine(rng: SeededRandom, yuan: number, works: boolean): string {
  const label = works ? rng.pick(['招标控制价', '最高投标限价', '预算金额']) : rng.pick(['预算金额', '采购预算']);
  return rng.weighted([
    [`${label}：${groupedYuan(yuan)}`, 4],
    [`${label}：${wanYuan(yuan)}`, 4],
    [`${label}：${capitalYuan(yuan)}（¥${groupedYuan(yuan).replace('元', '')}）`, 2],
    [`${label}（万元）：${trimNumber(yuan / 10_000, 2)}`, 2],
  ] as const);
}

function contacts(rng: SeededRandom, f: ProcurementFacts, masked: boolean): string {
  const { place, buyer } = f.project;
  const tel = () => (masked ? '(略)' : phone(rng));
  const agencyCity = rng.chance(0.3) ? rng.pick(['郑州市', '南京市', '成都市', '武汉市', '西安市']) : place.city;
  return [
    '1.采购人信息',
    `名称：${buyer}`,
    `地址：${place.city}${place.district}${rng.pick(ROADS)}${rng.int(1, 399)}号`,
    `联系人：${masked ? '(略)' : personName(rng)}  联系方式：${tel()}`,
    '2.采购代理机构信息',
    `名称：${f.agency}`,
    `地址：${agencyCity}${rng.pick(ROADS)}${rng.int(1, 399)}号${rng.int(3, 28)}楼`,
    `联系人：${masked ? '(略)' : personName(rng)}  联系方式：${tel()}`,
  ].join('\n');
}

export function writeTender(rng: SeededRandom, f: ProcurementFacts, published: Date, deadline: Date, masked = false): WrittenNotice {
  const { project } = f;
  const { place } = project;
  const works = project.kind === 'works';
  const platform = rng.pick([
    `${place.province}公共资源交易平台`,
    `${place.city}公共资源交易中心网站`,
    `全国公共资源交易平台（${place.province}）`,
  ]);
  const bidder = works ? '投标人' : '供应商';
  const body = [
    '项目概况',
    `${project.name}的潜在${bidder}应在${platform}获取${works ? '招标' : '采购'}文件，并于${chineseDateTime(deadline)}（北京时间）前递交${works ? '投标' : '响应'}文件。`,
    '一、项目基本情况',
    `项目编号：${f.code}`,
    `项目名称：${project.name}`,
    `采购方式：${f.method}`,
    budgetLine(rng, project.budgetYuan, works),
    `${works ? '招标范围' : '采购需求'}：${project.need}。`,
    `${works ? '计划工期' : '合同履行期限'}：${works ? rng.int(90, 720) + '日历天' : '合同签订后' + rng.int(15, 90) + '日内'}`,
    `本项目${rng.chance(0.7) ? '不' : ''}接受联合体投标。`,
    `二、${bidder}的资格要求`,
    '1.满足《中华人民共和国政府采购法》第二十二条规定；',
    works
      ? `2.具备${rng.pick(['市政公用工程施工总承包', '建筑工程施工总承包', '水利水电工程施工总承包'])}${rng.pick(['二级', '三级'])}及以上资质，并具有有效的安全生产许可证；`
      : '2.落实政府采购政策需满足的资格要求：本项目专门面向中小企业采购；',
    '3.未被列入“信用中国”网站失信被执行人、重大税收违法失信主体名单。',
    `三、获取${works ? '招标' : '采购'}文件`,
    `时间：${chineseDate(published)}至${chineseDate(new Date(published.getTime() + 5 * 86400_000))}，每天上午09:00至12:00，下午14:30至17:30（北京时间，法定节假日除外）`,
    `地点：${platform}`,
    `四、提交${works ? '投标' : '响应'}文件截止时间、开标时间和地点`,
    `${chineseDateTime(deadline)}（北京时间）`,
    `地点：${place.city}公共资源交易中心第${rng.int(1, 9)}开标室`,
    '五、公告期限',
    '自本公告发布之日起5个工作日。',
    '六、对本次招标提出询问，请按以下方式联系',
    contacts(rng, f, masked),
  ].join('\n');
  return { title: tenderTitle(f), body, budgetYuan: project.budgetYuan, deadline };
}

export function writeAward(
  rng: SeededRandom,
  f: ProcurementFacts,
  tenderPublished: Date,
  masked = false,
): WrittenNotice & { winner: string; awardYuan: number } {
  const { project } = f;
  const winner = companyName(rng, project.place, project.winnerKinds);
  const awardYuan = Math.round((project.budgetYuan * (0.82 + rng.next() * 0.16)) / 100) * 100;
  const candidates = project.kind === 'works' && rng.chance(0.5);
  const deal = f.method === '公开招标' || f.method === '比选' ? '中标' : '成交';
  const title = candidates ? `${project.name}中标候选人公示` : `${project.name}${deal}结果公告`;
  const amount = rng.weighted([
    [groupedYuan(awardYuan), 3],
    [wanYuan(awardYuan), 3],
    [`${capitalYuan(awardYuan)}（小写：¥${groupedYuan(awardYuan).replace('元', '')}）`, 2],
  ] as const);
  const lines = candidates
    ? [
        `项目编号：${f.code}`,
        `项目名称：${project.name}`,
        '一、中标候选人',
        `第一中标候选人：${winner}`,
        `投标报价：${amount}`,
        `项目负责人：${personName(rng)}（注册证书编号：${f.project.place.short}${rng.int(100000000, 999999999)}）`,
        `第二中标候选人：${companyName(rng, project.place, project.winnerKinds)}`,
        `投标报价：${groupedYuan(Math.round(awardYuan * 1.03))}`,
        `第三中标候选人：${companyName(rng, project.place, project.winnerKinds)}`,
        `投标报价：${groupedYuan(Math.round(awardYuan * 1.05))}`,
        `二、公示期：${rng.pick([3, 5])}日，自本公示发布之日起计算。`,
        '投标人或者其他利害关系人对评标结果有异议的，应当在公示期间向招标人提出。',
      ]
    : [
        `一、项目编号：${f.code}`,
        `二、项目名称：${project.name}`,
        `三、${deal}信息`,
        `供应商名称：${winner}`,
        `供应商地址：${project.place.city}${rng.pick(ROADS)}${rng.int(1, 399)}号`,
        `${deal}金额：${amount}`,
        '四、主要标的信息',
        `${project.need}。`,
        `五、评审专家名单：${Array.from({ length: 5 }, () => personName(rng).replace('工', '某某')).join('、')}`,
        `六、公告期限：自本公告发布之日起1个工作日。`,
        `七、其他补充事宜：原公告发布日期为${chineseDate(tenderPublished)}。`,
      ];
  lines.push('八、联系方式', contacts(rng, f, masked));
  // An award notice states what was won, not a budget: the reader must find none.
  return { title, body: lines.join('\n'), budgetYuan: null, winner, awardYuan };
}

export function writeChange(
  rng: SeededRandom,
  f: ProcurementFacts,
  tenderPublished: Date,
  oldDeadline: Date,
  newDeadline: Date,
): WrittenNotice {
  const { project } = f;
  const moved = newDeadline.getTime() !== oldDeadline.getTime();
  const title = rng.pick([
    `${project.name}更正公告`,
    `${project.name}变更公告（第1次）`,
    moved ? `${project.name}澄清及延期公告` : `${project.name}澄清公告`,
  ]);
  const changes = [
    moved
      ? `1.${project.kind === 'works' ? '投标' : '响应'}文件递交截止时间及开标时间由${chineseDateTime(oldDeadline)}变更为${chineseDateTime(newDeadline)}；`
      : null,
    `${moved ? 2 : 1}.${rng.pick(['采购需求第3.2条技术参数调整为：', '工程量清单第5项修正为：', '资格要求第2条补充为：'])}${rng.pick(['详见更正后的招标文件', '以本更正公告附件为准', '其他内容不变'])}。`,
  ].filter(Boolean);
  const body = [
    '一、项目基本情况',
    `原公告的项目编号：${f.code}`,
    `原公告的项目名称：${project.name}`,
    `首次公告日期：${chineseDate(tenderPublished)}`,
    '二、更正信息',
    `更正事项：${moved ? '采购公告、采购文件' : '采购文件'}`,
    '更正内容：',
    ...changes,
    '三、其他补充事宜',
    '除上述更正内容外，原公告其他内容不变。各潜在投标人请自行下载更正后的文件。',
    '四、联系方式',
    `采购人：${project.buyer}`,
    `采购代理机构：${f.agency}  联系方式：${phone(rng)}`,
  ].join('\n');
  return { title, body, budgetYuan: null, deadline: newDeadline };
}

export function writeIntent(rng: SeededRandom, f: ProcurementFacts, published: Date, year: number): WrittenNotice {
  const { project } = f;
  const month = rng.int(1, 6);
  const title = rng.chance(0.5) ? `${project.buyer}${year}年${month}月至${month + 2}月政府采购意向` : `${project.name}采购意向公开`;
  const body = [
    `为便于供应商及时了解政府采购信息，根据政府采购意向公开的有关规定，现将${project.buyer}${year}年${month}月至${month + 2}月采购意向公开如下：`,
    '序号：1',
    `采购项目名称：${project.name}`,
    `采购需求概况：${project.need}`,
    `预算金额（万元）：${trimNumber(project.budgetYuan / 10_000, 2)}`,
    `预计采购时间：${year}年${month}月`,
    '备注：无',
    '本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。',
    `${project.buyer}`,
    chineseDate(published),
  ].join('\n');
  return { title, body, budgetYuan: project.budgetYuan };
}

/** 拟建: approval, filing or environmental notice; the budget is the project's total investment. */
export function writeProposed(rng: SeededRandom, f: ProcurementFacts, published: Date, investmentYuan: number): WrittenNotice {
  const { project } = f;
  const { place } = project;
  const invest = investmentYuan >= 100_000_000 ? yiYuan(investmentYuan) : wanYuan(investmentYuan);
  const projectId = `${published.getUTCFullYear() % 100}${String(rng.int(1, 12)).padStart(2, '0')}-${place.provinceCode.slice(0, 2)}${String(rng.int(1, 99)).padStart(4, '0')}-04-01-${rng.int(100000, 999999)}`;
  const form = rng.pick(['approval', 'eia', 'filing'] as const);
  if (form === 'eia') {
    return {
      title: `${project.name}环境影响评价第一次信息公示`,
      body: [
        '一、建设项目概况',
        `项目名称：${project.name}`,
        `建设单位：${project.buyer}`,
        `建设地点：${place.city}${place.district}`,
        `建设内容及规模：${project.scale}。`,
        `项目总投资：${invest}，其中环保投资${trimNumber((investmentYuan * 0.03) / 10_000, 1)}万元。`,
        '二、征求意见的公众范围：项目周边居民、单位及其他关心本项目的公众。',
        `三、公众意见提交方式：自公示之日起10个工作日内，可通过电话${phone(rng)}或信函向建设单位反映。`,
      ].join('\n'),
      budgetYuan: investmentYuan,
    };
  }
  const approving = `${place.city === place.province ? place.province : place.city}发展和改革委员会`;
  return {
    title: form === 'approval' ? `关于${project.name}可行性研究报告的批复` : `${project.name}项目备案信息公示`,
    body: [
      form === 'approval' ? `${project.buyer}：` : `备案机关：${approving}`,
      form === 'approval' ? `你单位报送的关于审批${project.name}可行性研究报告的请示收悉。经研究，现批复如下：` : '项目基本信息如下：',
      `一、项目代码：${projectId}`,
      `二、建设地点：${place.city}${place.district}${rng.pick(ROADS)}以东、${rng.pick(ROADS)}以南。`,
      `三、建设内容及规模：${project.scale}。`,
      `四、项目总投资及资金来源：项目总投资${invest}，资金来源为${rng.pick(['财政资金', '地方政府专项债券及自筹资金', '企业自筹'])}。`,
      `五、建设工期：${rng.int(12, 36)}个月。`,
      form === 'approval' ? '请据此开展初步设计等前期工作，严格执行招标投标有关规定。' : `项目单位：${project.buyer}`,
      approving,
      chineseDate(published),
    ].join('\n'),
    budgetYuan: investmentYuan,
  };
}

export function writeNews(rng: SeededRandom, f: ProcurementFacts, published: Date, investmentYuan: number): WrittenNotice {
  const { project } = f;
  const { place } = project;
  const invest = investmentYuan >= 100_000_000 ? yiYuan(investmentYuan) : wanYuan(investmentYuan);
  const event = rng.pick(['正式开工', '主体结构顺利封顶', '进入全面施工阶段', '完成年度投资计划']);
  return {
    title:
      rng.chance(0.5) && !project.name.startsWith(shortCity(place.city))
        ? `${shortCity(place.city)}${project.name}${event}`
        : `建设快讯｜${project.name}${event}`,
    body: [
      `${chineseDate(published)}，记者从${project.buyer}获悉，${project.name}${event}。`,
      `该项目位于${place.city}${place.district}，总投资约${invest}，主要建设内容包括${project.scale}。`,
      `项目建成后，将进一步完善${shortCity(place.city)}城市功能，改善周边群众生产生活条件。`,
      `据了解，项目计划于${published.getUTCFullYear() + rng.int(1, 2)}年底建成投用，目前现场${rng.int(120, 800)}余名工人正加紧施工。`,
    ].join('\n'),
    budgetYuan: investmentYuan,
  };
}

/** 开标记录, 终止, 废标, 合同 or 控制价: notices of the procedure that are not the notice of it. */
export function writeOther(
  rng: SeededRandom,
  f: ProcurementFacts,
  published: Date,
  form?: 'opening' | 'terminated' | 'failed' | 'contract' | 'ceiling',
): WrittenNotice {
  const { project } = f;
  const which = form ?? rng.pick(['opening', 'terminated', 'failed', 'contract', 'ceiling'] as const);
  const bidders = () =>
    Array.from(
      { length: rng.int(3, 6) },
      (_, i) =>
        `${i + 1}  ${companyName(rng, project.place, project.winnerKinds)}  投标报价：${groupedYuan(Math.round((project.budgetYuan * (0.85 + rng.next() * 0.14)) / 100) * 100)}`,
    );
  switch (which) {
    case 'opening':
      return {
        title: `${project.name}开标记录`,
        body: [
          `项目编号：${f.code}`,
          `开标时间：${chineseDateTime(published)}`,
          '序号  投标人名称  投标报价',
          ...bidders(),
          `招标人：${project.buyer}`,
          `招标代理机构：${f.agency}`,
        ].join('\n'),
        budgetYuan: null,
      };
    case 'terminated':
      return {
        title: `${project.name}终止公告`,
        body: [
          `项目编号：${f.code}`,
          `项目名称：${project.name}`,
          `终止原因：因采购需求发生变化，经${project.buyer}研究决定终止本项目采购活动。`,
          `采购人：${project.buyer}`,
          `采购代理机构：${f.agency}`,
        ].join('\n'),
        budgetYuan: null,
      };
    case 'failed':
      return {
        title: `${project.name}废标公告`,
        body: [
          `项目编号：${f.code}`,
          `项目名称：${project.name}`,
          '废标原因：提交投标文件截止时间后参加投标的供应商不足三家，根据有关规定，本项目作废标处理。',
          `采购人：${project.buyer}`,
          `采购代理机构：${f.agency}`,
        ].join('\n'),
        budgetYuan: null,
      };
    case 'contract': {
      const yuan = Math.round((project.budgetYuan * 0.93) / 100) * 100;
      return {
        title: `${project.name}合同公告`,
        body: [
          `合同编号：${f.code}-HT`,
          `合同名称：${project.name}合同`,
          `采购人（甲方）：${project.buyer}`,
          `供应商（乙方）：${companyName(rng, project.place, project.winnerKinds)}`,
          `合同金额：${capitalYuan(yuan)}`,
          `合同签订日期：${chineseDate(published)}`,
        ].join('\n'),
        budgetYuan: null,
      };
    }
    case 'ceiling':
      return {
        title: `${project.name}最高投标限价公示`,
        body: [
          `项目编号：${f.code}`,
          `招标人：${project.buyer}`,
          `最高投标限价：${groupedYuan(project.budgetYuan)}`,
          '投标人对最高投标限价有异议的，应在投标截止时间10日前向招标人书面提出。',
        ].join('\n'),
        budgetYuan: project.budgetYuan,
      };
  }
}
