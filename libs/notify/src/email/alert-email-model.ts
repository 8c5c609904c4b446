/** One bulletin as shown in an alert. `hits` are the matched terms to highlight. */
export interface AlertBulletin {
  id: string;
  title: string;
  url: string | null;
  regionName: string | null;
  category: string;
  /** A stage code (@app/parsing BULLETIN_STAGES) or null. */
  stage?: string | null;
  publishedAt: Date | null;
  budgetYuan: number | null;
  deadlineAt: Date | null;
  /** Award notices: winners as written and the amount won. */
  winners?: string[];
  awardYuan?: number | null;
  hits: string[];
  subscriptionNames: string[];
  snippet: string;
  /** Signed 不相关 link (a page that asks before it records anything); optional for older callers. */
  notRelevantUrl?: string | null;
  /** A keyword hit in the title: listed first within its subscription's section. */
  titleHit?: boolean;
  /** The body sentence that hit, shown instead of the opening snippet; null when hits are in the title only. */
  hitSentence?: string | null;
  /** Followed project: what this notice changed (new deadline, winner and amount, cancellation). */
  changes?: string[];
  /** Signed "关注此项目" link (a page that asks before it follows); null when there is no project. */
  followUrl?: string | null;
}

/** Everything an alert or digest email shows; built by the worker, rendered without I/O. */
export interface AlertEmailModel {
  kind: 'instant' | 'daily' | 'weekly';
  member: { displayName: string | null; email: string };
  /** e.g. '3月5日' or '3月2日–3月8日', already in the member's timezone. */
  periodLabel: string;
  groups: Array<{ subscription: { id: string; name: string; keywords: string[] }; bulletinIds: string[] }>;
  bulletins: Record<string, AlertBulletin>;
  /** Bulletins beyond the cap ("还有 57 条"), linked to moreUrl. */
  moreCount: number;
  moreUrl: string;
  manageUrl: string;
  /** One-click page: GET shows a confirmation, POST unsubscribes. */
  unsubscribeUrl: string;
  /** Per subscription id. */
  pauseUrls: Record<string, string>;
  /** e.g. "上次发送状态未知的 2 条标讯" — reported instead of resending. */
  unknownNotice?: string | null;
  /** Member's IANA timezone for dates; default Asia/Shanghai. */
  timezone?: string;
  /** When the message is composed: days left to a deadline count from here. Default: now. */
  now?: Date;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}
