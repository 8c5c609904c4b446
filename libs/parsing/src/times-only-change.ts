import { cutItemChangesOther } from './cut-change-item';

// A change notice is titled by what a portal calls every change (更正公告, 变更公告, 补充公告) or by the
// document it amends (澄清), whatever it changes. A member following 延期 wants the ones that only move
// the bid deadline or the opening: their stage is the extension. One that changes anything else as well
// (a spec, the price cap, a qualification) keeps the stage its title names, the new deadline being a
// consequence of that change; so does one that answers questions (a 答疑 is a clarification even when
// it also moves the deadline).

// Verbs that only ever move a time: 顺延, 推迟, 延期 …
const MOVES_A_TIME = /延期|推迟|顺延|延长|延至|改期|推后|延后/u;
// Verbs that set any field to a new value ("…更正为…", "删除…", "以图纸为准"); a clause ending on one
// ("参数修改") says that field changed.
const SETS_A_VALUE =
  /(?:更正|变更|调整|修改|修订|修正|更改|澄清|补充)(?:为|至)|(?<![应须])改(?:为|至)|应为|删除|取消|增加|补充说明|以[^，,。；;\n]{1,20}?为准|(?:更正|变更|调整|修改|修订|修正|更改)$/u;
// The field changed is a time of the procedure: the bid or response deadline, the opening, the
// document sale's cut-off (a sample's delivery time is a requirement, and the opening's room is a
// place: neither is a time of the procedure).
const TIME_FIELD = /截止|截標|截标|(?:开标|開標|开启|開啟|磋商|谈判)[^，,。；;\n]{0,4}?(?:时间|日期|時間)/u;
// "变更内容：时间调整" names the procedure's times as a whole as what changed (the rows below say which).
const TIMES_ALONE = /^(?:招标|采购|投标|项目)?(?:时间|日程|时间安排)$/u;
// …or the new value is a day ("现更正为：2027年11月17日9时00分", "变更为2030-07-15").
const NEW_VALUE_IS_A_DAY = /(?:为|至)[:：\s“"]*(?:\d{4}\s*[年\-/.]|\d{2,3}\s*[年/]\s*\d{1,2}|\d{1,2}\s*月)/u;
// A reason ("因招标文件修改，…", "鉴于采购需求调整", "延期原因：招标文件需修改") names no change of its own.
const REASON = /^(?:因|由于|鉴于|根据|经|为)/u;
const REASON_LABEL = /^[^：:，,。\n]{0,8}(?:原因|理由)[:：]/u;
// A field's label before its value ("更正内容：", "2．") is not part of the clause.
const LEADING_LABEL =
  /^(?:[\d一二三四五六七八九十]{1,2}\s*[.．、)）]\s*|[(（][\d一二三四五六七八九十]{1,2}[)）]\s*)?(?:[^：:，,。\n]{1,12}[:：])?\s*/u;
// A field labelled as a time's new value: "变更后投标截止时间：", "延期后开标时间：".
const NEW_TIME_FIELD =
  /^(?:[\d一二三四五六七八九十]{1,2}\s*[.．、)）]\s*)?(?:变更|更正|调整|修改|延期|顺延|推迟)后(?:的)?[^：:，,。\n]{0,8}?(?:截止|截标|开标)[^：:，,。\n]{0,4}[:：]\s*\d/u;
// Questions and answers: a 答疑 of any kind.
const QUESTION_OR_ANSWER =
  /(?:^|\n)\s*(?:[\d一二三四五六七八九十]{1,2}\s*[.．、]\s*)?(?:问题?|答复?|提问|解答)\s*[\d一二三四五六七八九十]{0,3}\s*[:：]/u;

/** True when every change a notice states is a new bid deadline or opening time, and it states one. */
export function movesOnlyTimes(bodyText: string): boolean {
  if (QUESTION_OR_ANSWER.test(bodyText)) return false;
  let moved = false;
  for (const line of bodyText.split('\n')) {
    const row = tableRowChange(line);
    if (row === 'other') return false;
    if (row === 'time') {
      moved = true;
      continue;
    }
    // "变更后投标截止时间：A" under "原投标截止时间：B": the new value of a time field, given as a field.
    if (NEW_TIME_FIELD.test(line.trim())) {
      moved = true;
      continue;
    }
    for (const raw of line.split(/[。；;，,]/u)) {
      const clause = withoutLabel(raw.trim());
      if (!clause || REASON.test(clause) || REASON_LABEL.test(raw.trim())) continue;
      if (cutItemChangesOther(raw.trim(), TIME_FIELD)) return false;
      if (MOVES_A_TIME.test(clause)) moved = true;
      else if (!SETS_A_VALUE.test(clause)) continue;
      else if (TIME_FIELD.test(fieldOf(clause)) || TIMES_ALONE.test(fieldOf(clause)) || NEW_VALUE_IS_A_DAY.test(clause)) moved = true;
      else return false;
    }
  }
  return moved;
}

// The field is named before the verb ("投标截止时间更正为…"); a new value may name a time too ("样品递交
// 时间由开标当日改为开标前一日": a sample's, not the procedure's).
function fieldOf(clause: string): string {
  const at = clause.search(SETS_A_VALUE);
  const before = at > 0 ? clause.slice(0, at) : clause;
  return before.split(/由|从/u)[0];
}

// "更正内容：…" loses its label; "现更正为：2027年…" keeps it, for its label is the change.
function withoutLabel(clause: string): string {
  const label = LEADING_LABEL.exec(clause)?.[0] ?? '';
  return MOVES_A_TIME.test(label) || SETS_A_VALUE.test(label.replace(/[:：\s]+$/u, '')) ? clause : clause.slice(label.length).trim();
}

// A row of a before/after table ("采购预算 | 1,580,000.00元 | 1,650,000.00元") changes the field it
// names; a header row ("更正项 | 更正前 | 更正后") changes nothing.
function tableRowChange(line: string): 'time' | 'other' | null {
  const cells = line
    .split(/[|｜]/u)
    .map((c) => c.trim())
    .filter(Boolean);
  if (cells.length < 3) return null;
  if (cells.some((c) => /(?:更正|变更|修改|调整)(?:前|后)|原内容|序号|事项|更正项/u.test(c))) return null;
  const [field = '', ...values] = cells.filter((c) => !/^\d+$/u.test(c));
  return TIME_FIELD.test(field) || values.every((v) => TIME_FIELD.test(v)) ? 'time' : 'other';
}
