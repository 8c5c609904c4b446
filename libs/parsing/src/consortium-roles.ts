// The roles a consortium's members are noted with, in brackets after each name: 牵头(人/方/单位),
// 主办 or 主体 for the leader; 成员(单位/方) or 协办 for the others. 主办 and 协办 are written with
// 方, 人 or 单位 after them or alone ("A(主办)、B(协办)"); any of them may open with 联合体.
// A design-build (EPC, 工程总承包) consortium may note each member by the share of the works it
// takes instead: 设计, 施工 or 勘察, alone or with 单位/方 ("A(设计)+B(施工)联合体", "A(设计单位)、
// B(施工单位)"). (采购单位 and 建设单位 are not among them: they name a buyer's role.)
// Kept apart so the name reader and the consortium reader share one list.
export const ROLE_WORDS = String.raw`(?:联合体)?(?:牵头(?:人|方|单位)?|成员(?:单位|方)?|主办(?:方|人|单位)?|协办(?:方|人|单位)?|主体(?:单位|方)?|(?:勘察|设计|施工)(?:单位|方)?)`;

// The leader's own notes, which alone mark a line as a consortium's.
export const LEADER_NOTE = String.raw`\((?:主办(?:方|人|单位)?|主体(?:单位|方)?)\)`;

// A member noted by its share of the works right after its name ("某设计院有限公司(设计单位)") marks
// the line as a consortium's, as a leader's note does: a firm bidding alone does all the works.
export const WORK_SHARE_NOTE = String.raw`(?:公司|院|所)\((?:勘察|设计|施工)(?:单位|方)?\)`;
