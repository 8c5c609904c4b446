import { dropEnglishGlosses } from './english-gloss';
import { readEnglishLabels } from './english-labels';

// A label spaced out to fill the width of its cell: "中 标 人：", "第 一 中 标 候 选 人：", "质    量：",
// and in tenders "预 算 金 额：", "截  止  时  间：". Every character stands alone between spaces, at
// the start of a line (after a list number, if any) and right before the colon; closed up it is
// the label the readers know. Words in a sentence are never spaced one by one.
const SPACED_LABEL =
  /(^|\n)([ \t\u3000]*(?:(?:\(?[一二三四五六七八九十\d]{1,2}[、.)]|[①-⑳])[ \t\u3000]*)?)((?:\p{Script=Han}[ \t\u3000]+){1,11}\p{Script=Han})(?=[ \t\u3000]*[:：])/gu;

// A PDF may space out the value after such a label the same way: "中 标 人：甲 建 设 工 程 有 限 公 司".
// A value of four or more characters each standing alone, from the colon to the line's end, is one
// word spaced out; words of a sentence or cells of a row are never one character each.
const SPACED_VALUE = /([:：][ \t\u3000]*)((?:\p{Script=Han}[ \t\u3000]+){3,40}\p{Script=Han})(?=[ \t\u3000]*(?:\n|$))/gu;

// The heading over a party's 名称 and 地址 lines is spaced out the same way in a scanned notice
// ("1．采 购 人 信 息", "2．采 购 代 理 机 构 信 息") and has no colon: a whole line of single characters
// ending in 信息 that names a buyer, an agency or a supplier is closed up, so the lines below it are
// read as that party's. Other spaced lines without a colon (a spaced title, 中 标 公 示) stay as they are.
const SPACED_PARTY_HEADING =
  /(^|\n)([ \t\u3000]*(?:(?:\(?[一二三四五六七八九十\d]{1,2}[、.)]|[①-⑳])[ \t\u3000]*)?)((?:\p{Script=Han}[ \t\u3000]+){3,12}\p{Script=Han})(?=[ \t\u3000]*(?:\n|$))/gu;
const PARTY_HEADING = /^(?:采购|招标|代理|供应商|中标|成交|中选)\p{Script=Han}*信息$/u;

/**
 * The text with labels spaced out character by character closed up, and such values after them;
 * English glosses of labels are dropped too (english-gloss.ts), and English-only labels read in Chinese
 * (english-labels.ts).
 */
export function closeSpacedLabels(text: string): string {
  const closed = text
    .replace(SPACED_PARTY_HEADING, (whole, lineStart: string, indent: string, heading: string) => {
      const closed = heading.replace(/[ \t\u3000]+/gu, '');
      return PARTY_HEADING.test(closed) ? lineStart + indent + closed : whole;
    })
    .replace(
      SPACED_LABEL,
      (_m, lineStart: string, indent: string, label: string) => lineStart + indent + label.replace(/[ \t\u3000]+/gu, ''),
    )
    .replace(SPACED_VALUE, (_m, colon: string, value: string) => colon + value.replace(/[ \t\u3000]+/gu, ''));
  return readEnglishLabels(dropEnglishGlosses(closed));
}

// Reposts on social media dress labels and lines in pictographs ("✨成交供应商✨", "🏆 中标单位：", "1️⃣"):
// they carry no words, and left in place they stand between a label and the line its value starts on.
const PICTOGRAPH = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3}|\p{Emoji_Modifier}/gu;

/** The text without pictographs (emoji) and their joiners. */
export function dropPictographs(text: string): string {
  return text.replace(PICTOGRAPH, '');
}
