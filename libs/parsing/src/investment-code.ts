// The national investment project code (投资项目统一代码) has one fixed shape: the year (or year and month),
// the six-digit place code, the two-digit industry, the two-digit kind and a six-digit serial, joined by
// hyphens (2029-350823-32-03-061275, 2703-360124-04-01-583920). Written anywhere, that shape is such a code.
const INVESTMENT_CODE = /(?<![\dA-Za-z-])\d{4}-\d{6}-\d{2}-\d{2}-\d{6}(?![\dA-Za-z-])/u;
// How far below its label a code is looked for: a header row and the row of values under it.
const SEARCH_CHARS = 400;

/**
 * The investment project code written after its label at `labelAt`, when the label's own value
 * could not be read: a table whose header row (项目代码 项目名称 …) is spaced, not barred, puts the code
 * at the start of the next row.
 */
export function investmentCodeAfter(text: string, labelAt: number): string | null {
  return INVESTMENT_CODE.exec(text.slice(labelAt, labelAt + SEARCH_CHARS))?.[0] ?? null;
}
