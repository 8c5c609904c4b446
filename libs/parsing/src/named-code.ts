// Some notices carry no number label at all but write the number in a bracket closing the project's
// name field: "项目名称：某景区提升改造工程（BJWL-2031-008）". Brackets after a name hold many things
// (一标段, 二次, EPC, 2031年), so only a code's shape counts: it starts with a Latin letter, is made of
// letter-and-digit groups joined by hyphens or underscores, holds a run of at least three digits and
// is at least eight characters long.

// A contract notice names the procurement the contract closes as 所属采购项目 (所属项目), a name field too.
const NAME_FIELD = /(?:(?:采购|招标)?(?:项目|工程|标段)名称|所属(?:采购|招标)?项目(?:名称)?)[ \t]*[:：][ \t]*([^\n]+)/gu;
const BRACKETED_CODE = /[(（]([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+)[)）][ \t]*$/u;
const MIN_CODE_CHARS = 8;
const MAX_CODE_CHARS = 40;

/** The code in a bracket closing the first name field that has one, or null. */
export function codeAfterProjectName(text: string): string | null {
  for (const m of text.matchAll(NAME_FIELD)) {
    const code = BRACKETED_CODE.exec(m[1])?.[1];
    if (code && code.length >= MIN_CODE_CHARS && code.length <= MAX_CODE_CHARS && /\d{3}/u.test(code)) return code;
  }
  return null;
}
