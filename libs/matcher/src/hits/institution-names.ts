/**
 * Schools and research institutes are named after a discipline (华北电力大学, 交通职业技术学院,
 * 建筑科学研究院), and so are their buildings (能源电力科研综合楼), so a keyword inside such a name
 * says who publishes or which building, not what the work is: the university's new curtain wall
 * is not an 电力 notice. A hit counts as part of such a name when the institution word follows it
 * directly or after one of the usual qualifiers, or a teaching/research building word follows it.
 */
const SCHOOLS = ['大学', '学院', '学校', '中学', '小学', '中专', '技校'];
const SCHOOL_QUALIFIERS = ['', '职业技术', '职业', '技术', '科技', '理工', '工业', '工程', '师范'];
// Not 设计院 or 工程设计研究院: a design institute named for a trade works in that trade.
const INSTITUTES = ['研究院', '研究所', '科学研究院', '科学研究所'];

const BUILDINGS = ['科研', '教学', '实训', '实验'].flatMap((use) => ['楼', '综合楼', '大楼'].map((b) => use + b));
// Up to two qualifiers: 软件工程职业学院, 交通职业技术学院.
const QUALIFIED = SCHOOL_QUALIFIERS.flatMap((a) => SCHOOL_QUALIFIERS.map((b) => (a === b ? a : a + b)));
// Eight characters at most: hit verdicts are cached by that much context after the hit.
const SUFFIXES = [...new Set([...QUALIFIED.flatMap((q) => SCHOOLS.map((w) => q + w)), ...INSTITUTES, ...BUILDINGS])].filter(
  (suffix) => suffix.length <= 8,
);
// A set lookup per suffix length: a thousand startsWith calls per hit would cost more than the segmenter.
const SUFFIX_SET = new Set(SUFFIXES);
const LENGTHS = [...new Set(SUFFIXES.map((suffix) => suffix.length))];

/** The longest suffix, in characters: what the caller's context must cover after the hit. */
export const INSTITUTION_SUFFIX_MAX = Math.max(...LENGTHS);

/** Whether text[end…] continues the hit into the name of a school or research institute. */
export function continuesIntoInstitutionName(text: string, end: number): boolean {
  for (const length of LENGTHS) if (SUFFIX_SET.has(text.slice(end, end + length))) return true;
  return false;
}
