// A candidate's block may open with its rank alone on a line ("中标候选人第一名", "第一名") and give
// the name under a field of its own on the next line ("投标人：某公司", "单位名称：某公司", or the label
// cut short: "单位：某公司", "供应商：某公司"). That field's label is no part of the name.
const NAME_FIELD_BELOW =
  /^[ \t]*[:：]?[ \t]*\n[ \t]*(?:投标(?:人|单位)(?:名称)?|(?:单位|供应商|企业|公司)(?:名称)?|名称)[ \t]*(?:\([^()\n]{0,8}\))?[ \t]*[:：]/u;

/** Length of a name field's label on the line after a rank heading ending at `end`, else 0. */
export function nameFieldBelowRank(text: string, end: number): number {
  return NAME_FIELD_BELOW.exec(text.slice(end, end + 40))?.[0].length ?? 0;
}
