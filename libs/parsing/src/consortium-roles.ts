// The roles a consortium's members are noted with, in brackets after each name: 牵头(人/方/单位),
// 主办 or 主体 for the leader; 成员(单位/方) or 协办 for the others. 主办 and 协办 are written with
// 方, 人 or 单位 after them or alone ("A(主办)、B(协办)"); any of them may open with 联合体.
// Kept apart so the name reader and the consortium reader share one list.
export const ROLE_WORDS = String.raw`(?:联合体)?(?:牵头(?:人|方|单位)?|成员(?:单位|方)?|主办(?:方|人|单位)?|协办(?:方|人|单位)?|主体(?:单位|方)?)`;

// The leader's own notes, which alone mark a line as a consortium's.
export const LEADER_NOTE = String.raw`\((?:主办(?:方|人|单位)?|主体(?:单位|方)?)\)`;
