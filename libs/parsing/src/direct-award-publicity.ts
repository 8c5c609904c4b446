// Works let out without competition — an 应急抢险 job handed straight to a contractor when a dyke breaks or
// a road slides — are published afterwards as a 直接发包公示 (直接发包结果公示, 直接发包情况公告): the
// contractor chosen (抢险单位, 承包单位) and the sum it was given (发包金额). The notice reports who got the
// work: a result, though a township's plain 发包公告 or 发包公示 calling for builders is a tender.
export const DIRECT_AWARD_PUBLICITY = /直接发包(?:结果|情况)?(?:的)?(?:公示|公告)/u;
