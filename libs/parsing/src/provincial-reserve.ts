// A province's stock of relief supplies (省级应急物资储备, 省级救灾物资储备库) is held for every county the
// province may have to send tents, quilts or pumps to after a flood or an earthquake. A provincial body
// stocking it — most often by a framework agreement (框架协议) or a 协议供货 pool of suppliers bound to
// deliver on call — buys for the province as a whole, as a pool for its own units does: its address and its
// telephone in the capital do not make the capital the place (see own-units-scope).
// A grain or oil reserve (省级储备粮) is kept in named depots and is not read here.
export const PROVINCIAL_RESERVE = /(?:省|自治区)级(?:(?:应急|救灾|防汛抗旱|防汛|抗旱)(?:物资|装备)?|物资)储备/u;
