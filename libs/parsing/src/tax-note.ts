// A result may state what was won both without and with tax, each under its own label:
// "成交总价(不含税)：113.8万元\n成交总价(含税)：128.6万元". The sum with tax is what the buyer pays
// and what results state when they give one figure, so it is the award; the one without tax is kept
// only when no label with tax follows. The note stands right after the label, in brackets or as the
// value's first words ("中标金额：不含税价 1,046,800.00元").
const WITHOUT_TAX = /^[ \t]*(?:\([^()\n]{0,6})?不含税/u;
const WITH_TAX = /^[ \t]*(?:\([^()\n]{0,6})?(?<!不)含税/u;
const NOTE_CHARS = 12;

/** Whether the label ending at `end` says its amount is without tax. */
export function labelExcludesTax(text: string, end: number): boolean {
  return WITHOUT_TAX.test(text.slice(end, end + NOTE_CHARS));
}

/** Whether the label ending at `end` says its amount includes tax. */
export function labelIncludesTax(text: string, end: number): boolean {
  return WITH_TAX.test(text.slice(end, end + NOTE_CHARS));
}
