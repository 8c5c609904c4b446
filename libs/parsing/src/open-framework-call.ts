// Under the framework-agreement method an open framework (开放式框架协议) is not called by a 征集公告:
// the 征集人 publishes the agreement itself (开放式框架协议公告, 框架协议采购公告) and any supplier
// meeting its terms may join while it runs. The notice is the call for suppliers, a tender; its results
// (入围结果, 成交结果) and changes (更正) carry their own words and are read before it.
export const OPEN_FRAMEWORK_CALL = /框架协议(?:采购)?公告/u;
