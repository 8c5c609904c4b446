// A public body may note the office of its own that handles the purchase in brackets after its name:
// "國立某大學（總務處保管組）", "某医院(设备科)", "某局(办公室)". The body buys; its 处, 科, 组, 室, 课 or 股
// is no part of its name. Only after a public body's suffix: a firm's bracket (某公司(普通合伙)) stays.
const OFFICE_NOTE = /(?<=(?:大学|学院|学校|医院|局|政府|公所|委员会|署|馆))\(\p{Script=Han}{1,10}(?:处|科|组|室|课|股)\)$/u;

/** The name without a trailing note naming one of its own offices. */
export function dropOfficeNote(name: string): string {
  return name.replace(OFFICE_NOTE, '');
}
