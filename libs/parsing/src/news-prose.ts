// Press reports (建设快讯, 集中开工, a paper's rewrite of a tender result) are written as prose:
// they open with the day of the event or a newsroom byline, where a formal notice opens with its
// title, a number or "受…委托". Formal notices never carry a byline.
const BYLINE =
  /本报讯|本报记者|记者[\p{Script=Han}\s]{1,6}(?:报道|摄|通讯员)|通讯员|新华社|(?:日报|晚报|新闻网|电视台)讯|来源[:：]\s*[^\n]{0,12}(?:日报|晚报|时报|商报|新闻|电视台|融媒|新华网|人民网)/u;
// An institution's own news of a meeting it held: "评标会议由某副部长主持".
const MEETING_REPORT = /(?:会议|谈判会|评标会|评审会|开标会|仪式)由[^\n，,。]{1,14}主持/u;
const NEWS_OPENING =
  /^(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|凌晨)?[,，]|\d{1,2}月\d{1,2}日至\d{1,2}日|日前[,，]|近日[,，]|近期[,，]|今年以来|连日来|记者从)/u;
// Page chrome and short header lines (字号, 分享, a date with its source) come before the prose.
const PROSE_LINE = /^[^\n]{30,}$/u;
const SCAN_CHARS = 600;

/** True when the text reads as a press report rather than a formal notice. */
export function readsAsNews(title: string, body: string): boolean {
  const head = body.slice(0, SCAN_CHARS);
  if (carriesByline(title, body) || MEETING_REPORT.test(head)) return true;
  const firstProse = head
    .split('\n')
    .map((l) => l.trim())
    .find((l) => PROSE_LINE.test(l) && l !== title);
  return firstProse !== undefined && NEWS_OPENING.test(firstProse);
}

/** True when the text carries a newsroom's byline (本报讯, 记者…报道, 通讯员), which no formal notice does. */
export function carriesByline(title: string, body: string): boolean {
  return BYLINE.test(body.slice(0, SCAN_CHARS)) || BYLINE.test(title);
}
