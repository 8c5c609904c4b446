// A notice whose body announces that the procedure itself has ended ("本次招标活动终止。",
// "决定终止本项目采购活动"). Excerpts and portals that drop the title leave only this sentence to say
// the notice is a termination and not the invitation it mentions. A tender's own rules speak of an end
// only as a condition ("若有效投标不足三家，本次采购终止", "采购人有权终止本次采购"), so a sentence that
// states a condition first, or grants a right, does not count.
const PROCEDURE = '(?:招标|采购|比选|遴选|磋商|谈判|询价|竞价|交易)?(?:活动|程序)?';
const CONDITION_BEFORE = '(?<!(?:若|如|如果|如若|倘若|如出现|如遇|凡|当|否则|的[，,]|时[，,]|有权)[^。；;\\n]{0,60})';

export const ENDED_PROCEDURE_SENTENCE = new RegExp(
  `${CONDITION_BEFORE}(?:(?:本次|本项目|该项目|本标段)(?:的)?${PROCEDURE}(?:予以|现)?终止(?=[。；;\\n]|$)|(?:决定|现|予以|宣布)终止(?:本次|本项目|该项目|本标段)(?:的)?${PROCEDURE})`,
  'u',
);
