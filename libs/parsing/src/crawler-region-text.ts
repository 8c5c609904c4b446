import { regionPath, resolveRegion } from '@app/regions';

// A company is named after where it is registered, not where it buys (see bulletin-fields).
const COMPANY = /(?:公司|集团|企业|合作社|商行)$/u;

/**
 * The region text as far as it can be trusted. Region text is what a crawler filed the notice under
 * (the category page it was found on), so it may name another city than the notice's own: 东莞市某镇
 * 人民政府 filed under "广东 深圳市". Where the buyer (a public body, not a company) and the title each
 * name one and the same city, another city than the region text's, and neither the region text's
 * city nor its district is named anywhere in the notice, the notice's own words are taken: the region
 * text is dropped. A region text of a province only ([广东]) or one the notice agrees with stays.
 */
export function trustedRegionText(input: {
  regionText?: string | null;
  buyer?: string | null;
  title: string;
  body: string;
}): string | null | undefined {
  const { regionText, buyer, title, body } = input;
  if (!regionText || !buyer || COMPANY.test(buyer)) return regionText;
  const filed = resolveRegion({ regionText })?.code;
  const filedPath = filed ? regionPath(filed) : [];
  if (filedPath.length < 2) return regionText;
  const ownCity = (code: string | undefined): string | null => (code ? (regionPath(code)[1]?.code ?? null) : null);
  // The buyer first: most buyers sit in the filed city, and the title then need not be read.
  const byBuyer = ownCity(resolveRegion({ buyer })?.code);
  if (!byBuyer || byBuyer === filedPath[1].code) return regionText;
  if (ownCity(resolveRegion({ title })?.code) !== byBuyer) return regionText;
  // The filed city (or district) named anywhere, even by its first two characters, keeps the text.
  const text = `${buyer}\n${title}\n${body}`;
  if (filedPath.slice(1).some((r) => text.includes(r.name.slice(0, 2)))) return regionText;
  return null;
}
