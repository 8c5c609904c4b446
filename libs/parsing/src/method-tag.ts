import type { BulletinStage } from './stages';

// Subscription apps push a notice as a tag and the project's bare name: "【招标】某路灯改造工程",
// "[询价]某卫生院DR采购". The tag is a purchasing method with no notice word after it, so no title
// rule sees it; it still says the post invites bids. Only a fallback after the title and headings.
const METHOD_TAG = /[【[](?:工程|货物|服务|政府|公开)?(?:招标|采购|询价|询比|竞价|磋商|谈判|竞谈|比选|比价|邀标|遴选)[】\]]/u;

/** A tender read from an aggregator's tag that names only a purchasing method, or null. */
export function methodTagKind(tags: string): { category: 'tender'; stage: BulletinStage } | null {
  return METHOD_TAG.test(tags) ? { category: 'tender', stage: 'invitation' } : null;
}
