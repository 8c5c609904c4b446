// A joint purchase (联合采购) names several buyers in one field and marks the one that runs it:
// "采购人：某区教育体育局(牵头单位)、某区卫生健康委员会". The lead signs the contract award and answers
// suppliers, so it is the buyer; the others take part. Without such a note the field is left as written,
// but for a note saying the purchase is joint ("某县中医院、某县妇幼保健院(联合采购)"), which names no one.
const LEAD_NOTE = /\((?:牵头(?:单位|采购人|采购单位|人|方)?|主采购人)\)/u;
const JOINT_NOTE = /\((?:联合采购|联合招标|集中采购|统一采购)\)$/u;
const BETWEEN_BUYERS = /[、，,;；]|(?<=\))和/u;

/** The lead of a joint purchase's buyers, where a note marks it; else the name as given. */
export function leadBuyer(name: string | null): string | null {
  if (!name) return name;
  if (!LEAD_NOTE.test(name)) return name.replace(JOINT_NOTE, '').trim() || name;
  const lead = name.split(BETWEEN_BUYERS).find((part) => LEAD_NOTE.test(part));
  return lead ? lead.replace(LEAD_NOTE, '').trim() || name : name;
}
