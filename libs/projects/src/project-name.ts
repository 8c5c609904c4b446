import { toMatchText } from '@app/text';
import { foldPartyName } from './party-name';

// Words that name the notice, not the project: they end a title, in any order and repeated
// (…采购公开招标采购公告更正公告).
const STAGE_SUFFIX = new RegExp(
  '(?:' +
    [
      '公告',
      '公示',
      '通知',
      '结果',
      '信息',
      '补遗',
      '文件',
      '招标',
      '采购',
      '公开招标',
      '邀请招标',
      '竞争性磋商',
      '竞争性谈判',
      '磋商',
      '谈判',
      '询价',
      '比选',
      '单一来源',
      '框架协议',
      '遴选',
      '中标',
      '成交',
      '中选',
      '候选人',
      '中标候选人',
      '评标',
      '结果公示',
      '开标记录',
      '开标',
      '合同',
      '更正',
      '变更',
      '澄清',
      '答疑',
      '延期',
      '补充',
      '修改',
      '终止',
      '废标',
      '流标',
      '失败',
      '暂停',
      '取消',
      '撤销',
      '资格预审',
      '预审',
      '需求',
      '意向',
      '调研',
      '市场调研',
      '计划',
      '预公告',
      '的',
      '项目标',
      '标',
      '、',
      ',',
      '-',
      '—',
      '_',
      ':',
      '\\|',
    ].join('|') +
    ')[一二三四五六七八九十\\d]{0,2}$',
  'u',
);
// A bracket at the end or inside that only repeats the notice kind, a re-tender marker or a code.
const NOTICE_BRACKET =
  /\((?:[^()]*(?:公告|公示|更正|变更|澄清|答疑|延期|招标|采购|终止|网|略)[^()]*|第?[一二三四五六七八九十\d]+次|重新招标|二次招标|再次招标|[a-z0-9\-_[\]]{6,}|项目编号[^()]*|编号[^()]*)\)/gu;
const RETENDER = /(?:第?[二三四五六七八九十\d]次|重新|二次|再次)(?:招标|采购|公告|挂网)?/gu;
const LEADING = /^(?:\([^()]*\)|关于|对)+/u;
// Crawler residue after the title (".BZBJ").
const TRAILING_JUNK = /\.[a-z]{2,8}$/u;

/**
 * The project's name as a comparable key: the title without its notice words (招标公告, 中标结果公告,
 * 更正公告 …), re-tender markers ((二次), 重新招标), codes in brackets, "关于…的", and the buyer's
 * own name where the title repeats it. Lots (一标段, 第2包) stay: they are separate projects.
 */
export function projectCore(title: string | null | undefined, buyer?: string | null): string {
  if (!title) return '';
  let s = toMatchText(title).replace(/\s+/g, '');
  s = s.replace(/[（【[]/gu, '(').replace(/[）】\]]/gu, ')');
  s = s.replace(LEADING, '').replace(TRAILING_JUNK, '');
  s = s.replace(NOTICE_BRACKET, '').replace(RETENDER, '');
  let before: string;
  do {
    before = s;
    s = s.replace(STAGE_SUFFIX, '');
  } while (s !== before && s.length > 0);
  // "关于某某项目的中标公告" leaves "某某项目的" before the suffix loop removed 的; a leading 关于 was cut.
  s = s.replace(/(项目|工程)?$/u, '');
  s = dropBuyer(s, buyer);
  return s.replace(/[()]/gu, (b, i: number, all: string) => (balanced(all) ? b : ''));
}

function dropBuyer(name: string, buyer: string | null | undefined): string {
  const folded = foldPartyName(buyer);
  if (!folded) return dropProvince(name);
  let s = dropProvince(name);
  // Titles often repeat the buyer (济南市第三人民医院济南市第三人民医院…).
  while (folded.length >= 4 && s.startsWith(folded) && s.length > folded.length + 3) s = s.slice(folded.length);
  return s;
}

function dropProvince(s: string): string {
  return s.replace(
    /^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)/u,
    '',
  );
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
