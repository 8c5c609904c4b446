// A second-stage purchase under a framework agreement (直接选定, 二次竞价) may number only the agreement
// it buys under (框架协议编号), or the 征集 that set it up. The procedure's own number (采购项目编号)
// comes first where one is given; without one, the agreement's number is how the buyer and the
// platform name the purchase.
export const FRAMEWORK_AGREEMENT_CODE_LABEL = /框架协议(?:采购)?编号/gu;
