// An emergency purchase (应急采购, 紧急采购) for a flood, an earthquake or an epidemic is made first and
// published after: a 事后公告 or 事后公示 names the supplier chosen, the sum and the day it was bought. It
// reports a purchase already made — a result, though its title reads 采购…公告 like a call.
export const AFTER_THE_FACT_NOTICE = /事后(?:公告|公示)/u;
