/**
 * Credentials every works or goods tender asks of its bidders, in the 资格要求 section, in the
 * candidates' lines of a result and in the reasons a bidder was rejected: 施工总承包二级及以上资质,
 * 安全生产许可证, the project manager's 安全生产考核合格证书, an 安全员, 经审计的财务报告. They name
 * what the bidder holds, not the work, so a member following 资质, 安全 or 审计 is not told about
 * every road tender. Only the credential's own words are marked: the rest of the clause keeps its
 * hits (市政公用工程 in 市政公用工程施工总承包二级资质 stays a 市政 hit).
 */

/** Words that are a credential wherever they stand. */
export const CREDENTIAL_WORDS: readonly string[] = ['安全生产许可', '安全生产考核', '安全员', '经审计'];

// 资质 held: a grade or trade before it (二级及以上资质, 乙级设计资质, 施工总承包资质, 相应资质) or a
// requirement label after it (资质条件, 资质证书, 资质:). Not 企业资质申报 or 资质代办, which can be
// the work a consultancy is hired for.
const HELD_AFTER = /(级|以上|相应|承包|设计|施工|监理|勘察|测绘|专业)$/;
const LABEL_BEFORE = /^(条件|要求|证书|证明|等级|及注册资本|:)/;

/** The span of 资质 at `at` when it is a credential held by the bidder, or null. */
export function qualificationCredentialSpan(body: string, at: number, word: string): [number, number] | null {
  const end = at + word.length;
  return HELD_AFTER.test(body.slice(Math.max(0, at - 4), at)) || LABEL_BEFORE.test(body.slice(end, end + 5)) ? [at, end] : null;
}
