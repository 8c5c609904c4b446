/**
 * 培训 names training work, but two standard phrasings use it for something else. Goods and
 * systems come with after-sales duties listed after them (含安装、调试及培训, 含配套软件及培训,
 * 全年运行维护、安全加固及用户培训): the supplier shows the buyer's staff how to use what it
 * delivers, which does not make a CT scanner a 培训 notice. And a credential asked of the bidder's
 * staff (持有效…培训证明, 培训合格证) is a qualification, not the work. Only the 培训 itself is
 * marked, so the goods or the O&M named before it keep their hits.
 */
// Duties that come with delivered goods or a system; 培训 joined to them is one more of them.
const AFTER_SALES = /(安装|调试|验收|运输|软件|维护|运维|保修|质保|维保|售后|加固|部署|升级)/;
// 培训 as the next item of that list (…调试及培训, 安装、培训) or run on to it (含安装培训).
const LIST_END = /((及|和|与|、|并)|安装|调试)$/;
// Whose training: 用户培训, 操作人员培训. Longest first.
const TRAINEES = ['操作人员', '使用人员', '技术人员', '用户', '人员', '操作', '技术', '使用'];
// Where the item list starts: a clause stop, a table cell, a label or bracket.
const LIST_STOPS = new Set([...'。；;！!？?，,|:()【】\t '].map((c) => c.charCodeAt(0)));
const LIST_MAX = 24;
// Staff credentials: 持有效…培训证明, 具有…培训合格证.
const HOLDS = /(持|持有|具有|具备|取得)/;
const CREDENTIAL = /^(合格)?(证明|证书|合格证)/;
const CLAUSE_STOPS = new Set([...'。；;！!？?，,'].map((c) => c.charCodeAt(0)));
const CLAUSE_MAX = 30;

function back(body: string, from: number, stops: Set<number>, max: number): number {
  let i = from;
  while (i > 0 && from - i < max && !stops.has(body.charCodeAt(i - 1))) i--;
  return i;
}

/** The span of body to treat as boilerplate for 培训 at `at`, or null when it may be the work. */
export function trainingClauseSpan(body: string, at: number, word: string): [number, number] | null {
  const end = at + word.length;
  const credential = CREDENTIAL.exec(body.slice(end, end + 5));
  if (credential !== null) {
    const from = back(body, at, CLAUSE_STOPS, CLAUSE_MAX);
    if (HOLDS.test(body.slice(from, at))) return [from, end + credential[0].length];
  }
  const who = TRAINEES.find((w) => body.startsWith(w, at - w.length)) ?? '';
  const lead = at - who.length;
  const list = body.slice(back(body, lead, LIST_STOPS, LIST_MAX), lead);
  return AFTER_SALES.test(list) && LIST_END.test(list) ? [lead, end] : null;
}
