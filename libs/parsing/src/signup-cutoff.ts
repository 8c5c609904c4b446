import { joinSplitDates, scanDates, type DateHit } from './date-scan';
import { selectsIntermediary } from './intermediary-selection';
import { callsForServiceTakers } from './social-service-purchase';

// A body letting premises, land or a collective's assets (招租, 出租, 竞租, a 经营权 or 承包经营 let by
// 发包 or 流转) takes no bids by a cut-off: whoever would take it on registers (报名) in time and then
// bids at the 竞价. So does a call to join a framework list (入围征集). The close of registration is
// then the last day a member can still join in, and so the notice's deadline.
// A 中介服务超市 (or 服务工程超市) picks an appraiser, auditor or cost consultant among the firms that
// registered for the job, by lot or by a quick 竞价 held later: its 报名截止 is the last day to take part.
// So does a notice that chooses its firm that way (选取方式, 竞价选取 …) without naming the 超市
// (intermediary-selection.ts). So does a call for 承接主体 of a 政府购买服务 (social-service-purchase.ts).
// A hospital or unit choosing its suppliers by 遴选 (院内遴选 of a 配送企业, say) often takes names only:
// those who registered are met later, so with no other cut-off stated its 报名截止 is the last day too.
// A village or its collective letting small works (村民委员会, 村股份经济合作社 as 发包人 or 比选人, a 村级
// 小额工程) takes contractors who register by phone or at the township's office, and compares them later
// ("比选时间另行通知"): with no cut-off for bids stated, the close of registration is the last day to take part.
const SIGNUP_ONLY =
  /招租|出租|竞租|承租|租金|租赁期限|承包费|经营权[^\n。；;]{0,8}?(?:发包|流转|承包|出让)|(?:发包|流转)[^\n。；;]{0,4}?经营权|入围征集|征集入围|(?:中介|服务|工程)(?:服务)?超市|遴选|村民委员会|村委会|(?:股份)?经济(?:合作社|联合社|合作联合社)|村级(?:小额)?(?:工程|项目)/u;
// "报名截止时间：B", "报名时间：A至B止", "报名期限：自A起至B", "报名时间及方式：自公告之日起至B止".
const SIGNUP_LABEL = /报名(截止)?(?:时间|日期|期限)?(?:及(?:方式|地点|要求))?[ \t]*[:：]?[ \t]*(?:为[ \t]*)?(?:自|从)?[ \t]*/gu;
// "请于B前携营业执照…到某服务站报名": the date the sentence asks registrations by, 报名 closing its clause.
const REGISTER_BEFORE = /[于在][ \t]*$/u;
const BEFORE_REGISTERING = /^[ \t]*(?:之|以)?前[^\n。；;]{0,60}?报名/u;
const LABEL_REACH = 2;
const WINDOW_TO = /^[ \t]*(?:起)?[ \t]*(?:至|到|~|—|－|-)[ \t]*$/u;
const FROM_TODAY = /^(?:即日|(?:本)?公告(?:发布)?之日|发布之日)起?[ \t]*(?:至|到)[ \t]*/u;

/**
 * The close of registration in a notice whose way in is registration (a letting, an 入围征集), or
 * null: elsewhere a 报名截止 is one cut-off among others, and the bid deadline is the one that counts.
 */
export function signupCutoff(text: string): Date | null {
  if (!SIGNUP_ONLY.test(text) && !selectsIntermediary(text) && !callsForServiceTakers(text)) return null;
  const joined = joinSplitDates(text);
  const hits = scanDates(joined);
  for (const m of joined.matchAll(SIGNUP_LABEL)) {
    const at = m.index + m[0].length;
    const today = FROM_TODAY.exec(joined.slice(at, at + 16));
    const start = at + (today?.[0].length ?? 0);
    const i = hits.findIndex((h) => h.index >= start && h.index <= start + LABEL_REACH);
    if (i < 0) continue;
    const closing = m[1] || today ? hits[i] : windowEnd(joined, hits, i);
    if (closing) return closing.date;
  }
  const before = hits.find(
    (h) =>
      REGISTER_BEFORE.test(joined.slice(Math.max(0, h.index - 4), h.index)) && BEFORE_REGISTERING.test(joined.slice(h.end, h.end + 70)),
  );
  return before?.date ?? null;
}

/** The end of a window "A至B" opening at hits[i], or undefined when no second date closes it. */
function windowEnd(text: string, hits: DateHit[], i: number): DateHit | undefined {
  const to = hits[i + 1];
  return to && WINDOW_TO.test(text.slice(hits[i].end, to.index)) ? to : undefined;
}
