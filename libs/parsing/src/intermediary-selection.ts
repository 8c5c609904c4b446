// An online 中介服务超市 picks its appraiser, surveyor, auditor or cost consultant by 选取 among the firms
// that registered for the job: by lot (随机抽取, 摇号选取), by a quick bid held later (竞价选取), on merit
// (择优选取) or by the buyer's own choice (直接选取). Such a notice names its way of choosing (选取方式)
// or calls itself a 选取公告 even where the page does not name the 超市, and what it takes by its cut-off
// is registrations, not bids.
const INTERMEDIARY_SELECTION = /选取方式|选取(?:公告|结果)|(?:随机|竞价|择优|直接|摇号)选取|中介(?:服务)?机构选(?:取|定|聘)/u;

/** Whether the text chooses an intermediary the way a 中介服务超市 does. */
export function selectsIntermediary(text: string): boolean {
  return INTERMEDIARY_SELECTION.test(text);
}
