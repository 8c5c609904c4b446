// A public body letting a shop, a pond or land (招租结果, 租赁成交结果) publishes who will rent it (承租人) and
// the rent agreed (成交年租金): money the body takes in, not a price it pays, so no award amount. A body
// renting for itself (采购人 leasing premises, "三年租金合计") buys, and its rent stays the award.
const LETTING_PARTY = /(?:出租|招租)(?:人|方|单位)\s*[:：]|承租(?:人|方)\s*[:：]|(?:成交|中标)(?:年|月)?租金|(?:年)?租金(?:起始价|底价)/u;
const BUYING_PARTY = /(?:采购人|招标人|采购单位|招标单位|承租人（采购人）)\s*[:：]/u;

/** Whether the notice lets something out for rent, its money coming in rather than going out. */
export function letsForRent(text: string): boolean {
  return LETTING_PARTY.test(text) && !BUYING_PARTY.test(text);
}
