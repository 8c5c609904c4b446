export type { BuildPhase, BuildProgress } from './index-layout';
export { entryTerms } from './entry-terms';
export { LiveMatcher } from './live-matcher';
export { MatcherIndex, type BuildOptions, type IndexStats } from './matcher-index';
export { kindMatches, naiveMatch } from './naive-match';
export { isRegionCode, regionAncestors } from './region-codes';
export { fnv1a32, shardOf } from './shard-of';
export type { MatchBulletin, MatchResult, MatchScope, MatchStats, MatchSubscription } from './subscription.types';
export { TermAutomaton } from './term-automaton';
