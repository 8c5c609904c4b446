import { resolveRegion } from '@app/regions';

// A university's or a hospital's purchasing office publishes for one of its own 学院, 系 or 科室 and
// names that department its 使用单位 or 需求单位 ("使用单位：机电工程学院", "需求单位：检验科"), with no
// 采购人 field: the department buys under its institution's name and budget. A department named
// without a place, in a notice whose title opens with a 大学, 学院, 学校 or 医院, is part of that
// institution, and the institution is the buyer. A unit with its place (某县人民医院) is a body of its own.
const DEPARTMENT = /^\p{Script=Han}{2,12}?(?:学院|系|科|处|部|室|中心|研究所|研究院|实验室|教研室)$/u;
const INSTITUTION = /(?:大学|学院|学校|医院|中学|小学)$/u;

/** The institution a bare department belongs to, when the title opens with it; else null. */
export function institutionOfDepartment(department: string, titleInstitution: string | null): string | null {
  if (!titleInstitution || titleInstitution === department) return null;
  if (!DEPARTMENT.test(department) || !INSTITUTION.test(titleInstitution)) return null;
  if (titleInstitution.includes(department) || department.includes(titleInstitution)) return null;
  if (resolveRegion({ regionText: department })) return null;
  return titleInstitution;
}
