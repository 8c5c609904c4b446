import { join } from 'node:path';
import { parseBulletin } from '@app/parsing';
import { METRICS, checksFor } from './checks';
import { readLabelled } from './labelled';
import { percent, tallyChecks } from './tally';

// Our own bulletins written in the styles of portals that are in neither shared data file
// (ccgp results, 中标候选人 tables, state-owned e-procurement, 繁体 tenders, masked aggregator
// excerpts, 拟建/快讯). Each field the project has a target for must meet it here too.
// Batches own-b2-* and own-b3-* were measured before rules were changed for them; own-b4-* was
// measured and left as it was (two misses), so it keeps saying what text nobody tuned for gets.
// own-b5-* (公共资源 候选人 tables run into one line, 成交 in 万元/大写, 评标结果, 询比/竞谈, 意向
// tables without 序号, 台湾/澳门, 快讯) was scored before the rules it exposed were written.
// own-b6-* (10 more, written after those rules) was scored and left as it was: one award miss
// (中标价：含暂列金额 …, read as a provisional sum) and one stage miss.
// own-b7-* (33: 万元 in a 候选人 header, 大写-only 成交金额, 推荐成交人, 军队采购, 框架协议/入围 with
// several winners and no award, 流标/终止, 比选, 询比价, EPC with 暂列金额, 最高投标限价 in 万元, 包 budget
// tables, 递交/开启/首次响应 deadlines, 总投资 prose) was scored before any rule was changed for it:
// budget 13/14, award 11/14, winners 14/17, deadline 10/11, category 33/33 (the budget miss was a
// label: award notices carry no budget in any labelled set, so own-b7-mil-2 was relabelled).
// own-b8-* (14, written after the rules own-b7 led to) was scored before any change for it:
// budget 6/6, award 5/6, winners 7/7, deadline 5/5, category 14/14.
// own-b9-* (14, written after the rules own-b8 and probing led to), scored before any change for
// it: budget 5/6, award 7/7, winners 6/7, deadline 4/4, category 14/14.
// own-b10-* (21, written in parallel with own-b7..b9 and first named own-b7: 公共资源交易中心, 军队采购, 高校, 医院, 国企电子采购, 交通/水利, places only in
// addresses, phones and buyer names, publication dates labelled or signed) was scored before the
// region, buyer and date rules written with it: all fields right except one buyer (招标人 ending
// in 管理段) and one date (a signature read together with the line above it).
// own-b11-* (20, written after own-b10 in styles not yet here: 交通/水利/地方电网 results, 高校询价
// 报价一览, 乡镇小额工程 发包结果, 框架协议征集 with 优惠率, 单一来源, a 候选人 table laid out by
// columns, 大写/概算/分包合计 budgets, 更正前/更正后 tables, 意向 in prose, 拟建 tables) was scored
// once before any change and left as it was: budget 10/10, award 6/7, winners 6/8, deadline 6/8,
// category 20/20, province 20/20, city 19/20, district 17/17, buyer 9/11.
// own-b12-* (15: 包 results with 品牌/型号 columns, 监理 费率 plus 中标金额, 成交供应商 on the next line,
// 联合体 winners, 废标, 成交价(含税), 比选 ranking table, 包 budget 合计, 大写+小写 控制价, 下午 deadlines,
// deferred 补充公告) was scored once before any change and left as it was: budget 7/7, award 5/6,
// winners 5/6, deadline 7/7, category 15/15, province/city/district 15/15, buyer 14/14.
// own-b14-* (20 tender-side notices: 江苏/浙江/广东/四川 公共资源 施工招标 with 招标条件…投标文件的递交
// sections, 万元/大写/元 限价 beside 保证金 and 标书费, 获取文件/答疑/保证金/报名 cut-offs before the bid
// deadline, 开标时间 only, 三年预算 with a 单价 cap, 更正 原…现变更为…, 延期 推迟至, 澄清 仍为, 资格预审
// 申请文件递交截止, 磋商/询价/谈判, 意向 tables in 万元, 立项批复, 环评受理 table, 拟建 库条目, 快讯 with
// 完成投资, places only in a buyer's name or a phone area code, 县级市 and 自治州/盟) was scored once
// before any change: budget 18/18, deadline 12/13, category 20/20, stage found 19/20, province 20/20,
// city 20/20, district 18/19, buyer 15/16, agency 10/10, project code 8/8, published 8/10. After the
// rules it led to (询价单位, 公开日期, a changed 获取文件 cut-off listed before the bid deadline) only
// two stay: 库尔勒经济技术开发区 is an NBS zone kept at its prefecture, and 拟建 has no stage.
// own-b13-* (20: ccgp 结果公告 with 主要标的信息 货物类/服务类 blocks, 评审专家 and 代理服务收费金额, 电网
// 分标/包 推荐中标候选人, 石化 评标结果 by 标段(包) and 排名, 铁路 包件 rows in 万元, 公共服务平台
// 第一/第二/第三中标候选人 blocks, 下浮率/折扣率-only results, 大写+¥ 中标价 beside 最高投标限价,
// 万元 in "|" rows with 项目经理/资质, 決標公告, 询价 成交 rows per 包, 中选人/入围供应商, 废标/终止) was
// scored once before any change: budget 1/1, award 14/14, winners 16/18, category 20/20,
// province/city/district 20/20, 19/19, 16/16, buyer 19/20 (no deadline is stated in any of them).
// The two winners misses (入围供应商 on numbered lines, a 石化 table ranking two 包 by 排名) were then
// fixed as generic rules; the buyer miss (機關名稱) too.
// own-b15-* (15, all without region text: a project site given as a 乡/镇/街道 or an economic zone,
// a county buyer with its agency in the provincial capital and the winner in another province,
// places only in a buyer's name (县人民医院, 区教育局, 街道办事处), 县级市 and 自治州/自治县 names,
// 鼓楼区/西湖区/朝阳区 told apart by a city named elsewhere or a phone area code, a division in an
// 投资项目代码) was scored once before any change: province 15/15, city 15/15, district 12/15 (the
// same without region text), category 15/15, budget 10/10, award 5/5, winners 5/5, buyer 15/15,
// agency 14/14, project code 9/9, deadline 9/9, published 1/1. The district misses: 长沙经济技术开发区
// (in 长沙县) and 天津经济技术开发区 (in 滨海新区) stop at the city, and 鼓楼区 named by its bare buyer
// (鼓楼区教育局) beside 南京市鼓楼区 in a 交货地点 line stays uncertain. After the rules it led to
// (names carry on below a phone's or a code's city, a site label ends a winner's section, state-level
// economic zones in their district) district is 15/15 too.
// own-b16-* (20, half tenders and half results, stressing amounts: 人民币XX万元整 beside a 保证金 written
// the same way, ￥ with two decimals after a 文件售价, a bare 万 without 元, 大写-only 预算, 采购预算（最高
// 限价） with 中文逗号 and 含税, a 包 table in 万元 without 合计, a 年度预算 beside a 单价 cap, 暂列金额 and
// 暂估价 listed before the 控制价, 项目总投资 in 亿元 beside a 标段 控制价 in 万元, 估算总投资 " 3.85 亿元";
// a 中标金额 row in a two-column table, 下浮后中标价 after a 控制价, 成交金额 …元/年, 详见附件, three
// 候选人 报价, 费率 with 中标金额（暂定）, a 中标金额（万元） column, full-width digits, thousands split
// by spaces, two 包 with an 代理服务费 after them) was scored once before any change: budget 10/10,
// budget none stated 10/10, award 8/9, award none stated 11/11, winners 10/10, deadline 9/9,
// category 20/20, stage found 19/20, province/city/district 20/20 (also without region text),
// buyer 19/19, agency 11/11, project code 11/11. The award miss: "中标金额（元）：1 286 500.00"
// (thousands split by spaces) is not read; the stage miss is the 拟建 entry (拟建 has no stage).
// After the rules it and probing led to (space-grouped thousands, 千元/百万元, 大写 with 点, 每年/…/年
// with a term total, (人民币万元) labels, 详见附件 stopping the award, fees after a rate, ccgp 合同包
// blocks, 标项/一标段 lots, two-column 包号 tables, loosely flattened lot columns, items tables with a
// 合计 row, quantity × unit price rows) award is 9/9 and the rest unchanged.
// own-b17-* (25, mostly results of portals and regions little used here: 公共资源 候选人 of 山东, 河南,
// 湖北, 陕西, 云南, 贵州, 新疆, 黑龙江 and 甘肃 with 第一名 rows, 评标委员会 names, 项目经理 and 投诉/监督
// phones; a 联合体 first candidate joined by 与; an energy firm's 排名1 lines, a telecom's 中选人 with
// 份额, a tobacco firm's 大写 总价 over a 分项报价 table, a bank's 下浮率-only 标段 beside a 预估 total;
// 网上竞价 with its 报价记录, an 电子卖场 order; three 包 one a line in 万元; a 中标通知书; 繁體 candidates;
// a masked 成交; a title-less excerpt in prose; 最高限价 and 中标价 on one line; 单价 成交; 流标 naming its
// bidders; 包1 成交 beside 包2 废标; a 高校 谈判 listing every quote; 最高投标限价 as a column before 中标价;
// 被否决 bidders above a numbered ranking; and 5 tenders and an 意向 of the same portals) was scored
// once before any change: award 14/17, award none stated 7/8, winners 16/20, winners none named 5/5,
// budget 4/5, budget none stated 20/20, deadline 3/3, deadline none stated 21/22, category 24/25,
// stage found 25/25, province 25/25, city 23/24, district 18/19 (the same without region text), buyer
// 23/24, agency 11/11, project code 17/18, published 1/1. Counted with the earlier first-time batches,
// award is 75/85 (88.2 %) and winners 85/98 (86.7 %). The misses: members joined by 与 read as one
// name, "中选人及份额：" then "第一中选人：某公司" read with its label, lots written "第N包 名称：某公司" one
// a line read as one winner, a bank's 某省分行 cut at 公司, a 预估采购金额 taken for the award, bids
// labelled inside a 排名1 or "1." ranking line, an 订单编号, prose classed a price-cap notice by its
// "控制价为", 杨凌示范区 (杨陵区), a 不含税 控制价, and a 流标 notice's 开标时间 taken as a deadline. After
// the rules they led to (consortium members joined by 与/和/及, ranked labels repeated before a name,
// lot lines, 分行/支行/银行 buyers, estimates are not awards, the bid on the winner's own line, order
// numbers, no price-cap reading of long prose lines, 含税/不含税 before a figure, no deadline in a
// terminated procedure) all 25 are right; the shared dev and held-out figures are unchanged but for
// one held-out 流标 notice whose deadline is now rightly none. Probing result wordings past it added
// money before the verb (以…中标), the bid of a field block opened by 排名：1, 投标价 of the first
// candidate, and a rank in brackets after a name (甲公司(第一名)、乙公司(第二名)).
// own-b18-* (25: 19 results and a 结果变更 of portals and firms little used here: 河北/山西/安徽/福建/江西/
// 湖南/广西/重庆/天津/吉林/青海 公共资源 and 政府采购 results, a provincial grid's 标包 table in 万元, an
// oil field's 标段 lines with 不含税 prices, a railway depot's 评审结果 with 是否成交, a 建工 项目部's
// 劳务分包, a 水务集团's "大写：…；小写：￥…", a 交投 候选人 block with 评标价 beside 投标报价, a 高校 询价
// flattened with "/", a hospital's 遴选 中选单位; 评标价/综合得分/排名 columns with the first-ranked
// not on the first row, 拟定…为中标人 and 确定…为中标人 told in prose, 投标报价(万元) columns, a
// 联合体 in brackets under 牵头人/成员 labels, 分标 results with addresses in other districts, an
// aggregator's "|" line, 终止 and 招标失败 notices; and 5 tenders: a 大写+¥ 控制价 with 上午 deadline,
// 预算金额…万元（人民币） with "截止时间、开标时间" in 点, a 大写 预算 with its figure in brackets, a 延期
// with full-width colons, 下午2:30) was scored once before any change: award 17/18, award none stated
// 7/7, winners 15/18, winners none named 7/7, budget 6/6, budget none stated 19/19, deadline 5/5,
// deadline none stated 20/20, category 24/25, stage found 25/25, province 25/25, city 24/25, district
// 16/16 (the same without region text), buyer 24/25, agency 15/15, project code 19/21, published 1/1.
// Counted with the earlier first-time batches, award is 92/103 (89.3 %) and winners 100/116 (86.2 %).
// The misses: a winner named only in prose (确定某公司为中标人) and its 招标人 read as "确定某公司", a
// 结果变更 reading the 原中标人 and 原中标价, consortium members under 牵头人/成员 labels cut to the
// leader, 遴选编号 not a code label, a code read on into an aggregator's "|", and an oil field's city
// (029 serves 西安 and 咸阳 alike). The category miss was a label: a 中标结果更正 names the award in
// the shared set too and is classed award, so own-b18-rechange-1 was relabelled. After the rules it
// led to (a decision in prose names the winner or first candidate, 原/变更前 labels are the replaced
// result, members by role label, deciding verbs end a buyer's label, whose project a prose result
// opens with, method-named 编号 and bars ending a code) all but the oil field's city are right; the
// shared dev figures are unchanged and held-out gains one project code. Probing result wordings past
// it added a ranking written as "投标人：…，投标报价：…，排名：N" lines (the line ranked 1, wherever it
// stands), lines opened by 更正前/变更前 quoting the replaced result, and a consortium named as the one
// 中标候选人 with its members' role notes.
// own-b19-* (25: 21 results of 浙江/江苏/广东/四川/湖北/山东 portals and firms in layouts not yet here:
// 合同包 blocks of 供应商名称/供应商地址/成交金额 lines, 候选人 tables split by tabs, by runs of spaces or
// one cell a line, one candidate a line with 质量/工期/项目负责人/资格证书 after the bid, 否决投标 bidders
// listed before the candidates, a winner decided in one sentence (中标人为：…); winners that are a
// carrier's 分公司, an insurer's 中心支公司, a 设计研究院, a 研究所, a 工作室, a 会计师事务所（特殊普通
// 合伙）with 集团 in brackets, a 专业合作社, a 经营部, a 修理厂 or 汽修店, or carry Latin letters; a 原名
// note and a 个体工商户 note after a name; 框架/入围 results naming 5 to 7 suppliers in a spaced table,
// one a row, or on one line split by "；" with a rate in brackets; buyers and agencies that are
// companies too, 评标委员会/评审专家, 监督部门 and 投诉受理 lines, other bidders with their scores, a
// 集中采购机构; and 4 others: two tenders, a 废标 naming its bidders and a 更正 of the deadline) was
// scored once before any change: award 18/18, award none stated 7/7, winners 18/21, winners none
// named 4/4, budget 3/3, budget none stated 22/22, deadline 3/3, deadline none stated 22/22,
// category 25/25, stage found 25/25, province 25/25, city 25/25, district 23/24 (the same without
// region text), buyer 25/25, agency 24/25, project code 25/25. Counted with the earlier first-time
// batches, award is 110/121 (90.9 %) and winners 118/137 (86.1 %). The misses: a former name and a
// 个体工商户 note kept in brackets as part of the winner's name, a list of seven suppliers split by
// "；" read as its first one (with its rate note), 集中采购机构 not an agency label, and 杭州西湖 (a
// district's name that is also a lake's) left at the city. After the rules they led to (notes that
// are no part of a name dropped: bids and rates with words before them, 原名/曾用名/原…公司, 个体工商户;
// a winner's list read on past "；" while each item is a name and nothing else; shop names of sole
// traders such as 汽修店, 五金店 and 大药房; 集中采购机构 as an agency label; a word-like district name
// right after its own city) all 25 are right; the shared dev and held-out figures are unchanged.
// Probing result wordings past it added the size class noted after a winner (小微企业, 监狱企业), a
// hospital, university or testing centre named under a winner's label, 质量 inside a body's name
// (质量检测中心) not taken for a 质量 field, "投标报价分别为：A、B、C" read as the first one's bid, a
// bare 供应商名称 heading a table of scores or ranks read as every bidder rather than the winners,
// a ranking with no price column (供应商名称 | 综合得分 | 名次) giving its first-ranked row, a short
// name noted after a winner ((以下简称…)), stations (加油站, 推广站) under a winner's label, a
// 供销合作社联合社, and 关于 never opening a name found without a label.
// own-b20-* (25: 21 results of portals and buyers little used here: 海南/宁夏/贵州/云南/黑龙江 公共资源 and
// 政府采购 results, a 兵团 farm building in a county of the prefecture around it, 军队 and 武警 results with
// 大写 sums, 框架协议 results naming three or four suppliers one a line or in a 响应人名称 table, central
// firms' platforms (a power builder's goods table, a railway builder's 劳务分包 with a 项目经理部 buyer and
// an estimate only, a housing builder's ranking marked 中标, a grid's 第一/第二中标候选人 columns by 包,
// a carrier's 中选人 per 标包), a hospital's two-lot equipment table, a 医共体's distributors one a line
// under "遴选结果(排名不分先后)：", 物业 in 元/年 under 单位名称, 保安 磋商 ranked under 响应人, a 加油站
// winning after its company's name, a winner named only in Latin letters and priced in USD, 监理 with
// a rate only, 勘察 in 万元 under 候选人名称, 设计 with a rate and the fee it comes to, a 繁體 批出合約;
// and 4 others: two tenders, a 流标 naming its bidders and a 更正 of the deadline) was scored once
// before any change: award 10/11, award none stated 14/14, winners 17/21, winners none named 4/4,
// budget 3/3, budget none stated 22/22, deadline 3/3, deadline none stated 22/22, category 25/25,
// stage found 24/25, province 25/25, city 22/22, district 19/19 (the same without region text),
// buyer 18/20, agency 15/15, project code 24/24. Counted with the earlier first-time batches, award
// is 120/132 (90.9 %) and winners 135/158 (85.4 %). The misses: an 入围结果 table headed 响应人名称
// read as its first row, distributors one a line under a heading with a note read as the first one,
// a station cut to its company, a Latin-only winner not read, a designer's fee after its rate
// (设计费暂定…元) not read, 批出合約 without a stage, a 项目经理部 buyer cut at 项目经理 and 遴选单位 not a
// buyer label. After the rules they led to (a selection heading (入围/入选/遴选 结果 or 名单) lists every
// row of the table or the lines under it, 响应人/响应单位/企业名称 as bidder columns, a "label：value"
// line never an item of a list, a company's station or outlet (加油站, 营业部, 门店) part of its name,
// Latin names ending in a legal form, the fee after a rate on the winner's bid line, 批出合约 a result,
// 项目经理部 and 遴选单位, a group-leading role in brackets dropped) all 25 are right; the shared dev
// and held-out figures are unchanged. Probing result wordings past it added 入围名单如下 and 入选单位名单
// headings, Latin legal forms in capitals (CO.,LTD.), and a second name alone on the line below a
// winner's own line (a consortium's member with its role note, or a wrapped table cell).
// own-b21-* (25: 21 results in the most common layouts rather than rare ones: ccgp and provincial
// 中标（成交）结果公告 with 供应商名称/供应商地址/中标（成交）金额 lines or a tab table with the amount
// column before the name, 大写 before ¥, 评审专家 and 代理服务费; 公共资源 第一/第二/第三中标候选人 blocks
// with 投标报价/工期/项目经理, labels spaced out to fill a cell (第 一 中 标 候 选 人, 中 标 人), bids in a
// 投标报价（万元） label, a "|" ranking with the first-ranked on the second row, a 联合体 candidate with role
// notes; 中标结果公示 with 中标价/工期/项目经理 lines; 谈判/磋商/询价/单一来源 成交 with 万元, "人民币 …
// 元", 1./(1) numbering, other quotes listed and 大写 first; firms' platforms with 含税 amounts and
// 标段 blocks; ①② lots; a title-less excerpt and 某某/** masked names; a name wrapped inside its
// cell; a 未中标供应商 with its score in the footer; and 4 others: two tenders, a 废标 naming its
// bidders and a 更正 quoting both dates) was scored once before any change: award 17/21, award none
// stated 4/4, winners 19/21, winners none named 4/4, budget 3/3, budget none stated 22/22, deadline
// 2/3, deadline none stated 22/22, category 25/25, stage found 25/25, province/city 25/25, district
// 24/24 (the same without region text), buyer 25/25, agency 19/19, project code 23/23. Three of the
// award misses were labels: several-lot results had been labelled with the lots' sum, while every
// earlier one is labelled with the first lot's award, so they were relabelled (award 20/21).
// Counted with the earlier first-time batches, award is 140/153 (91.5 %) and winners 154/179
// (86.0 %). The misses: labels spaced out character by character left the 投标报价 of the first
// candidate unread, a 未中标供应商 read as a second winner, a name wrapped onto the next line read as
// its second half only, and 由“A”变更为“B” read as A. After the rules they led to (spaced labels closed
// up in results, 未/落 before a winner's label, a name wrapped over two lines joined when neither line
// alone is one, a "label：value" line never a second name, a quote after 变更为) all 25 are right; the
// shared dev and held-out figures are unchanged. Probing result wordings past it added a spaced label
// after its list number (1、中 标 价：) and a wrapped name that starts on the line below its label.
// own-b22-* (25: 21 results of sources not yet here: county 财政局 portals with a 统一社会信用代码 after
// the winner or its 地址 and 联系人 on the same line, a 村 股份经济合作社's 发包结果 told in prose, a 镇's
// 小额工程 比选 table with 确定为中选单位 in a 备注 cell, a 中学's and a hospital's 自行采购 (two items in
// a tab table), e-procurement of a port group (候选人 wide table in 万元, a 比选 row in 万元), an airport
// (a 候选人 table and a 中标人 | 中标价 table), a tobacco firm (成交 only in prose: 某公司以…元的报价成交),
// the post, a hydro developer (联合体牵头人：…；联合体成员：…), mines (a first candidate declining and the
// second taking over, two 标包 with 含税 prices) and a chemical firm (暂定中标人/暂定中标价); a 公共资源
// 候选人 table spaced into columns with 第一名 rows, a 成交 told in paragraphs with 大写 first, a 递补 after
// the first-ranked supplier gave up, a buyer with its site in brackets; and 4 others: a tender, an
// 意向 table, a 更正 table (更正前/更正后) and a 终止 with its budget in 万元) was scored once before any
// change: award 20/21, award none stated 4/4, winners 18/21, winners none named 4/4, budget 3/3,
// budget none stated 22/22, deadline 2/2, deadline none stated 23/23, category 25/25, stage found
// 25/25, province 24/25, city 24/25, district 23/25 (the same without region text), buyer 22/25,
// agency 17/17, project code 21/22. Counted with the earlier first-time batches, award is 160/174
// (92.0 %) and winners 172/200 (86.0 %). The misses: "该工程由某公司承包" read with 该工程由, the 备注
// cell's 确定为中选单位 taken as a label over the next row (so the second bidder and its price), a
// winner named only by 以…元的报价成交 (the buyer read instead), 编号 in brackets after the project in
// prose, a site in brackets after a buyer kept as part of its name, a hydro plant's 电站地址 counted
// with the winners' section above it (no region at all), 海州湾 (a bay) in a port's name read as 海州区
// over its address in 连云区, and a tobacco branch read by its short name in the title. After the rules
// they led to (a winner's label after 为 names the bidder before it on its line, a name right before
// 以 + money + 成交/中标, 该/本 + 工程/项目 + 由 dropped, 比选单位/参选单位/比选申请人 as bidder columns, a
// county-level place in brackets after a name dropped, (编号：…) in prose, 电站/厂区/矿区/场站/现场 地址
// as site labels) all but the last two are right; the shared dev and held-out figures are unchanged
// but for one dev project code gained. Probing result wordings past it added the candidate who takes
// a declined first candidate's place (由…递补为中标人, 递补…为中标人), a consortium named by 联合体牵头人/
// 联合体成员 lines with no winner label above, a winners list numbered on one line (1、A 2、B; numbered
// candidates still give the first only) and 本次采购由某公司提供.
// own-b23-* (25, as aggregators and re-publishers show notices: 15 results (【】-prefixed excerpts
// masked with (略), ***, 某某 and "登录后查看", a ccgp 结果公告 flattened into one line, 候选人 tables split
// by "|" or spaces with no header row, a two-row ranking by 综合得分, winners wrapped over two and
// three lines by a narrow column, a 繁體 決標 (台灣) with 底價 and a 未得標廠商, a 判給 (澳門), a 批出合約
// (香港), a 繁體 候选人 re-post in 萬元, a 中标结果更正 set out as a 更正前/更正后 table) and 10 others (a
// 终止 notice, tenders with labels spaced out (预 算 金 额, 截 止 时 间) and places named only by a
// 县人民医院, a 镇政府 or a 区实验小学, a masked one-line tender excerpt, 拟建/立项/环评 database entries
// with 项目阶段 and 审批文号, two 建设快讯 with 总投资)) was scored once before any change: award 9/12,
// award none stated 12/13, winners 11/15, winners none named 10/10, budget 8/10, budget none stated
// 15/15, deadline 2/4, deadline none stated 21/21, category 25/25, stage found 24/25, province
// 25/25, city 22/22, district 22/22 (the same without region text), buyer 18/18, agency 12/12,
// project code 13/15, published 5/5. Counted with the earlier first-time batches (own-b22, written
// alongside it, apart), award is 149/165 (90.3 %) and winners 165/194 (85.1 %). The misses: labels
// spaced out in a tender (closed up only in results) left its budget, deadline and code unread, and
// a bare 截止时间 was no deadline label; a headerless ranking and a 候选人 table run into one line gave
// no bid; a 更正前/更正后 table gave the replaced winner and price; names wrapped over three lines, or
// inside a table cell, were read as their last part or not at all; a Taiwan notice's 底價 was read as
// an award in yuan; and the 拟建 entry had no stage. After the rules they led to (spaced labels closed
// up in every notice; a bare 截止时间 field the deadline unless its section is another cut-off's; the
// money-like figure after row 1's name; before/after tables read as their new values; names joined
// over up to three lines, or back into their numbered table row; 底价/标底 never an award; Taiwan, Hong
// Kong and Macau money in their own currency unless 人民币 is named; a 项目阶段/项目进展 field giving a
// planned project's stage) all 25 are right, and so are the stages of four earlier 拟建 entries; the
// shared dev and held-out figures are unchanged. Probing past it added a name broken by line breaks
// inside an HTML table cell, the row's later cells after its last part.
// own-b24-* (25: 22 results in the plainest layouts of county and town portals, which the set had few
// of: 区县 成交公告 whose 成交供应商 table is headed only 供应商 | 金额 (by "|" or by a tab, ¥ in the cell),
// 磋商 成交候选人 each with 报价 and 得分 on one line, 第一名/第二名/第三名 lines with 投标报价 below and the
// winner confirmed in a closing sentence, a 询价 成交候选人 | 报价 | 排名 table, 工程 results giving
// 中标人, 中标价, 工期 and 项目负责人 one a line with a doubled full-width colon, with tabs or with spaces
// and 中标价 (万元); winners that are a 专业合作社, a 测绘院 (a public institute), a 职业技术学校 with its
// 52… credit code, a 设计院 without a legal form or a person (叶某(自然人)) chosen among firms in a small
// 询价; three 标段 blocks each with its winner, three 包 won "由某公司中标" in one sentence, a 繁體 copy
// of a ccgp result, a winner named only in the title (关于某公司中标…的公示), 中标人 then 中标人地址 then
// 统一社会信用代码 lines, 采购人 and 代理机构 first with the winner on the last line, two WeChat reposts
// with emoji around labels and a name broken over two lines, a 城投 比选 中选人 with a 含税 大写 sum; and
// 3 others: a 流标 naming its two bidders and two tenders) was scored once before any change: award
// 20/22, award none stated 3/3, winners 19/22, winners none named 3/3, budget 3/3, budget none stated
// 22/22, deadline 2/2, deadline none stated 23/23, category 25/25, stage found 25/25, province/city/
// district 25/25 (the same without region text), buyer 25/25, agency 17/17, project code 23/23.
// Counted with the earlier first-time batches up to own-b22, award is 180/196 (91.8 %) and winners
// 191/222 (86.0 %). The misses: both 供应商 | 金额 tables gave no award (a bare 金额 header names no
// 中标/成交 word), the person was passed over for the one firm among the bidders, three lots won "由…中标"
// gave only the first, read with its 第1包(…)由 in front, and the ✨ around the repost's 成交供应商 kept
// the label from the name wrapped over the two lines below, so only its second half was read. After the rules they led to (a bare 金额/价格/总价 column
// beside the winner's row under a party header, a name noted (自然人)/(个人) read as the person, also after
// 报价最低的 or 综合得分最高的 in a decision, every name between 由 and 中标/成交/中选, emoji dropped from
// result text) all 25 are right; the shared dev and held-out figures are unchanged. Probing result
// wordings past it added a person or a public body (地质大队, 职业技术学院, 工程处) in the cell under a
// winner's column, 家庭农场/种植场/苗圃 as supplier names, and a title naming its winner (关于某公司中标…,
// 关于确定某公司为…中标人) no longer taken for the buyer.
// own-b25-* (25: 21 results of 市/县 住建 and 交易中心 portals of 内蒙古, 西藏, 青海, 广西, 江西, 福建, 辽宁
// and 吉林 (中标候选人 tables split by tabs, "|" or runs of spaces, field blocks and comma-joined lines
// with 投标报价/质量/工期/项目经理/证书编号, 评标委员会推荐, 否决投标 lists before or after the candidates, a
// 万元 column to four decimals), a 牵头人/成员 pair and an "A、B（联合体）" winner line, 带量采购 拟中选
// results (a drug table and device lines, one maker a product), an energy group's 标包 framework with
// 中选份额 lines and a transport group's 标包 table with 份额 and 下浮率, 物业 priced per 平方米·月 only, a
// canteen's 元/人·餐 beside its stated total, 保洁 per month with the contract total, 定点 results for car
// repair (numbered lines), insurance (a 折扣系数 note after each) and printing (named in one sentence),
// a 磋商 table of every 最后报价 and 得分 with the 成交供应商 named once, "经评审，某公司为本项目成交供应商"
// prose, and a result posted as an image with only its caption in text; and 4 others: a tender, a
// 流标 naming its bidders, a 澄清与修改 moving the deadline and a 终止 with its budget in 万元) was scored
// once before any change: award 13/13, award none stated 11/12, winners 16/21, winners none named
// 4/4, budget 3/3, budget none stated 22/22, deadline 2/2, deadline none stated 23/23, category
// 25/25, stage found 25/25, province 25/25, city 25/25, district 22/23 (the same without region
// text), buyer 23/23, agency 23/23, project code 24/24. Counted with the earlier first-time batches
// (own-b24, written alongside it, apart), award is 182/199 (91.5 %) and winners 199/236 (84.3 %).
// The misses: lists of winners cut to their first name (定点维修单位 over numbered lines, 拟中选企业 as
// a table column and as a label opening each line, 定点保险机构 over lines with a 折扣系数 note, "确定A、
// B、C等3家单位为…定点…单位" in prose), a device's 拟中选价 per 根 read as the award, and a district
// named in full before a street (福州市鼓楼区东街…) skipped as if it named the street. After the rules
// they led to (企业 closing a winner's label, 定点…单位/机构/供应商 as a label listing every supplier,
// names decided as a 、 list counted by 等N家, coefficient and discount notes in brackets dropped,
// prices per piece, box or person never the award, a full county-level name before a street kept)
// all 25 are right; the shared dev and held-out figures are unchanged. Probing past it added a
// decided list whose last name joins with 和/及, a price column headed per piece (中选价(元/个)),
// members on role lines below a winner noted (联合体) or (牵头人), role labels with 名称 (联合体成员
// 名称：), a consortium in one table cell (甲(牵头人)/乙(成员)), the clause right before 为…中标人 when no
// verb decides it (经评审，甲公司为本项目成交供应商), 服务商 and 机构 closing a winner's label, and a
// bracket closed before a name found without a label ((图)某公司).
// own-b26-* (25, an ordinary day of a national aggregator rather than rare cases: 21 results — 市/县
// 中标（成交）结果公告 with the numbered sections and small turns (供应商名称 on the line of the 中标金额,
// 中标供应商名称/地址/金额 each over two lines, 成交金额 in 万元 or in 大写 only, a 折扣率 in place of an
// amount), a 建设工程 候选人 notice in blocks and a separate 中标结果公告 deciding in one sentence, 询价/
// 谈判/磋商 成交 of a university (every quote listed), a hospital (成交供应商；成交价 on one line), a
// police bureau ("|" table with 综合得分) and a school (大写 then ¥), state firms' results (a grid's
// 包 table of 中选人 in 万元, a refinery's 成交人 with 含税 amount and 未成交供应商, a carrier's 第一/第二/
// 第三中选人 with 份额, a railway depot's 包件 lines in 万元, a builder's 入围人 numbered with 下浮率),
// 单一来源 with a note after the supplier, an eight-supplier 框架协议 tab table under a 征集人, 标项 blocks,
// a winner only in the title, and a WeChat repost breaking names and labels mid-word; and 4 others:
// a 流标 listing two bids beside a 万元 ceiling, a 终止 quoting the first candidate it withdraws, a
// 合同公告 naming its 供应商（乙方） (other, no winner, as the shared set labels 合同 notices) and a 磋商
// tender) was scored once before any change: award 17/17, award none stated 8/8, winners 19/21,
// winners none named 4/4, budget 1/2, budget none stated 23/23, deadline 1/1, deadline none stated
// 24/24, category 25/25, stage found 25/25, province 25/25, city 25/25, district 20/20 (the same
// without region text), buyer 23/25, agency 18/19, project code 25/25. Counted with the earlier
// first-time batches, award is 219/238 (92.0 %) and winners 237/279 (84.9 %). The misses: 入围人
// over numbered lines read as its first name, a "(原…授权的唯一供应商)" note kept in the winner's name,
// the 流标 notice's ceiling not read because it quotes bids, 征集人 not a buyer label, and the repost's
// buyer and agency broken over two lines not read. After the rules they led to (入围人 as a label of
// admitted suppliers, notes saying what a supplier is to the goods (唯一供应商, 独家代理商) dropped,
// 征集人/征集单位 as buyer labels, buyers' and agencies' names joined over a wrapped line) all but the
// 流标 budget are right; reading a failed notice's ceiling beside its bids cost a held-out check, so
// it stays unread. The shared dev and held-out figures are unchanged. Probing result wordings past
// it added a title "关于某公司的中标公示" naming the winner rather than the buyer, (原厂商)/(原厂) notes, a
// 预计金额 inside a rate-only award, and a label closed by 】 (【成交供应商】) or followed by its own 信息.
// own-b27-* (25 notices that are no result, of provinces little used here: 甘肃, 宁夏, 新疆 and a 兵团
// 师市, 西藏, 海南, 辽宁, 山西 and 河北 county towns; 11 tenders (招标, 磋商, 谈判, 询价, 比选, a 单一来源
// 公示 naming its 拟定供应商, a 资格预审 with its 估算价) whose place is given only by a 镇/乡/街道, a
// 县第二中学 or 镇卫生院, a river with its county, or a phone's area code, with 招标控制价 in ¥, 采购预算
// in 大写 before its figure, 最高限价 in 万元 or in 大写 only, 预算金额 in 元 beside 保证金 and 文件费, and
// deadlines as 投标截止时间/响应文件提交截止时间/开标时间/递交截止 in 上午…时…分, 下午3点整, full-width
// colons (09：30) and a weekday; a 更正 of both ceiling and deadline (由原“…”更正为“…”), a 延期 to 下午
// 14:30, an 澄清 restating the deadline in 北京时间 beside 新疆时间; two 意向 (a table in 万元, lines in 元);
// a 可研 批复, an 环评 拟审批公示 and a 备案 entry with its 项目代码; three 快讯 with 总投资 in 亿元; and
// three others: a 资格审查结果 listing who passed, a 废标 with its ceiling and a platform's 温馨提示 about
// downloading the documents) was scored once before any change: category 23/25, stage found 24/25,
// province 17/25, city 14/21, district 17/25 (the same without region text: none has any), budget
// 20/21, budget none stated 4/4, deadline 11/13, deadline none stated 12/12, buyer 18/18, agency
// 12/12, project code 12/12, winners none named 24/25, published 5/5. The misses: a town that only
// one county has (协格尔镇, 博鳌镇, 花马池镇, 聂当乡, 口泉街道) named nothing without a province from
// elsewhere; a ceiling changed "由原A更正为B" read as A; "上午10点" followed by the next list number
// read as 10:05; "须于投标截止时间前到账。" took the date of the clause after it; a 资格审查结果公示 read
// as an award (its first qualified applicant as the winner) and the 温馨提示 as a tender. After the
// rules they led to (a township name of one county alone names it, outside other parties' sections;
// the amount after 更正为/变更为/调整为; minutes only on their hour's line; a label followed by 前 or a
// date past the end of its sentence is no deadline; 资格审查/预审结果 and platform tips are other) all
// 25 are right but the stage of those two others (no stage fits them); the shared dev figures gain
// one province, city and district (each also without region text), held-out is unchanged. Probing
// past it added a budget label opened by 原/更正前 (the replaced figure) and 更正前/更正后 lines under
// a label, autonomous counties written with 县 but without their minorities (岫岩县, 保亭县, 肃北县;
// 喀左县), 撤销 of a tender or award, 投标文件递交情况 and 调整公告, and 九点半 as half past nine.
// own-b28-* (20, all without region text, of 浙江, 四川, 内蒙古, 广东, 云南, 贵州, 宁夏, 海南, 福建, 甘肃,
// 西藏, 湖南, 河南, 江苏, 安徽 and 青海: 7 tenders, 6 results, 2 意向, a 拟建 公示 and 2 快讯 whose place is
// given only by a 镇/乡/苏木 or a 镇 and its 村, a 县第二中学, a 镇中心卫生院, a 开发区 管委会, a river
// beside a 镇, or a bare 市辖区 name shared by several cities (鼓楼区, 城关区 of 兰州 and of 拉萨, 永定区
// of 张家界 and 龙岩) with its city told only by a masked phone (0591-8752xxxx) or the 交易中心 where bids
// are handed in; traps are agencies in the provincial capital, winners of another province or of the
// neighbouring county with their address in brackets, and a 省政府采购网 carrying a county's tender)
// was scored once before any change: category 20/20, stage found 19/20, province 15/20, city 14/19,
// district 15/20 (the same without region text), budget 14/14, budget none stated 6/6, award 6/6,
// winners 4/6, deadline 9/9, deadline none stated 11/11, buyer 16/17, agency 6/7, project code 8/8,
// published 1/1. The misses: a landline masked after its first digits gave no area code; a bare
// district name of several cities was left open where only a venue (递交地点) or the agency's phone
// said which; "某公司(住所:…号)" and "某公司(某市某区某路318号)" kept the address; a title's
// 英州镇中心卫生院 stopped at 中心. After the rules they led to (masked landlines; a venue, another
// party's section or any phone's area code chooses among the places one name may be, never adding one
// no name offers nor settling names that disagree; a street address in brackets is a note; 中心 runs on
// into 卫生院/小学/中学/学校/幼儿园 in a title) all 20 are right but the stage of the 拟建 公示 (no stage
// fits it); shared dev and held-out figures are unchanged, row for row.
// own-b29-* (25: 23 results in layouts not yet here: spreadsheet pastes split by runs of spaces with
// the header wrapped onto a second line ((元), 是否/成交), 候选人 tables ranked in their last column
// (排名 1-2-3 out of order, 名次 written 第一名 with prices in 万元), 中标单位信息 and 单位名称 in lines
// or a two-column table, 成交 told in a sentence with the amount first (以人民币…元成交给某公司, 大写
// then ¥), 中标通知 letters (某公司：你单位…被确定为中标人; 致：某公司，贵公司…), 电子卖场 and 网上超市
// orders (订单编号, 竞价编号, 供应商/成交金额), 监理/造价/审计 won at a rate with the fee after it (中标监理费,
// 成交金额暂定 in brackets, 成交金额（上限） after a ‰ rate), winners that are an 有限责任公司 branch
// written with or without brackets or carry a Latin trade name, 项目/技术/安全负责人 lines after a
// winner and after each of three candidates, and bilingual labels (中标人 Successful Bidder：, 采购人 /
// Purchaser:); and a 终止 notice and a 监理 tender in 万元) was scored once before any change: award
// 21/23, award none stated 2/2, winners 17/23, winners none named 2/2, budget 1/1, budget none stated
// 24/24, deadline 1/1, deadline none stated 24/24, category 25/25, stage found 25/25, province 25/25,
// city 25/25, district 24/25 (the same without region text), buyer 23/25, agency 21/23, project code
// 22/24, published 1/1. Counted with the earlier first-time batches (237/279 and 219/238 before it),
// winners is 254/302 (84.1 %) and award 240/261 (92.0 %). The misses: 成交给 kept before the name,
// English glosses read as part of the winner, buyer, agency and code, a wrapped 是否成交 header not
// found (every bidder taken, the first row's price), a 第一名 cell closing a row read as the label of
// the next row's name, 中标监理费 not an award label, and 苏州工业园区 left at the city. After the rules
// they led to (成交给/授标给/授予 end the words before a name, a label's English gloss dropped, a header's
// second line joined to its rightmost cells, a rank cell closing a row no label, a ranked table before
// a bare 中标候选人 heading, 中标/成交 + 监理/设计/造价… 费 as the award) all are right but that district;
// the shared dev and held-out figures are unchanged. Probing past it added a 成交金额 column whose
// unit sits on the header's wrapped second line ((万元)) above rows that open with a row number.
// own-b30-* (25, an ordinary day's results from sources the set had little of: 21 results — 直辖市
// district portals (a 上海 询价 成交 with a 成交内容 list of items and unit prices before a 大写 total
// and its 集中采购机构, a 北京 中标（成交）金额（万元） to six decimals with 主要标的信息, a 天津 施工 result
// whose winner stands only in a space-split table with the header wrapped ((元), (日历天), 负责人), a
// 天津 物业 won "每年人民币…元", a 上海 施工 中标价 in 万元 to four decimals with 项目经理 and 工期, a 上海
// 设计 won at a rate with 暂定设计费 on the next line, a 北京 勘察 with a 下浮率 only, a 重庆 食堂 at
// 元/月 with the year's total after it, a 重庆 街道 保安 table of 元/人·月 × 人数 = 年度总价), a 重庆 国企
// 竞价 ranked 名次1/名次2 with ￥ 含税, 政采云 网上竞价 (报价明细 with 是否成交) and 直购 (订单号, 商品清单,
// 订单总额), a 网上商城 rows table with 成交单价 and 成交金额 before the 成交总金额, a 农商银行 中选 with
// 含税 大写 before ¥, an insurer's 中选人 listed with 、 (折扣率, no amount), a carrier's 中选人/中选份额/
// 投标报价（不含税，万元） table, another's 成交金额（含税）"¥ 896,500.00" beside its 不含税 figure, a
// 高校 询价 with a wrapped header and the winner on row 2, a hospital's 议价 (原报价 then 议价后总价), a
// 城投 比价 in 大写 only with its 含税 rate, a 研究所's two items each with its 成交供应商; and 4 others: a
// 北京 tender in 万元 (北京时间), a bank's 询价 tender with 含税 ¥ budget, a 天津 更正 "原为…现更正为…" and a
// 国企 竞价 终止) was scored once before any change: award 15/19, award none stated 6/6, winners 21/21,
// winners none named 4/4, budget 2/2, budget none stated 23/23, deadline 3/3, deadline none stated
// 22/22, category 25/25, stage found 25/25, province 24/25, city 24/25, district 21/22 (the same
// without region text), buyer 25/25, agency 13/13, project code 21/25, published 1/1. Counted with
// the earlier first-time batches, award is 255/280 (91.1 %) and winners 275/323 (85.1 %). The misses:
// a state firm's name "重庆九龙半岛…" read as Hong Kong's 九龙 (so no region and its 98,600 taken for
// Hong Kong dollars), a carrier's table headed 中选人 not read as a bidders table, 元/月 then 合计 read as
// the month's price, the 暂定设计费 below the winning rate not read, and 竞价单号, 订单号, 议价编号 and
// 比价编号 not code labels. After the rules they led to (a bare place word right after the province or
// city a firm is named for, lying outside it, is its trade name; 中标人/成交单位/中选人 head a bidders
// column; a month's or quarter's price followed by the term's total gives the total; a service fee
// on the line below a winning rate or 下浮率 is the award; order and bidding-sheet numbers and 比价/议价
// 编号 are codes) all 25 are right; the shared dev and held-out figures are unchanged. Probing past it
// added 报价单位/报价人 bidder columns beside a 报价 price column (in tables and keyed lines), 入选/入围
// labels repeated under a 遴选结果 heading, figures from before a negotiation or discount (议价前,
// 优惠前, 降价前) never the award, a unit note on a header's wrapped second line ((万元)) for the column
// under a label, 中标价 written as a rate with the fee below, winners labels ending in 名单 (中选供应商
// 名单), an outcome column (成交结果, 评审结果 over 成交/未成交/中选), "投标报价(不含税)：分别为A、B" read as
// the first, a month's fee then the year's (月服务费…，年服务费…), 网上超市 as a platform and never a
// shop, 竞价截止时间 as a bid deadline and 比价单位/比价人 as buyer labels (never after 参与).
// own-b31-* (25 notices that are no result, of the provinces and city types least used here: 吉林,
// 陕西, 青海, 重庆, 河北, 黑龙江, 新疆, 辽宁, 天津, 西藏, 上海, 北京, 海南, 宁夏, 山西; 自治州, 地区, 县级市,
// a city with no county level (儋州), 直辖市 counties: four 快讯 (a 签约 sited in a border economic
// zone, a 集中开工 listing each project's investment, a 竣工 that "通过竣工验收" under a city's bare
// short name, a 进展 naming its 项目业主), five 拟建 (a 项目建议书 批复 and a 可研 批复 to their addressee,
// the latter with 大写 万元 and a date in Chinese numerals, a 核准 of a wind farm, a 备案 in 营口经济技术开发区
// with a code only to the city, an 环评 受理 in 西青经开区, an 环评 批复), two 意向 (a two-row table in 元, a
// 区水务局 named without its city, 010), a 资格预审 with its 估算价, five tenders (最高投标限价 in 万元
// with only a 开标时间, 大写 预算 with a deadline in Chinese numerals and a weekday, a 谈判 closing
// 下午二时 in Chinese dates, a 询价 closing 2027-11-05 18:00, a 比选 closing 下午2点30分 with a 含税 控制价),
// a 更正 moving the 开标时间 with the ceiling 仍为 unchanged, an 答疑纪要 in questions and answers, a 暂停
// in 西安镇 (a town named like a city), an 开标记录 table, a 控制价公示, a 合同公告 and a 验收结果 naming
// its supplier) was scored once before any change: category 24/25, stage found 25/25, province 25/25,
// city 24/25, district 23/24 (the same without region text), budget 21/21, budget none stated 4/4,
// deadline 8/8, deadline none stated 17/17, buyer 22/22, agency 8/8, project code 15/15, published 6/6,
// winners none named 25/25. The misses: 装修改造 read as a 修改 (a change), 那大镇 (儋州, whose towns the
// division data lacks) left to 0898 taken for 海口, and 营口经济技术开发区 (governed as 鲅鱼圈区) left at
// the city. After the rules they led to (维修改造/装修改造/检修改造 and 恢复重建/生态恢复 are works, not a
// change; towns of 东莞, 中山 and 儋州 added and 嘉峪关's read under its 市辖区 row; 0898, 0775 and 0728
// dialled by several cities give the province; zones governed with one district, and an NBS zone named
// after a county of its city (库尔勒经济技术开发区), in that district) all 25 are right, and so are two
// earlier districts (库尔勒 of own-b14, and 海州湾 of own-b22 by the rule that a county's bare name before
// 湾 names a bay). Probing past it added 现延期至 on the line after the 原投标截止时间, the last amount of
// a 更正前/更正后 row, 签约总金额/协议投资额, numbered fields run together (1、招标编号：X2、…), 投资项目统一
// 代码, the trading platform's E+division numbers, grouped and +86 landlines, approval letters answering
// a request by its title, a public purchasing centre acting 受…委托, who invests (由某公司投资建设), 申报
// 单位 and 预算单位, 延长线 roads, notice words inside what a tender buys (开标记录仪, 合同管理系统), the 现
// line under a deadline label after its 原 line, a cap said as "投标报价不得超过…元", names of districts
// merged before the division data (闸北, 塘沽, 开县), a signer before a date printed as 年月日, the
// company a dated press report opens with, a deadline at 24:00 read as the next day's 00:00, and
// title-less excerpts of a contract or acceptance report (not a result for their contract amount), a
// clarification (作如下澄清) and a prequalification (资格预审申请文件). The shared dev figures gain two
// buyers, one agency and two project codes; held-out is unchanged.
// own-b32-* (25, aimed at the places a winner is hardest to read: 22 results of the provinces the set
// had least of (上海, 天津, 北京, 青海, 西藏, 海南, 辽宁, 吉林, 黑龙江, 宁夏, 新疆, 重庆, 河北, 山西) whose
// winners look unlike companies — 会计师事务所 (one a 特殊普通合伙 firm's 上海分所) and 律师事务所, a
// 设计研究院 and a 勘测设计研究院 without a legal form, 农牧民专业合作社 winning two 包, a public hospital
// priced 元/人 × 人数, 培训学校 winning two 包, a 个人独资企业, carriers' 分公司 and an institute's 分院,
// a 家具厂, 修理厂/汽修店 and 分公司 in an 入围 list, a 联合体 whose member fills a "|" row of its own —
// in the layouts that hide them: a PDF's spaces inside names and a page footer and header inside the
// candidates table, a table written one cell a line (入围 with 服务费率, 排名/投标人/投标报价/工期), a
// two-column table flattened one line a key and one a value, "|" rows with a name wrapped onto the
// row below, a winner told only in prose (经磋商小组评审，确定某所为成交供应商; 现将评审结果公示如下：
// 某公司以人民币…元中标), a first candidate declining and the second decided in a sentence, 未中标/未成交
// suppliers with reasons before or after the winner, rankings with 排序 and scores where the first-ranked
// is not the first row (排序 as the last column, or after a 投标人编号 column), 包号/序号/金额/供应商
// columns in varying orders and three 标段 in 万元 to four decimals, amounts in 大写 only, 大写 and 小写 on
// one line, ¥ with a space, and a 勘察设计费 charged at a 下浮 rate with its 暂定金额; and 3 others: a
// 自治县 tender in 万元, a 废标 quoting two bids beside its 预算 and a 更正 moving the deadline in one
// sentence) was scored once before any change: award 19/20, award none stated 5/5, winners 17/22,
// winners none named 3/3, budget 2/2, budget none stated 23/23, deadline 2/2, deadline none stated
// 23/23, category 25/25, stage found 25/25, province/city/district 25/25 (the same without region
// text), buyer 25/25, agency 23/23, project code 25/25. Counted with the earlier first-time batches
// (275/323 and 255/280 before it), winners is 292/345 (84.6 %) and award 274/300 (91.3 %). The misses:
// a 事务所's 分所 after its (特殊普通合伙) and a 研究院有限公司's 金山分院 cut at the parent, a 个人独资企业 not
// read as a name (and "1. 某公司：报价高于成交供应商" then taken as a label over the next bidder), a
// consortium's member on its own "|" row dropped, a 投标人编号 column taken for the names, and the
// 暂定金额 after a fee's 下浮 rate not read. After the rules they led to (分院/分所 and 个人独资企业/合伙企业
// as legal forms; a winner's label closing another field's value is no label; 编号/序号 columns are no
// name column; a member row joined into its leader's cell; a fee named with its rate then 暂定金额 as the
// award) all 25 are right; the shared dev and held-out figures are unchanged. Probing past it added a
// member line left alone once tabs are tidied into spaces, a public body decided the winner in prose
// (确定某市测绘院为中标人, 某医院以…被确定为成交供应商) or on the line below a label ending its own,
// 由第二中标候选人某公司中标, a winner's label closing a bracket note, PDF spaces inside a winner's name
// closed up (after the award is read beside it), a table written one cell a line set back into rows (so
// the first row's price, not the score after its name), 供应商名称 | 未中标原因 tables as the losers, a
// PDF's page header or footer dropped so a name broken by it meets again, a value spaced out one
// character each after a colon, a 备注 of 中标人 under a declined first candidate and a 中标候选人 column
// of 第一名/第二名 as ranks, and a name wrapped in the first row of a table without row numbers.
// own-b33-* (25, aimed at who publishes results the set had few of and at winners that are no
// ordinary company: 22 results of the provinces least used here (北京, 天津, 上海, 重庆, 青海, 宁夏, 西藏,
// 海南, 辽宁, 新疆) and of 澳门 and 台湾 — a 村 股份经济合作社's 小额工程 发包结果 (发包单位/承包单位/承包价),
// a 自治县 农村公路 候选人 table split by spaces with its 交通质量监督站, a 高标准农田 lots table listing
// 二标段 first, a 水利工程质量监督站's 抽检服务 with a two-column table one cell a line, a 林业局 森林防火
// 巡护 with 大写 first, a 林草局 草原修复 in 第一/第二/第三中标候选人 blocks, 学校食堂 食材配送 won by three
// 包 at a 下浮率 only, a hospital's 医疗设备 "|" table with 品牌/型号 columns, an 办公用品 框架协议 naming
// 11 suppliers one a line, 造价咨询 with its 统一社会信用代码 after the name, a 街道's 法律顾问 with the
// address on the winner's line, 印刷 and 车辆维修 定点 (折扣率, a 修理厂 noted 个人独资企业), 车辆保险 won
// by an insurer's 中心支公司, an 电子卖场 反向竞价 with its 报价记录, a title that is only "结果公告" over
// a short keyed list, a 判給 in 澳門元 and a 決標 with 統一編號 and address on the winner's line, a WeChat
// repost and a forwarded email with their noise, a 财政资金 竞争性存放 won by a 农村信用合作联社 and a
// health check won by a hospital's 院区; and 3 others: a 村委会 比选 tender in 万元, a 食材配送 流标 naming
// its two bidders and a 更正 of the deadline (原…现更正为) — was scored once before any change: award
// 14/15, award none stated 10/10, winners 19/22, winners none named 3/3, budget 1/1, budget none
// stated 24/24, deadline 2/2, deadline none stated 23/23, category 25/25, stage found 25/25,
// province 25/25, city 22/22, district 22/22 (the same without region text), buyer 21/23, agency
// 17/17, project code 23/23. Counted with the earlier first-time batches (292/345 and 274/300 before
// it), winners is 311/367 (84.7 %) and award 288/315 (91.4 %). The misses: the lots table's award
// read from its first row (二标段), a (个人独资企业) note kept on a 修理厂, a 农村信用合作联社 not read as
// a name, a hospital's 江东院区 cut at 院, and the buyers under 组织单位 and under a bare 单位 of the
// short list. After the rules they led to (a lots table's rows put back in lot order before the award
// is read; 信用社/信用合作联社 a supplier's suffix, 中选银行/中标银行 a winner's label and a bank's branch
// after its bank part of the name; 院区/校区 ending a body's name; a form or ownership note after a
// name that already ends like a firm's dropped; 组织单位 a buyer label) all 25 are right but the bare
// 单位 buyer, left as it is (too general a word to be a label); the shared dev and held-out figures
// are unchanged. Probing past it added lots told in blocks or clauses with a later lot first (read at
// lot 1's block), 承包价/发包价/合同价 fields of small works, 承包人/承包单位/承包方 as a winner's label,
// 统一编号 ending a name and Taiwan firms trading as 工程行/企业社, a losers heading (未得标厂商) ending
// the winners' section, a framework list on one line read whole however long, 事业单位/国有企业 and
// 共保 notes dropped, a credit code written right before a name, sign and print shops trading as
// 制作部/图文部, a lot's name opening each line under a winners heading, and a quality supervisor's
// published test outcome (检测/抽检 结果公示) classed as a check of finished work, not an award.
// own-b34-* (25 notices that are no result, of the provinces with fewest of them here: 上海, 重庆,
// 青海, 北京, 天津, 海南, 宁夏, 西藏, 山东, 安徽, 黑龙江, 辽宁, 新疆, 福建, 河南, 陕西; 16 tenders with
// budgets worded 采购预算 (大写 in brackets), 最高限价 in 万元, 招标控制价 to the fen beside 中央预算内投资,
// 预算金额（万元） with the figure alone, 大写-only 采购预算, 拦标价, a two-标段 控制价 table with its 合计,
// 项目概算 in 万元, 合同估算价 约…万元, 含税 预算, 采购预算 beside a lower 最高限价, 大写 then ￥ in
// brackets, 大写 then the figure in brackets, a 最高限价 in 元, and deadlines written 09:30（北京时间）,
// 14时30分, "截止时间（投标截止时间，下同）为…", 2027-12-15 09:00, 上午九时整 in Chinese numerals, 上午9:30,
// 9点30分, "（星期二）14:00", "北京时间10时00分" beside a 保证金 cut-off; places only in a buyer's name, a
// town, a 自治县 written short (互助县), an address, an area code (0557) or a division code in the
// 项目编号, or nowhere but a "+86 (0)29" landline; two 意向 (a table in 万元 with 预计采购时间, lines in
// prose), a 规划许可 批前公示 with 估算投资 in 亿元, a 社稳 公示, an 初步设计概算 批复 with 核定总概算, a
// 开工 and a 签约 快讯 (协议投资额), a 更正 of the deadline, a 资格审查结果, a 招标文件获取 notice that
// keeps the deadline, and a 流标 quoting two bids beside its ceiling in 万元) was scored once before
// any change: category 24/25, stage found 21/25, province 24/25, city 23/23, district 23/23 (the
// same without region text), budget 21/22, budget none stated 3/3, deadline 16/16, deadline none
// stated 9/9, buyer 24/24, agency 14/14, project code 18/18, published 3/3. The misses: the
// 批前公示, 社稳 and 初步设计 notices and the 资格审查结果 had no stage (and the last was read as other),
// the 流标's ceiling was left unread because bids stood beside it, and "+86 (0)29" was no landline.
// The conventions then settled: a stage implies its category, so who passed a prequalification is
// tender/prequalification and a notice on obtaining a procedure's documents tender/invitation
// (own-b27-qual-1 and own-b27-dl-1 relabelled from other); 社稳 belongs to the feasibility stage;
// 初步设计, 批前公示, 规划许可, 选址, 用地预审, 节能审查, 施工许可 and 拟建 entries without a stage field
// to project approval; a failed procedure's stated ceiling is its budget, as every 流标/废标/终止 of
// this set is labelled, unless its page ranks candidates (then it is a result page with no budget).
// After the rules they led to (those stages; a 流标's ceiling read beside its bids; "+86 (0)29"
// landlines; a capital's merged area code (024, 028, 029, 0731) giving the capital when no city is
// named; 苏州工业园区 a district of 苏州) all 25 are right, and so are own-b6-tw-1 (截止投標), own-b7-mil-2
// (a buyer's 采购单位地址 after the winner), own-b18-petro-1 (029), own-b26-fail-1 (the 流标 ceiling) and
// own-b29-latin-1 (苏州工业园区). Probing past it added "在…（投标截止时间）前递交", "，委托某代理公司进行…"
// as the agency, 询价/磋商 文件编号 as code labels, a 补充通知 about obtaining documents kept a correction,
// 节能审查 and 施工许可 as approvals, and the buyer after "关于征集/公开征求" in a title. The shared dev
// figures gain seven stages and one buyer; held-out is unchanged.
// own-b35-* (25, the everyday results of the biggest platforms and of the 公共资源交易 portals of the
// most populous provinces (广东, 山东, 河南, 四川, 江苏, 河北, 湖南, 安徽, 湖北, 浙江), in their plain
// layouts rather than rare ones: 22 results — 中标候选人公示 with 第一名/第二名/第三名 and 投标报价/工期/
// 项目负责人/资格证书 columns split by tabs, by "|" with and without spaces, one cell a line, in blocks
// of "label：value" lines per rank and run into one line with spaces; 中标结果公告 with 中标人/中标价/
// 中标工期; 政府采购 中标（成交）结果公告 with 供应商名称/地址/金额 and a 主要标的信息 block (a supplier
// in a development zone or another county), two 标项 in a "|" table and two 包 on lines split by "；";
// 竞争性磋商 成交 with a credit-code column one cell a line and with a ranked 评审情况 in 万元; a 谈判
// 成交 decided in one sentence with 大写 and its figure; 询价 results run into one line and in a "|"
// row with its 询价小组; a 单一来源 with 大写 then ¥ in brackets; a 结果变更 naming the second candidate;
// 中标价 in 万元, in 元, and 大写 with both 万元 and 元 in its brackets; a 监理 price with its 下浮 note; a
// 社会工作服务中心 under a 集中采购机构; candidates recommended by the 评标委员会 in prose — and 3 others:
// a 施工招标 with 最高投标限价 in 万元, a 终止 stating its 采购预算 and a 更正 of the deadline) was scored
// once before any change: award 22/22, award none stated 3/3, winners 21/22, winners none named 3/3,
// budget 2/2, budget none stated 23/23, deadline 2/2, deadline none stated 23/23, category 25/25,
// stage found 25/25, province/city/district 25/25 (the same without region text), buyer 25/25,
// agency 25/25, project code 24/24. Counted with the earlier first-time batches (311/367 and 288/315
// before it), winners is 332/389 (85.3 %) and award 310/337 (92.0 %). The one miss: "推荐中标候选人如
// 下：第一中标候选人为某公司，…" read twice, once with the rank words as part of the name. After the rule
// it led to (a label whose value opens with a rank after a colon or 如下 heads a ranking and names no
// one itself; rank headers side by side stay table columns) all 25 are right; the shared dev and
// held-out figures are unchanged. Probing ordinary wordings past it added headings worded 排序如下/
// 排名为, a header and its row run into one line read at the header's place (an address between the
// name and the amount, and never the row number 1 as 1万元), a field changed in one clause (中标金额由
// “…”更正为“…”) read at its new value, candidates listed after 依次为/分别为, a consortium leader noted
// (主体) or (主办方), a transposed candidates row whose names are split by single spaces, a village's
// works team (建筑队, 安装队) or a hotel under a winner's label, "中标候选人：… 排名：1 投标报价：…" lines
// split by single spaces (never taken for a header row), and a bidder's block of fields closed by
// its rank (投标人名称/投标报价/排名：第一名) giving the name and bid above that rank.
// own-b36-* (25 notices of every kind, none with region text: 7 tenders, 7 results, 4 更正, 3
// 意向, 2 快讯, a 终止 and a 流标, of 浙江, 江苏, 湖南, 四川, 河北, 广东, 贵州, 江西, 湖北, 河南, 云南, 吉林,
// 内蒙古, 甘肃, 广西, 山东, 福建, 陕西, 安徽, 山西 and 辽宁; places only in a 镇/乡/街道 or a village of
// the project's name, a school or clinic named after its township without the township word, a road
// (临桂大道), a river (南明河), a mountain (西樵山), a 统一社会信用代码 or a project code with a division
// number, or an area code, while the agency's or winner's address names another district; buyers
// labelled 招标单位, 采购单位名称, 项目业主, 业主单位, 建设单位（招标人）, 发包人, 委托单位, 需求单位 and
// 使用单位, codes labelled 招标编号, 交易编号, 标段编号, 招标项目编号, 采购计划编号 and 备案号) was scored
// once before any change: province, city and district 18/25 (the same without region text),
// category 24/25, stage found 24/25, budget 12/12, budget none stated 12/13, award 7/7, winners
// 7/7, deadline 9/9, buyer 23/24, agency 10/10, project code 19/21. The misses: seven places told
// only by a township the region data has in several counties (水东镇, 大圩镇, 李楼镇, 双沟镇) or not at
// all (木渎实验小学, 崧厦中学, 西樵山), a 发包公告 read as a change, a 需求单位 buyer, codes labelled
// 采购计划编号 and 备案号 and nothing else, and a 更正 whose corrected 招标控制价 was read as a budget
// (change notices carry none in any labelled set, so it stays a miss). After the rules they led to
// (需求单位/使用单位 as buyer labels; plan and filing numbers as the code of last resort; 发包 as a
// tender word; a township several counties share chosen, as a shared district name is, by a phone's
// area code or another party's address; a title or buyer opening with a township stem before 小学,
// 中学, 学校, 幼儿园, 卫生院 or 敬老院, where one 镇 or 乡 alone has the stem and no other township's
// name holds it, counted only where such a clue agrees) all are right but the 更正 budget and four
// places: 西樵山 (a mountain, no township word), 崧厦中学 (崧厦 is now a 街道, and 街道 stems are too
// often everyday words: 第一, 阳光, 启明) and 李楼镇 and 双沟镇, which have no phone or other party to
// choose among their namesakes. The shared dev and held-out figures are unchanged by these rules.
// own-b37-* (25: 20 results in the forms they take when an aggregator reposts them second-hand: 中标通知书
// letters addressed to the winner ("某公司：你单位…被确定为中标人", "致：某公司 … 贵公司为本项目中标人")
// and signed by the buyer, results pasted from Word with 一、二、… paragraphs and the experts' names
// and agency fee after the winner, a winner told only inside the 评标情况 paragraph ("推荐某公司为第一
// 中标候选人", "某公司的响应文件…得分最高，确定其为成交供应商"), lots where some failed (废标 in the lot's
// line or in the supplier's cell of a 包 table) and others were won, 设计/监理/造价/检测 services bid as
// a rate with or without the fee it comes to (设计费暂定…, 折合监理费…, 合同暂定价…, a 造价 rate and no
// sum), 施工总承包 with 暂列金额 and 安全文明施工费 on lines of their own before the 中标价, bilingual
// 国际招标 results priced in USD and EUR, 拟定中标人 and 推荐第一名 wordings, lot tables whose merged
// winner cell was flattened so one winner stands on its first row only, and winners named only by a
// bidder number (3号投标人, 投标人编号T05) with a list that decodes it; and 5 others: a tender with
// "项目总预算…其中本次采购预算…", a 磋商 with 下午 deadline, a 更正 of the 招标控制价, a 流标 and a 终止
// stating its 原预算金额) was scored once before any change: award 15/17, award none stated 8/8,
// winners 15/20, winners none named 5/5, budget 1/3, budget none stated 21/22, deadline 2/2,
// deadline none stated 23/23, category 25/25, stage found 25/25, province 24/25, city 24/25,
// district 23/25 (the same without region text), buyer 25/25, agency 19/19, project code 25/25.
// Counted with the earlier first-time batches, award is 325/354 (91.8 %) and winners 347/409
// (84.8 %). The misses: a letter's "请贵公司" read as the winner instead of its addressee, 确定其为
// 成交供应商 read as another bidder named later, "推荐的中标候选人及排序如下：\n推荐第一名：" read with
// its rank words as part of the name, both bidder-number results (every decoded name, or the wrong
// one), the project's total budget instead of this procurement's share, a 终止's 原预算金额 skipped as
// a replaced figure, a designer's fee under 中标金额 (设计费暂定…) and a 合同暂定价 below a rate not
// read, the corrected 招标控制价 of a 更正 read as a budget, and two universities (杨凌, 呈贡) with no
// place in the text. The 更正 was a label question: change notices carry no budget in the shared
// sets (none of them labels one), while own-b14-chg-1, own-b27-chg-1 and own-b31-corr-1 labelled
// their ceilings, against own-b36-fj-1; those three were relabelled to no budget. After the rules
// they led to (a letter of award names the winner it is addressed to; a winner given by bidder
// number is the name the notice's list gives that number; 其/该公司 in a decision points back to the
// name its sentence opened with; 及…排序如下 and 推荐第一名 under a ranking heading; a change notice
// that says what it changes reads no budget; 其中本次…预算 after a total; 原预算 where nothing
// replaces it; 中标金额：…费暂定 and 合同暂定价 as the award; and, from the open list, 采购金额(预算) as a
// budget label) all are right but the two universities' places. The shared dev budget none stated
// goes from 203/219 to 205/219 and held-out from 93/100 to 94/100; nothing else changes. Probing
// result wordings past it added 你公司被确定为某工程的中标人 (the works between 为 and 的) and 贵公司中标
// in a letter, bidder letters (投标人B), a name noted in brackets after a bidder number, a ranking
// table whose only bidder column is 投标人编号 (decoded from the list), English-only winner labels
// (Winning Bidder, Successful Tenderer, Awarded Supplier), a project's share after its total without
// 其中 or in brackets (while a 暂列金额 after 其中 stays part of the ceiling), and 暂定设计费为… after
// a rate bid.
// own-b39-* (25: 23 results in layouts and wordings not yet here: a ccgp 中标（成交）信息 whose amount
// column is unitless under a "金额单位：万元" line, header and value rows split by runs of spaces; a
// Markdown table with its |---| rule and a boxed +---+ table of candidates; a 成交总价 written "RMB …";
// winners with a city inside their name (西创（成都）…有限公司), a 设计事务所（普通合伙） won at a rate with
// the fee it comes to (折合中标金额), a 合伙企业（有限合伙） in 万元, a consortium of 牵头方/成员方 one of
// them a （香港） firm priced in 人民币, a consortium joined in one "|" cell by "+"; a 协议供货 list with
// 优惠率 after a gap on each line; a 网上商城 直接订购 with its 订购单号 and 订单金额; an 评标结果 listing a
// 无效投标 bidder ranked "/" above the ranked ones, a 评审结果 whose first-ranked stands third among
// 报价/商务/技术得分 columns, a 候选人 table headed "（单位：万元）" with 评标价; 候补成交供应商 taking the
// place of a first-ranked who gave up; Ⅰ/Ⅱ/Ⅲ标段 in 万元 under 最高投标限价 in 元, 包A/包B rows with ¥,
// two 包 whose 中标金额 is 详见附件, a 繁體 成交 of a mainland 街道 clinic with 大写 and ¥, a 监理 rate with
// an 暂估中标金额 of 约…万元, a 中标价 in 万元 to four decimals after a 招标控制价 in 元, a tab table with an
// empty 标段 cell, a 框架协议 second stage chosen 直接选定 won by a 建工 firm's 分公司; and 2 others: two
// 包 both 流标 under a 采购预算 in 万元, and a 招标失败 with every bid rejected beside its 最高投标限价)
// was scored once before any change: award 21/21, award none stated 4/4, winners 20/23, winners none
// named 2/2, budget 2/2, budget none stated 23/23, deadline none stated 25/25, category 25/25, stage
// found 25/25, province/city/district 25/25 (the same without region text), buyer 25/25, agency
// 23/23, project code 24/25. Counted with the first-time figures own-b37 gives (325/354 and 347/409),
// award is 346/375 (92.3 %) and winners 367/432 (85.0 %). The misses: the 协议供货 list read as its
// first supplier (入围协议供货商 was no label, and a rate after a gap made each line more than a name),
// 由候补成交供应商某公司成交 read with its role words, the "+"-joined consortium cell read as one name, and
// 订购单号 not a code label. After the rules they led to (供货商 and 协议供货商 as winner labels, a rate
// field after a gap dropped from a list line, 候补/替补/备选 role words before a name dropped, "+" joining
// members after a role note, 订购单号/订货单号 as order numbers) all 25 are right; the shared dev and
// held-out figures are unchanged. Probing result wordings past it added consortium members joined by
// "+" or "/" without role notes and "成员：…" on the line of a leader noted (联合体牵头人), a lot noted
// in brackets after a winner ((包1), (A包、C包)), an order's 订单(总)金额 and a 成交总额 as the award,
// lots lettered (A包, 包B) or in Roman numerals (which display text writes II标段) both as lot lines and
// in lot order, a headerless lots table with the winner after a gap, a candidate noted (已放弃)/
// (放弃中标资格) passed over for the next one named (with that one's own bid as the award), 推荐某公司为
// 第一成交候选供应商 in prose, a rank note going on with the bid (甲公司(第一名，报价…)), and a table
// written one cell a line whose header opens with the bidder column instead of a row number. A 结果公告
// whose body reports the procedure failed (本项目流标) was left an award notice: the shared set labels
// such a notice by its title.
// own-b40-* (25 notices that are no result, from the places the set had fewest of, 13 with region
// text and 12 without: 12 tenders (招标, 磋商, 询价, 比选), 3 changes (a 延期 "原定于…现延期至", an 澄清 "仍为", a 变更 of
// 原…截止时间 to 下午2:30), 3 意向 (a table in 万元 signed with a date, lines in 元, 大写 with the figure in
// brackets), 4 approvals (an 环评 受理, a 核准, a 立项 and a 可研 批复) and 3 快讯 — of 西藏 (申扎, 噶尔), 青海 (玛多, 久治),
// 宁夏 (隆德, 同心), 新疆 (塔什库尔干, 巴里坤, 阿图什), 内蒙古 盟 and 旗 (额济纳, 鄂托克前旗 with its 上海庙镇, 莫旗 in the title),
// 神农架林区, 六枝特区, towns of 东莞, 中山 and 儋州 and of 嘉峪关 (no district labelled), 雄安新区 (保定), 两江新区, 成都天府新区,
// 滨海新区, 和龙 and 恩施 (县级市 of 自治州) and 双江 written short; places only in a 乡/镇/村 with a county buyer, an
// area code (0975, 0718, 0769, 0898; 0719 beside 神农架), a division in the project code
// (XJZB-653131-…) or an 投资项目代码; budgets as 最高投标限价 in 万元, 大写 before ¥ or before (小写：…元), 招标控制价,
// 比选控制价, 控制价, 最高限价 (人民币…元), 招标估算价, 采购预算 (最高限价), 大写 only, 总投资 and 估算总投资; deadlines as 提交投标文件截止时间
// (北京时间), 响应文件递交截止 下午3:00, 开标时间 only, 2027-12-09 17:00:00, 下午4时, 24时 (the next day's 00:00),
// 2028-01-05 09:30:00 and 下午2点30分; buyers as 招标人, 采购人, 采购单位, 比选人, 发包人, 项目业主, 建设单位 and an approval's
// addressee) was scored once before any change: category 25/25, stage found 25/25, province 25/25,
// city 25/25, district 18/18 (the same without region text), budget 22/22, budget none stated 3/3,
// deadline 15/15, deadline none stated 10/10, buyer 25/25, agency 12/12, project code 18/18,
// published 4/4. Probing past it, in the same places, found what it did not ask: the everyday short
// forms of banners (科左中旗, 察右前旗, 土左旗, 阿左旗, 乌前旗, 东乌旗, 达茂旗, 莫旗 alone; not 陈旗, as often a person) and
// 塔县/察县, 巴州 for 巴音郭楞, the zones of cities without districts (中山火炬开发区, 翠亨新区, 洋浦经济开发区), a town
// written under the township word before or after its own (泽当镇 for 泽当街道, a 乡 since made a 镇), the
// 兵团's regiments (一二九团, 150团), area codes listed with some of a prefecture's counties (0897 read as
// 普兰县, 0892 as 仲巴县) and 0937 of 嘉峪关 as well as 酒泉, and a phone taken as the place before it chose
// among a town's namesakes (木鱼镇 with 0719 read as 十堰). After the rules they led to all of those are
// read; the shared dev and held-out figures are unchanged.
// own-b42-* (25 notices where reading the budget is hard, 12 with region text and 13 without: 17
// tenders, 14 with the budget beside other money — 投标保证金 before it, 招标文件售价 and a 大写 限价 with ¥
// after it, an 代理服务费 of 约1.2万元, 履约保证金 as a share, a 招标控制价 其中暂列金额, a year's figure with
// a 三年合计 and a 单价上限, 三年总预算 with 每年 in brackets, three 包 each with its 预算 and no 合计, a 标段
// table of 最高投标限价 with a 合计 row, a 总预算 split into A包/B包, 最高限价 stated before a larger 预算金额
// (the 预算 is the label, as own-b11 and own-b34 have it), a 控制价 of 1.2638亿元, 大写 only, 全角 digits
// with 全角 separators — and 3 stating none (a 下浮率 tender with only 保证金 and 售价, a 询价 whose one
// figure is a 业绩 threshold, a 谈判 with 保证金, 标书费 and 代理费); 2 意向 (three blocks each with 预算金额,
// a table in 元 with two rows: the first is the label, as every earlier list has it); a 拟建 entry and a
// 立项 批复 whose 总投资 is followed by 其中 parts (中央预算内投资 among them); 2 快讯 (其中一期投资, and a
// 年度 计划完成投资 beside the 总投资); an 更正 of 原最高限价 and a 延期 saying 预算金额不变 (no budget, as
// every change); deadlines as 上午9:30（北京时间）, 2028-02-27 10:00, 14时30分, 2028-01-19 09:00:00, 9时00分,
// 下午15:00, 上午9时30分, 开标时间 only, 下午4时, 13:30, 上午10时整, 下午3时, 下午2点30分 and the changed ones)
// was scored once before any change: budget 19/20, budget none stated 5/5, award none stated 25/25,
// deadline 19/19, deadline none stated 6/6, category 25/25, stage found 25/25, province/city/district
// 25/25 (the same without region text), buyer 24/24, agency 19/19, project code 19/19. The miss: the
// 标段 table's ceiling column (最高投标限价 was no lots-table budget header) read as its first row. After
// the rule it led to (a lots table whose column is a ceiling adds up, its 合计 row the total) all 25 are
// right. Probing budgets past it added a term's total named before its figure (三年合计240万元), a 总金额
// after a label that says it is a year's (年度预算…，合同期三年，总金额…), 限价/采购金额/项目金额 standing
// alone as fields of an open notice, a numeral before 包 as a lot (26万元（一包）、14万元（二包）) and
// 其中本次采购42万元 as this procurement's share, and a cap said in words before its figure (不超过,
// 控制在). From the shared dev misses: a result title over a body that only invites bids and speaks of
// no result (成交公告 over 欢迎…参加 and 递交响应文件截止) is a tender, and a 总投资 after a count of projects in a sentence counting from a past time (累计, 迄今, 以来) is a
// campaign's running total, not the batch's (press words such as 投入资金 after those are money spent so
// far); dev category goes from 311/320 to 313/320 and dev budget from 98/101 to 100/101, held-out
// unchanged.
// own-b43-* (20 notices whose tables arrive one cell a line, 8 with region text and 12 without: 8
// tenders (a 合同包 table with 数量, 预算金额（元） and a 采购单位 column and no other buyer, a 标段划分一览表
// caption over 最高投标限价（万元） with a 合计 row, 序号 items in 万元 with a 合计 row whose empty cells are
// blank lines, a one-row 项目名称/预算金额/最高限价 table under a 项目概况 heading, 采购包 rows with 预算金额
// beside 最高限价, 预算单价 beside 预算总价 with a 合计 row, a 采购需求一览表 caption over 包号 rows, and
// 预算金额：236.5W元); 5 意向 (an 采购意向一览表 caption with 采购单位 as the last column and no other
// buyer, no 序号 with 采购单位 first, an 采购人 column under a header without unit, a title line with
// figures above the header and values in 万元, 政府采购意向表 over 采购单位 in the second column; the first
// row is the label, as every earlier list has it); 7 results (序号/中标供应商/中标金额（元）/供应商地址
// under 一、中标信息, two 合同包 in 万元 labelled with the first lot's award, a 中标结果一览表 caption over ¥
// amounts, 供应商名称 first with 成交金额 in 元, 成交金额：52.8W, 标段/中标人/中标价（万元）/工期/项目经理,
// and a 采购单位 column beside the winner)) was scored once before any change: budget 2/13, budget
// none stated 7/7, award 3/7, award none stated 13/13, winners 7/7, winners none named 13/13, buyer
// 18/20, agency 12/12, deadline 8/8, deadline none stated 12/12, category 20/20, stage found 20/20,
// province/city/district 20/20 (the same without region text), project code 12/12. The misses:
// every budget column of a flattened table but the one-row table's and one 意向's (the 序号 items read
// as a row number, the others not at all), the lots' award in 万元 read as a row number, the 标段
// winner's 中标价 and the award beside a 采购单位 column not read, a 采购单位 column standing last
// (twice), and a w for 万 read as yuan. After the rules they led to (a run of
// short lines that are all column names, followed by value lines that make whole rows of that
// width, is a table set back into one line a row, so ordinary table readers read its columns and the
// units in its headers; a line above it that names the table (…表, …信息, 如下) or a heading is left
// out when the values fit only without it; a numbering column's name never is; a 合计 row whose
// empty cells were lost keeps its figure in the last column; the next table's numbering column ends
// the values; the buyer read from a 采购单位/采购人 column wherever it stands; a Latin w after a figure
// and before 元, or ending a money field's value, is 万 (a lamp's 100W is not)) all 20 are right.
// On the shared dev split buyer goes from 232/257 to 233/257 and four 公共资源 tenders labelled with no
// budget now read the 预算金额(万元) column of their flattened 包号 table (budget none stated 205/219 to
// 201/219); budget, award, winners and category are unchanged. Probing past it added 期限 and a bare
// 采购项目 as column names and a last row whose empty last cell is lost with the blank line after it.
// own-b41-* (20 results in layouts not yet here: 住建 施工 候选人 and 评标结果 tables with 投标报价, 评标价 and 综合得分
// columns (one whose first-ranked stands second, decided in a closing sentence; one in 万元 to four
// decimals with 项目经理 and 资质等级 columns), 项目负责人 and 注册证书编号 between the name and the price (as
// columns, and as lines of each candidate's block), a 货物 品目 table with one supplier a 包 between
// 品目名称 and 品牌型号, a 医院 table of 一包/二包 under "金额单位：万元", 否决投标 bidders with their reasons before the
// winner (as numbered lines, as a table of 投标人名称 | 否决原因) and 未中标人及原因 after one noted (小微企业), a
// 询价结果一览表 whose 是否成交 column decides and another in 万元 whose 评审结论 says 推荐成交, a 网上竞价 table of
// 成交/未成交, a 磋商 with 首次报价 and 最后报价, 标段 rows numbered by code with a 项目经理 column, a 单一来源 told in one
// paragraph with the supplier noted (原厂授权服务商), a 物业 award of 每年… 三年合计…, a 监理 won at a 下浮率 only (no
// award), and two bilingual results: English labels before the Chinese ones with the English name
// after the winner and an RMB amount, and a candidates table headed "Rank 排名 | Bidder 投标人 | Bid
// Price 投标价(CNY)") was scored once before any change: award 17/19, award none stated 1/1, winners
// 18/20, category 20/20, stage found 20/20, province/city/district 20/20 (the same without region
// text), buyer 20/20, agency 18/18, project code 20/20. Counted with the first-time figures
// own-b39 gives (346/375 and 367/432), award is 363/394 (92.1 %) and winners 385/452 (85.2 %). The
// misses: the supplier's note (原厂授权服务商) kept with its name, the 推荐成交 row of a 评审结论 column not
// taken as decided, and the bilingual table whose header cells open with English (so neither its
// rank nor its bidder column was found, and the buyer's name in the title was read as the winner).
// After the rules they led to (服务商 among the roles noted after a name; 评审结论/询价结论 as a column that
// decides, 推荐成交 and 拟成交 as its yes; an English gloss before a header cell's Chinese label passed
// over) all 20 are right. Written with it, for gaps an earlier probe had left: a table drawn with
// box characters (┌─┬─┐, │, ║, +---+ and +===+ borders, a border between every row) is read as
// rows of "|" cells; a lots table without its header ("A包 某公司 128,600.00", "第1包 | 某公司 | …") gives
// each lot's winner (a note after it, such as (小微企业), dropped) and reads the first lot's bare
// figure in the unit a line above states, else in 元 when it is written as money and the notice
// says 元 or nothing says 万元, else (a notice speaking only in 万元) a small figure in 万元; and notes
// after a name are dropped for a listing (证券代码…, 股票代码…, 上市公司), 劳务派遣, 纳税人 status, 注册地/所在地, size
// classes joined by 、, and a province or city the name already holds ("广东某公司(广东省)",
// "成都某公司(四川省成都市)"), while (普通合伙), (有限合伙), (集团) and a place the name does not hold stay. Probing
// past it added English award and party labels (Winning Price, Contract Price, Award(ed) Price or
// Amount, a Bid Price or Bid Amount on the line after Successful Bidder or Bid Winner; Tenderee,
// Purchaser, Buyer, Employer; Tendering Agent; Notice of Award, Contract Award Notice and
// Publicity of Winning Candidates as titles), lots named Lot 1 or Lot No. 2 (alone or before 第1包),
// a label's English in brackets before its colon (中标人(Successful Bidder)：), an English name
// followed by its Chinese one in brackets (read as the Chinese), (项目负责人：…) after a name as a note,
// a bare 成交 column of ticks, the 合计 row of a goods table whose rows name one supplier and one lot
// as the award, rank columns headed 综合排名, 得分排序, 排名顺序 or 中标候选人排名, and, for a result that names no
// winner at all, the body its title opens with ("某污水处理厂提标改造…公示") no longer taken for one, nor rank
// words run into a name ("第一名某公司，第二名…") read as part of it. The shared dev and held-out figures
// are unchanged by these rules.
// own-b46-* (20 tender-side notices whose bid deadline is hard to read, 3 with region text and 17
// without: 招标, 磋商, 询价, 谈判 and 比选 notices, a 单一来源 公示, a 资格预审, an 更正, an 澄清 and a 延期;
// several cut-offs in one notice (获取文件, 答疑, 保证金到账, 投标截止, 开标, 公示期, also as a 事项 | 时间 table),
// 投标截止时间同开标时间 with only the 开标时间 dated, 截止时间为…（星期三）…北京时间, 上午9点半, 下午14:30, 中午12时整,
// 下午3点整前, 24时, dates with dots and with slashes, a two-digit year (27年11月8日), Chinese numerals
// (二〇二七年一月五日上午九时三十分), a receipt window 自…起至…止, an 更正 giving the old and the new deadline
// in one sentence, 变更前/变更后 lines, a 延期 推迟至, a deadline stated as UTC+8 and 香港时间, and a 公示
// with no deadline but a 公示期 (label null)) was scored once before any change: deadline 15/19,
// deadline none stated 1/1, category 20/20, stage found 20/20, budget 17/17, budget none stated 3/3,
// province/city 20/20, district 19/20 (the same without region text), buyer 20/20, agency 20/20,
// project code 20/20. The deadline misses: the two-digit year, the receipt window, 下午3点整前 (整
// ended the time before 前), and 获取磋商文件截止 taken as the bid deadline (the verb before the
// document word was not looked at); the district miss was the row's own error (a 街道 of another
// county), corrected in the row. After the rules they led to (a two-digit year with 月 and 日 is this
// century's; 整 or 正 closes a time; a 获取/报名/保证金 word just before a bid label's document word
// names another cut-off, unless joined by 及 or 和; the end of a 投标/响应文件 接收/递交/受理 window is the
// deadline) all 20 are right. Probing past it added AM/PM written before the hour, 以前 like 前
// before a submission verb, a line opening with 截止时间为 read like 截止时间：, a same-day receipt
// window given as two times (8:30至9:00, its end the deadline), 改为 as a change and 原时间 |
// 变更后时间 as a before/after table header. The shared dev figures are unchanged.
// own-b47-* (20 results in forms not yet here, 11 with region text and 9 without: 交通, 水利 and 电力
// 工程建设 candidates as blocks of key-value lines (排名/名称/投标报价/工期/质量/项目经理, 中标候选人排名：第一名
// with 投标报价（元）, 推荐排序 with 投标报价 in 万元); a result told in one sentence (经评审，确定某公司为中标单位，
// 中标价为…元; 确定某公司为中标人，中标价396.58万元); an 电子卖场 成交 with 成交供应商, 成交金额 and 成交时间 on one
// line apart by spaces, and another as a header line over one value line; a 中标价 of 下浮率8.5%，暂定金额…元
// and a 中标下浮率 line over 暂定金额：96万元（按实结算） (no award, as the rules before it have it: an
// estimate beside a rate is not what was won); two 标段 in one sentence (第一标段由某公司中标，中标价…); a 流标
// 包 between two won ones, as lines and as a 包号 | 中标供应商 | 中标金额（元） table; 单一来源 成交价格 in 大写
// with ¥ and in one sentence; 中标信息（金额单位：万元） over "|" rows of bare figures and 中标结果（金额：万元）
// over columns apart by runs of spaces; 包号/中标人/中标金额（元） and 包号/成交供应商/成交金额（万元） with a
// 合计 row (labelled with the first lot's award, as every earlier list has it); and 繁體 決標 of mainland
// buyers, one with 得標供應商 and 決標金額：人民幣…元, one with 標案編號 and 得標廠商 … 決標金額 人民幣271.5萬元
// on one line) was scored once before any change: winners 20/20, award 18/18 (the two rate results
// first labelled with their 暂定金额 were set to none stated on reading that convention), award none
// stated 2/2, winners none named 0/0, category 20/20, stage found 20/20, province/city/district 20/20
// (the same without region text), buyer 20/20, agency 7/7, project code 19/20. Counted with the
// first-time figures own-b41 and own-b43 give, award is 384/419 (91.6 %) and winners 412/479 (86.0 %).
// The misses: the bare 512.8 under 中标结果（金额：万元） read as yuan, and 標案編號 not a code label. After
// the rules they led to (a bracket naming 金额, 价格 or 报价 with a unit but without 单位 states the unit of
// the figures below it; 标案编号 beside 标案案号) all 20 are right; the shared dev figures are unchanged.
// Probing past it added a name field on the line under a rank heading (中标候选人第一名\n投标人：某公司,
// 第一名\n单位名称：…) read without its label, lots parted by semicolons in one sentence (第1标段：甲公司，
// 中标价…；第2标段：流标；第3标段：丙公司…) each giving its winner, and 決標金額 and 決標廠商 as award and
// winner labels; the shared dev and own figures are unchanged by them.
// own-b49-* (20, all without region text, whose place is read only indirectly: 8 tenders, 5 results,
// 4 更正 and 3 意向 of 贵州, 江西, 山东, 广西, 浙江, 湖南, 福建, 甘肃, 江苏, 内蒙古, 河南, 山西 and 湖北;
// 市本级 buyers (a 公安局, a 财政局, a city hospital named 市一院 in its title) labelled at city level as
// the set has them, with the agency in the provincial capital's district; county bodies named only in
// the buyer (县人民医院, 县第一中学, 县水利局, 妇幼保健计划生育服务中心, 疾病预防控制中心, a 镇人民政府 and a
// 街道办事处 under their county, a 村民委员会 under its 镇 and county, a 国有林场 of an autonomous county
// written with 县 alone) under titles that name no place; a 县教育局 whose county is told only by the
// division code opening its project number; 兰州新区 (across two counties: city level) and 昆山开发区
// (in 昆山市); 槐荫区 only in a city firm's project name; a site address 荷塘区新华西路199号 under a city
// firm; 新城区 told by a phone masked before its last digits; 教体局 for 教育体育局; buyers labelled
// 采购人名称, 采购单位, 招标单位, 项目业主, 比选人, 建设单位, 招标人 and 采购单位名称, agencies 招标代理机构,
// 比选代理人, 招标代理单位, 代理单位 and 代理机构名称) was scored once before any change: province 20/20,
// city 19/20, district 14/16 (the same without region text), category 20/20, stage found 20/20,
// budget 11/11, budget none stated 9/9, award 5/5, award none stated 15/15, winners 4/5, winners
// none named 15/15, buyer 19/20, agency 17/17, project code 16/16, deadline 12/12, deadline none
// stated 8/8. The misses: the number 430626-2028-XJ-0153 (the method's letters between year and
// serial) gave no division; 项目地址：荷塘区… after 代理单位 was read as the agency's (only 项目地点
// ended its section); a winner's address in brackets on a road numbered by its parts (某中路二段98号)
// stayed in the name; an 意向 naming its buyer only in "现将某中心2028年5月至7月采购意向公开如下" had
// none. After the rules they led to (letters allowed between a plan number's year and serial; a site
// given as 地址 ends a party's section; a 段 between road and number in an address note; the body an
// intent sentence names as the buyer, 本单位 excepted) all 20 are right. Probing past it added
// 项目所在地 as a site label, ring roads (东二环二段88号) in address notes and 现就 as 现将. The shared
// dev and held-out figures are unchanged.
// own-b48-* (20: 17 results and 3 notices naming no winner, 10 with region text and 10 without, of
// sources not yet here: a 核电 platform's 推荐中标候选人 by 标段 with 排序1/排序2 lines and ¥ bids, a 铁塔
// 比选 with 中选人一/中选人二, 份额 and 站均单价 only (award none), an 轨道交通 EPC whose consortium of three
// is written with slashes and 牵头人/成员 notes in 万元, a 高速公路 监理 table by 合同段 with 评标价 and 得分 of
// two candidates a row, a 航道 监理 ranking by 投标费率 (award none), a 武警 谈判 under 成交结果（单位：万元）,
// a 研究生院 遴选 with 大写 and ¥ and a 备选单位, a 附属医院 比选 by 挂网价下浮率 (award none), a 框架协议 二次竞价
// listing the 入围供应商 who took part before the 成交供应商, a 钢铁 group's 份额 and 中标单价 table, a 光伏
// EPC whose two members are joined by 、 with the leader named in a bracket, a 热力 询比 under "以下金额
// 单位：人民币万元", a 广电 network's two 包, a 出版 group's 印张单价 (award none), a 农垦 大写 award, a 油田
// 流标 of two 标段, a 高校 比选 终止 with its 预算金额, a 军队 废标, a 水务 EPC whose leader is noted 联合体牵头方
// with 联合体成员方 after it, and a 联通 中选 under "金额单位：万元，含税" with shares) was scored once before any
// change: winners 13/17, award 11/12, award none stated 8/8, winners none named 3/3, category 20/20,
// stage found 20/20, budget 1/1, budget none stated 19/19, province/city 20/20, district 11/11, without
// region text province 20/20, city 18/20, district 11/11, buyer 18/18, agency 9/9, project code 20/20,
// published 4/4. Counted with the earlier first-time figures (own-b49's too), award is 400/436
// (91.7 %) and winners 429/501 (85.6 %). The misses: the second 标段's 排序1 not read as a rank, "中选人一：" read with its
// number as part of the name, the suppliers who took part in a 二次竞价 (参与竞价的入围供应商) taken as
// winners, 联合体牵头方 not a role note (so the 成员方 after it were missed), and the 评标价 column not
// read as the first candidate's price. After the rules they led to (a number between a winner's label
// and its colon belongs to the label, and after a 候选 label a number past the first is a later
// candidate; 排序1/排名1/名次1 before a colon open the first candidate's line; a winner's word after
// 参与/参加…的 names those who took part; 牵头方, 牵头单位, 成员方 as role notes; a first candidate's
// 评标价 as its price) all are right but the two cities without region text: 建三江 is no division of
// its own, and the 废标 names only its agency's city (an agency's place is not where the work is).
// Probing past it added 协办方 and a bare 牵头 as consortium roles, a first candidate's members after
// a semicolon before its bid, a 评标价 column in a ranked table without a bid column, a unit bracket
// that also says 含税 or 不含税 ((含税，万元)), and a 原采购预算 read in a 终止 whose reason is a change of
// plan (需求变更). The shared dev and held-out figures are unchanged by these rules.
// own-b50-* (20 notices of the kinds members following 拟建项目 and 建设快讯 read, 10 with region text
// and 10 without: 9 proposed — a 交通运输厅 初步设计 批复 with 核定工程概算总金额 in 亿元 and its parts, a
// 行政审批局 list of three approvals with 批复文号 (the first row is the label, as every earlier list
// has it), an 企业投资项目备案（赋码）信息表 with 其中固定资产投资, an 环评 审批决定 公告 naming its 环评机构, a
// 施工许可证 核发公示 with 合同价格 and 勘察/设计/施工/监理单位 (no 总投资, so no budget: a contract price is
// no budget), a 规划许可 批后公布 without any investment, a 节能报告的审查意见, a 水土保持方案 批复 with 水土保持
// 总投资 and 补偿费 after the 工程总投资, and a 拟建 card with 投资额：1.2亿 (no 元), 计划开工 and a masked
// contact; 8 news — a 一季度 集中开工 with 年度计划投资, a 招商引资 集中签约 with 签约总额, a 竣工通水, a
// progress report opening 截至3月底 with 累计完成投资 and 占总投资…的%, a 重点项目 进展通报 table in 亿元
// closed by a 合计 row, a 繁體 report of a 东莞 project in 人民币, a 封顶 naming who invests and who
// builds (承建, no winner), a single 投资协议 签约; and 3 look-alikes — a 招标计划 with 项目总投资 beside
// 合同估算价 (the estimate is the label), an EPC 招标文件征求意见公示 with 估算投资, and a 国有建设用地使用权
// 挂牌出让结果公示 (other, with no budget, award or winner: 起始价, 成交价 and 竞得人 sell land, they win no
// procurement)) was scored once before any change: category 18/20, stage found 19/20, stage agrees
// 17/19, province/city 20/20, district 19/19 (the same without region text), budget 16/17, budget
// none stated 3/3, award none stated 19/20, winners none named 19/20, buyer 12/12, agency 1/1,
// project code 2/2, deadline none stated 20/20, published 7/7. The misses: the 拟建 card read as news
// of works started (its 计划开工 field taken for a heading), the land sale read as a result with the
// 竞得人 as winner and the 成交价 as award, the 节能报告的审查意见 with no stage, and the progress table
// read at its first project instead of its 合计 row. After the rules they led to (a land or mineral
// rights sale result — 出让/拍卖/挂牌 then 结果/成交/竞得 — is other; 节能, 水土保持, 防洪 and like
// reviews answered with 审查/审批意见 are approvals; planned-date fields (计划开工：, 预计竣工时间 |) are
// no heading; a news table of projects opening the report is read at its 合计 row, counting a merged
// total row's cells from the right) all are right but the land sale's stage (no stage names a land
// sale). Probing past it added an entry with no notice wording made proposed by its 项目阶段 alone,
// a purpose's own 总投资 (水土保持总投资, 环境保护总投资) never the project's even when stated first,
// 累计完成投资/完成年度计划/形象进度 as progress and 签订投资协议/成功落地 as signing; 繁體 (掛牌出讓結果,
// 節能報告的審查意見, 合計) and masked (**公司, 2028年**月) forms read the same. The shared dev and held-out
// figures are unchanged by these rules.
// own-b51-* (20 notices of the four municipalities, which the set had few of, 10 with region text and
// 10 without: 5 changes (a 北京 更正 of both a quantity and the deadline with its 更正日期, a 上海 澄清 whose
// deadline is 仍为, a 天津 区住建委 延期 推迟至 with the old time after it, a 重庆 采购方式变更公示 stating its
// 采购预算 (no budget, as every change), a 上海 镇 更正 table of 更正事项 | 更正前 | 更正后), 4 intents (a
// 区卫健委 month in 万元, a 市级 bureau's quarter in blocks beside 杭州湾, a 街道 list split by tabs, a 县医院 in
// "键：值 | 键：值" lines), 5 others (a 县 开标记录 under its 最高投标限价, a 最高投标限价（万元） to four decimals,
// a 市级 合同公告 whose two parties' addresses are in two other districts, a 临港新片区 验收, a 区教委 终止 with
// its budget in a sentence), 3 tenders (中新天津生态城, 北京经济技术开发区, a 市级 bureau whose service
// spans several districts) and 3 results (两江新区 candidates, a 区城管委 result in 万元 with the winner in
// another district, a 询价 成交); district names other provinces have too (朝阳区, 普陀区, 河东区, 江北区,
// 和平区, 河北区) told only by a phone, the 区 buyer's 市 prefix or region text; 市级 buyers and zones across
// districts labelled with no district) was scored once before any change: province/city 20/20, district
// 13/14 (the same without region text), category 20/20, stage found 20/20, budget 10/10, budget none
// stated 10/10, award 3/3, award none stated 17/17, winners 3/3, winners none named 17/17, buyer 20/20,
// agency 13/13, project code 16/16, deadline 7/7, deadline none stated 13/13, published 6/6. Counted
// with the earlier first-time figures, award is 403/439 (91.8 %) and winners 432/504 (85.7 %). The one
// miss: 中新天津生态城 (no division of its own) stopped at 天津. The six rows labelled with no district are
// not checked by the report; read by hand, all six stop at the municipality. After the rule it led to
// (the functional zones of the four municipalities: those lying in one district (中新天津生态城, 东疆,
// 天津空港/临港经济区, 南港工业区, 张江, 外高桥, 陆家嘴, 中关村/未来/怀柔科学城, 北京城市副中心, 西永综合保税区,
// and 万盛 and 双桥经开区 in the districts that took those two in) in it, those across several (虹桥国际中央
// 商务区, 漕河泾, 亦庄) at the municipality) all 20 are right. Probing past it added 废止 and 取消公告/项目取消
// as ended procedures, 采购需求意向 as an intent list, a two-column 标段 | 最高投标限价 table with its 合计,
// the ceiling of a 开标记录 that lists "投标人…，投标报价…" lines (read like a 流标's), and a district name
// several cities share beside one of its townships (普陀区长征镇, 宝山区罗店镇) taking the one place both
// may be, an intent's own 意向公开时间 as its date, a deadline marked (原) or (变更前) right after it
// passed over for the new one, 调至/延后至 as verbs moving a deadline, a bare 截止时间 opened by 变更后的,
// and 蓟县 (天津's county until 2016) as 蓟州区. Left as found: a 市级 buyer's
// own 地址 (北京市教育委员会, 西城区) is read as the district, while a city hospital at its address is
// labelled with that district (own-b12-med-1). The shared dev and held-out figures are unchanged.
// own-b52-* (20 tender-side notices of the provinces the set had fewest of — 青海, 海南, 西藏, 新疆 and a
// 兵团 division, 宁夏, 辽宁, 吉林, 黑龙江 and 内蒙古 — 10 with region text and 10 without: a 公共服务平台
// 施工招标 with 招标条件…投标文件的递交 and 最高投标限价（万元） as its header, a 供电公司's 标包 table in 万元
// without 合计 (the lots add up), an 油田's 暂估合同金额 in 万元 不含税, a 煤矿's 询价 with a 大写 最高限价,
// a 车务段's 包件 table in 元 closed by a 合计 row, a 包号 | 预算金额 | 最高限价 table under a 预算总金额,
// 磋商, 谈判 with 大写 and (小写：…元), 询价 with 最高限价 or 预算金额 beside it in 万元, a 比选控制价, a
// 资格预审 with 估算价 (its deadline the 申请截止时间, as the set has it), a 兵团 投标邀请书 naming the
// firms invited (no winners), a 单一来源 公示 and a 供电公司 谈判 whose deadline is 另行通知 (none
// stated), a 框架协议 征集公告 with 预估采购金额 and a 最高限制单价, 招标控制价 in 大写 only, 预算金额
// above a lower 最高限价, an EPC 招标估算价 其中 勘察设计费; deadlines as 9:30时 and 10:00时, 投标截止时间
// （开标时间）, 16时（北京时间）, 上午9:30（北京时间）, 下午2:00, 北京时间 before the date, 2028年04月19日;
// places from 师市 buyers, 旗/县 bodies, 自治县 and 省直辖 cities of 海南, a phone's or an agency's city,
// and buyers of 国网/中国石油/国家能源/国铁 units) was scored once before any change: province/city/
// district 20/20, 18/18, 15/15 (the same without region text), category 20/20, stage found 20/20,
// budget 17/20, award none stated 20/20, winners none named 20/20, buyer 18/20, agency 14/14, project
// code 20/20, deadline 18/18, deadline none stated 2/2, published 2/2. The misses: the 暂估合同金额 was
// no budget label and its 合同金额 read as award money (so the notice looked like a result), the
// 预估采购金额 of the 征集公告 no label either, the 包件 table read at its first row (包件号 was no lot
// column), and a 车务段 and a 煤矿 after their group's 公司 cut there. After the rules they led to
// (暂估/预估/预计 合同/采购 金额 are estimates, never a part's 专业工程/材料/设备 暂估价, and an
// estimated 合同金额 reports no award; 包件 is a lot word and a lots column; a railway depot's 段 and a
// mine (煤矿, 露天矿, 矿井, a company's 作业区) end a buyer's name) all 20 are right. Probing past it added
// a 兵团 division named with a regiment, 团场, 连队 or 兵团 standing for the city it is governed with
// (第七师一二三团中学 → 胡杨河市, before a phone's prefecture; never 第一师范), 预估采购总额, and 合计/总计/共计
// right after a budget label (估算金额合计：2,860万元) read past as the label's own word; 包件1/第1包件
// labels, 采购估算金额, 资格预审申请文件递交截止 and 9:30时整 are read too. The shared dev and held-out
// figures are unchanged by these rules.
// own-b53-* (20: 18 results and 2 notices naming no winner, 10 with region text and 10 without, of
// 青海, 天津, 海南, 宁夏, 上海, 北京, 重庆, 新疆, 西藏, 吉林 and 辽宁, in layouts not yet here: a candidates
// table whose rows run into one line with tabs between the cells under a header line of its own; a
// transposed table (名次 | 第一名 | 第二名 across the top, 单位名称/投标报价/工期 down the side), also with
// tabs and 第一/第二/第三中标候选人 as the header; ①②③ candidates in one sentence with each bid in
// brackets and (1)(2)(3) lines whose only figure is the bracketed price; a ccgp run-on field
// 中标（成交）供应商名称、地址、金额：name，address，大写（¥…）; 工程 winners labelled 拟中标人 (拟中标价),
// 中标候选人（第一名）, 推荐中标人 and 确定中标人 (a 标段 | 确定中标人 | 中标价（万元） row of bare figures); a
// 结果变更 giving the old winner and then the new one; a 二次 result whose first candidate gave up, told
// in one paragraph; a 中标价（万元） header over a space-aligned row; 造价咨询 won at a 费率 and 食材配送 at
// a 下浮率 (award none, as the set has rates) and 融雪剂 at a 单价 per ton (none too); an opening record
// listing every bid with the ranking after it, the first candidate's bid not first; a 成交 told in
// one sentence with the address in brackets; and a 评标结果公示 whose bidders all failed and a 成交结果公告
// whose 成交供应商 is 无 (other, as 流标 notices are)) was scored once before any change: province/city/
// district 20/20 (the same without region text), category 18/20, stage found 20/20, stage agrees
// 18/20, budget none stated 20/20, award 14/15, award none stated 5/5, winners 17/18, winners none
// named 2/2, buyer 20/20, agency 18/18, project code 20/20, deadline none stated 20/20. Counted with
// the earlier first-time figures (own-b52 has no result), award is 417/454 (91.9 %) and winners
// 449/522 (86.0 %). The misses: ① turned into a bare 1 by the text's normalising and kept stuck to
// the winner ("1某公司"), the award of the 名称、地址、金额 field not read (no award label has the
// name between 中标 and 金额), and both failed results classed award from their titles. After the
// rules they led to (circled numbers ①…⑳, ❶…❿ and ➀…➓ spelled (1)… before normalising; a winner's
// label that lists its parts with 、/及 and ends in 金额/价格 read for the award past name and
// address; a result saying its procedure failed (采购失败, 无中标候选人, 成交供应商：无, all bidders
// rejected) whose winner read finds nobody is a termination, unless the source gave its category)
// all 20 are right. Probing past it added the same field with a 统一社会信用代码 part or with 供应商
// alone opening it, 中标供应商名称及中标金额, 未能确定成交供应商 and every bidder's bid rejected as a
// failure (never "若无中标候选人…", "如出现…导致采购失败" or 其余投标人均未通过), and confirmed transposed
// tables in 万元, one-line tables split by spaces, 拟中标单位/拟定中标供应商/推荐中标单位, 变更前/变更后 and
// 原/现中标单位 changes, and a withdrawn first candidate noted (已放弃) are read. The shared dev and
// held-out figures are unchanged by these rules.
// own-b54-* (20 notices of the kinds the set had fewest of, 10 with region text and 10 without: 10
// changes — a power firm's 变更公告 behind an aggregator's 【更正】 as a 序号 | 更正事项 | 更正前 | 更正后
// table (保证金, deadline, opening, 业绩), a 高校 澄清 in 问/答 whose answers give a down payment share,
// deposits with their own cut-off and a latest delivery day before "仍为" the deadline, a 县医院 答疑
// table with a yearly volume, a per-test cap and a service start (deadline not restated: none), a
// highway firm's 推迟开标 behind [变更] with the deposit cut-off after it, a county-city 暂停 during a
// complaint with masked agency and phone (no deadline), a 恢复招标 with the resumed 递交截止时间（开标时间）,
// a finance bureau's 批复 to a hospital agreeing to 单一来源 with its 采购预算 stated, a railway 工务段's
// 补充公告 with the deadline 顺延至, a 镇 变更公告 changing 采购预算 and deadline "由…变更为…" (both
// changes carry no budget, as every change notice here), and a 繁體 Taiwan 更正公告 in 民国 years
// (117年5月29日, 公告日：117/05/06); 9 others — a port group's 开标记录 under a 最高投标限价 in 万元 with every
// bid to four decimals, a 繁體 re-post of a hospital's 開標記錄 with 大写 and 小写 bids under its 採購預算, a
// 招标控制价公示 set out as its fees (分部分项工程费, 措施项目费, 其中 shares, 规费, 增值税) with a
// 招标控制价合计 row, a county grid's 询价 流标 behind 【流标】 with 估算金额 in 万元 and two bids, a
// university's masked 终止 with 原预算 in 大写 and ¥, a 施工合同公示 of 发包人/承包人 and 合同价款, a
// 履约验收结果 with a one-row 合同信息 table, a 城管局's 供应商履约评价结果公示 with the 合同金额 per year,
// and a 澳門 開標記錄 in 澳門元 (contracts, acceptances and ratings name no winner or award; failed
// notices and opening records carry their stated ceiling); and a 资格预审结果公示 labelled tender/
// prequalification as own-b27 and own-b34 settled) was scored once before any change: province
// 20/20, city 17/18, district 12/13, without region text province 20/20, city 16/18, district 12/13,
// category 18/20, stage found 20/20, stage agrees 18/20, budget 4/5, budget none stated 14/15, award
// none stated 19/20, winners none named 19/20, buyer 19/19, agency 10/10, project code 19/19,
// deadline 6/7, deadline none stated 13/13, published 10/11. The misses: 华能澜沧江 read as 澜沧县 (普洱)
// over the 怒江州兰坪县 the 项目地点 names; 湖南工程学院 with only 0731 (长沙, 株洲 and 湘潭 share it) read
// as 长沙 without region text; the method approval read as a project approval (批复) with its 采购预算
// as the budget; the 民国 dates not read (deadline, published); the make-up's 合计 row not read; and
// the 履约评价结果公示 read as a result, its supplier as the winner and its yearly sum as the award. After
// the rules they led to (a county's bare name before 江 or 河 names the river, as before 湾 a bay; a
// finance bureau agreeing to 单一来源/竞争性谈判/磋商/询价 or to 变更政府采购方式 is a method change;
// 履约评价/考核/情况 notices are acceptance; three-digit 民国 years with 年月日 or slashes, and 公告日： as
// the publication field; a fee make-up, down the rows or across the columns, read at its total in
// the unit its table states) all are right but 湖南工程学院 without region text (no rule names where
// an institute is). Probing past it added an aggregator's tag naming a change or an end (【更正】,
// [延期], 【终止】) deciding over a reposted tender title (a title naming any other kind still wins),
// Taiwan's 无法决标 as a failed procedure and 截止收件/收件截止 as its bid deadline, and 响应文件开启
// 记录/情况 as an opening record; it confirmed 答疑 that move the deadline, 补充公告 that move only the
// 报名 cut-off (no deadline), 恢复 with only a 开标时间, 暂停/中止 (none), Hong Kong 更正通告/取消招標通告
// and Macau 延期開標, 控制价（含税） with 其中 parts, 开标记录表 split by spaces, and 合同 and 验收 notices
// naming a 中标金额. The shared dev figures are unchanged; held-out gains one district without region
// text.
// own-b55-* (20 notices as commercial 标讯 subscription sites and their app pushes republish them, 9
// with region text and 11 without: a summary block of fields on top (项目名称/项目编号/预算金额/采购单位/
// 代理机构/开标时间/所属地区/信息类型/发布时间, the place as 地区：省-市(-县) or as 【省份】【城市】 tags
// opening the body, once as 【项目名称】-style bracketed labels) over the original text, parts hidden
// from non-members (***, 【登录后查看】, 会员可见, 联系方式：请登录), two cut off mid-sentence, with 扫码关注/
// 更多商机/免费试用 lines mixed in; and seven pure pushes, a tagged title ([招标], [中标], [延期], [拟建项目]…)
// and five field lines. 6 tenders, 8 results (winner and amount in the summary, only in the original
// under a hidden summary, hidden in both (award none), a winner masked 江西某某***科技 or 贵州黔**建设 kept
// as written, 第一中标候选人 lines with the others masked), 2 changes, 2 intents and 2 拟建) was scored once
// before any change: province/city/district 20/20 (the same without region text), category 19/20,
// stage found 19/20, stage agrees 19/19, budget 10/10, budget none stated 10/10, award 7/7, award none
// stated 13/13, winners 8/8, winners none named 12/12, buyer 20/20, agency 8/8, project code 8/9,
// deadline 8/8, deadline none stated 12/12, published 20/20. The misses: a push titled 【招标】 over a
// bare project name read as an intent, and 【项目编号】X read with the bracket. After the rules they led
// to (a tag naming only a purchasing method — 【招标】, [询价], 【竞价】, 【政府采购】 — a tender when nothing
// else names the kind; a label's closing bracket skipped before its value, and a bracketed label after
// a space ending it) all 20 are right. Probing past it added a hidden deadline field ("开标时间：请登录")
// no longer taking the next line's 发布时间, and 原文 (a repost's original-text heading) no longer read as
// "原" marking an earlier deadline, so the deadline in the original text is read; it confirmed masked
// winners and amounts give none, 地区：省-市-区 and 【省】【市】 tags place a notice, and 【磋商】/【采购】
// pushes are tenders. The shared dev and held-out figures are unchanged.
// own-b56-* (20 notices on the line between intent and tender, 10 with region text and 10 without, of
// 青海, 西藏, 天津, 宁夏, 辽宁, 重庆, 山西, 吉林, 陕西, 黑龙江, 内蒙古, 甘肃, 河北, 贵州, 云南, 福建, 广西, 海南,
// 新疆 and 上海: 5 意向 (a 教育局 quarter of three projects in 万元 with 备注, a 卫健委 month in 键：值 lines
// with its date below, a 农业农村局 quarter split by tabs in 元, a 市容局 quarter in (一)(二)(三) blocks, and
// a one-row table with its 公开日期), 3 plans (a 区 table of three 工程建设 projects with 招标人 and
// 合同估算价（万元） and 计划招标时间, a 水务局 发包计划 with 估算金额 and 计划发包时间, a 交通运输局 招标计划 with
// 招标估算价（万元） and 计划招标时间：…上旬), a 医院 预公告 and a 医院 招标预告 with their expected months, a
// 需求公示 with a 公示期, two 采购需求征求意见 with 意见反馈截止时间 / 征求意见截止时间 (intent, deadline
// none, as own-b50's 征求意见 had it), a 市场调研公告 and a 价格调查 询价函 asking prices only to set a budget
// (intent, no budget, deadline none), two 单一来源采购公示 (tender, the 拟采购预算 as budget, the 拟定供应商
// no winner, a 公示截止时间 no deadline, as own-b27/b46/b52 have them), a 资格预审公告 (its 申请文件递交截止
// 时间 the deadline) beside a 招标公告 stating 资格后审, and a 框架协议 征集公告 (tender, 预估采购金额 and the
// 响应文件提交截止时间); a plan or an intent list of several projects carries the first project's
// amount, as every earlier list here does) was scored once before any change: province/city/district
// 20/20, 20/20, 19/19 (the same without region text), category 19/20, stage found 20/20, stage agrees
// 19/20, budget 18/18, budget none stated 2/2, award none stated 20/20, winners none named 20/20, buyer
// 20/20, agency 5/5, project code 6/6, deadline 3/3, deadline none stated 16/17, published 2/2 (three
// tender deadlines were left out of the labels when the rows were written and put in after that
// first run; the parser had read all three). The misses: the 价格调查询价函 read as a result from its
// closing "不产生成交结果", and the 市场调研's 材料提交截止 read as a bid deadline. After the rules they led
// to (a call for prices whose body says it is research — 仅作价格参考, 仅用于了解市场行情/测算预算, 不属于
// 采购活动, 不作为采购依据 — is a pre-announcement, over a title of no kind or a tender's (询价函,
// 询价公告); 市场调查 and 价格调查/调研 titles are pre-announcements; an intent notice takes no deadline,
// its cut-offs being for remarks or quotes) all 20 are right. Probing past it added 采购需求论证公示 as
// a pre-announcement (a 需求论证服务采购公告 stays a tender) and confirmed 需求调查, 招标文件（征求意见稿）,
// 发包计划 tables, 预公示, 繁體 價格調查 and 採購意向, a 比价函 for reference, 资格预审公告（代招标公告）, 单一来源
// 采购论证公示 and 供应商征集公告 with 预估采购金额; a 询价公告 whose 报价 is "仅作为评审参考" stays a tender.
// The shared dev and held-out figures are unchanged by these rules.
// own-b57-* (20 notices of the provinces the set had fewest of — 吉林, 黑龙江, 辽宁, 内蒙古, 山西, 甘肃,
// 河北, 江西, 广西 and 贵州 — from county and district portals, 10 with region text and 10 without: 18
// results and a 废标公告 and a 终止公告 naming no winner (other). The results: goods and services with
// several 包/标项 each under 供应商名称/供应商地址/中标（成交）金额 lines, a lot 废标 among them (the first
// awarded lot's award, as the set has it), a 标项 table with a 供应商地址 column and a 废标 row, each 包 in
// one sentence of name, size note, 地址 and amount; 小型企业/微型企业/小微企业/监狱企业（视同小微企业） notes
// after names; 评审专家名单 and 代理服务收费标准及金额 (per lot, or before the award) whose figures are no
// award; 主要标的信息 tables and lines (名称/品牌/规格型号/数量/单价, and a service table) whose unit prices
// are not the award; a 成交金额 written as 下浮后价格 (award that price) and one holding only an 优惠率 of
// 元 per litre (award none); 大写 first and 小写 in 万元 per 包; competing 最后报价 before the 成交金额; and
// 工程 中标候选人公示 with 第一/第二/第三中标候选人 blocks of 投标报价/项目负责人/工期 lines, the label alone
// on a line over 单位名称 lines, one line each with the bid in 万元, a 排序 table with 证书编号, and two
// 标段 each with their first candidate) was scored once before any change: province/city/district 20/20
// (the same without region text), category 20/20, stage found 20/20, stage agrees 20/20, budget none
// stated 19/19, budget stated 0/1, award 17/17, award none stated 3/3, winners 18/18, winners none named
// 2/2, buyer 20/20, agency 20/20, project code 20/20, deadline none stated 20/20. Counted with the
// earlier first-time figures (own-b54 and own-b56 have no result), award is 441/478 (92.3 %) and
// winners 475/548 (86.7 %). The one miss was a label: a result's 采购预算 had been labelled, while award
// notices carry no budget in any labelled set, so own-b57-feefirst-hb-2 was relabelled (budget none).
// Probing past it found a size class written as a labelled answer after a name kept in it
// ("某公司（小微企业：是）", "（企业规模：小型）", "（企业性质：小微企业）", "（中小企业声明：微型企业）"), classes
// listed together ("（小型企业、残疾人福利性单位）") and a policy given ("（享受小微企业价格扣除）"); such
// notes are now dropped like the bare ones (size-note.ts). It confirmed 优惠率/折扣率/下浮率 alone and a
// 下浮后单价 give no award, 下浮后总价/下浮后金额 are read, 标项名称 lines with amounts in （万元）, a 大写 then
// 小写 bid, 最终报价 as the 成交金额, 第一名 candidates on one line, and 废标理由/项目终止的原因 notices with
// 中标（成交）供应商：无 as other. The shared dev and held-out figures are unchanged by this rule.
// own-b58-* (20, all without region text, of autonomous prefectures, leagues and prefectures and their
// counties and banners: 7 tenders, 7 results, 3 changes and 3 intents of 延边, 阿坝, 甘孜, 凉山, 恩施,
// 宜昌's 长阳, 阿拉善, 黔东南, 黔南, 楚雄, 巴州, 锡林郭勒, 兴安, 大兴安岭, 临夏 and 和田; prefecture-level
// buyers written short (延边州公安局, 锡盟生态环境局, 楚雄州人民医院, 恩施州中心医院 noted 州直单位, a 地直
// 教育局) labelled at city level with no district, as the set has 市本级, beside 恩施市 (the city, not the
// prefecture) and 临夏县 (not 临夏市); autonomous counties written with 县 alone (木里县, 长阳县, 三都县,
// 焉耆县); banners short (阿左旗, 科右前旗, 东苏旗 with a 苏木 and its 嘎查); 森工 forest bureaus (汪清林业局,
// 阿尔山林业局); an intent opened "现将州本级…"; a buyer followed by its Korean name in brackets; a plan
// number written without dashes (5226312028SG0007) as a 景区管理处's only place; phones of 0433, 0837,
// 0836, 0718, 0996, 0479, 0457 and 0903) was scored once before any change: province 19/20, city
// 18/20, district 12/14 (the same without region text), category 20/20, stage found 20/20, budget
// 11/12, budget none stated 8/8, award 6/6, award none stated 14/14, winners 6/6, winners none named
// 14/14, buyer 16/20, agency 9/9, project code 17/17, deadline 11/11, deadline none stated 9/9. The
// misses: 汪清林业局 (the county's bare stem, read as a short name too weak to place it) and the
// dashless plan number gave no place; the buyer kept "(연변주 공안국)", "(盟本级)" and "(地直)" after its
// name and "州本级" before it; a 变更 notice's 招标控制价 was labelled as a budget. Two of these were our
// labels: a change carries no budget in this set (relabelled null), and the shared labels keep a level
// noted in brackets after a buyer (某局（本级）), so "(盟本级)" and "(地直)" were relabelled to stay — a rule
// dropping them cost one shared dev buyer and was withdrawn. After the rules they led to (a plan number
// whose method letters keep the year from the serial without dashes; a level written before a name
// and the name repeated in Hangul, Mongolian, Arabic or Tibetan script are no part of it; a bare
// county stem right before 林业局 names that county, unless the stem is also a township of another
// county) all 20 are right. Probing past it added forest bureaus named after a forest town
// (图里河林业局: the town's stem, read weakly) and left 白河林业局 (白河县 of 陕西, or 白河镇 of three
// other counties?) and 塔河林业局 (塔河镇 elsewhere too) unread; it confirmed 巴州, 版纳州, 屏边县, 积石山县,
// 阿右旗, 塔县, 察县, a 0996 phone alone, 6540222028CG0003 and 锡盟; 大柴旦行委 (行政委员会) still names
// nothing. The shared dev and held-out figures are unchanged.
// own-b60-* (20 notices whose buyer, agency and project code are hard to read, 10 with region text and
// 10 without: 8 tenders, 4 results, 4 更正/澄清/延期, 2 意向 and 2 拟建/立项; buyers under 项目法人, 业主单位,
// 发包人, 委托单位, 招标单位, 需求单位, 项目单位 and 建设单位 (one followed by its 统一社会信用代码), a 联合采购 of
// two buyers with the lead noted (牵头单位) or first before a "；", buyers only in prose ("受某局委托，某公司
// 对…", "某镇人民政府拟对…进行询价", "某档案馆（采购人）委托某公司（采购代理机构）就…"), "1.采购人信息 名称：…
// 地址：… 联系方式：…" on one line; agencies under 集采机构, 集中采购机构, 代理单位 and 招标代理; codes with
// [2028], 〔2028〕 and （2028）, in groups split by spaces or joined by underscores, a 项目编号 beside a 包号 or
// a 采购计划编号, a 标段编号, codes only in a title's brackets or in prose, an 原公告 code beside the
// notice's own number, a 采购意向编号, and 项目代码 beside a 备案号 or after a 〔2028〕 文号) was scored once
// before any change: province/city/district 20/20 (the same without region text), category 20/20, stage
// found 20/20, budget 12/12, budget none stated 8/8, award 4/4, award none stated 16/16, winners 4/4,
// winners none named 16/16, buyer 16/20, agency 13/15, project code 15/20, deadline 11/11, deadline none
// stated 9/9, published 2/2. The misses: the joint buyers read as one name with the lead's note, the
// buyer after "受…委托，" with no name before 受, the body that 拟对…进行询价 (the title's place read
// instead), "某馆（采购人）委托…" read as ")委托某公司" and its agency not read, 集采机构 not an agency label,
// codes split by spaces closed up, a title's code kept with its closing bracket, and 采购意向编号 not a
// code label. After the rules they led to (the buyer a 牵头 note marks in a joint list, a (联合采购) note
// dropped; "受某单位委托，某公司对/就…"; a role in brackets labels the name before it; an opening "某单位拟
// 对…进行询价/招标" or "拟采用…方式采购" names the buyer, never an agency; 集采机构 an agency label; single
// spaces between a code's letters and digits kept; a stray bracket after a title's code dropped and a "#"
// ending it kept; 采购意向编号 a code of last resort) all 20 are right. The shared dev project code gains
// one (SRJYZFCG-2022-003#), held-out gains one buyer and two project codes; nothing drops. The other dev
// misses of buyer and code are labels left inconsistent (德阳市人民医院 with and without 四川省, a joint
// 招标人 kept whole in one row and cut to the first in another, 号 kept or dropped) or masked values.
// own-b61-* (20, all without region text, of the provinces the set had fewest of — 上海, 北京, 青海,
// 西藏, 天津, 海南, 宁夏, 重庆, 辽宁, 山西, 陕西, 吉林 and 新疆: 6 tenders, 5 results, 4 changes, 3 intents
// and a 流标 and a 终止 (other), whose place is given only by a 建设地点/实施地点/交货地点/项目地点 line
// with a 镇, 街道 or 村 (上新庄镇, 鲁朗镇, 黄流镇 with its 黄流中学, 杨柳青镇), a zone the township list
// files under a county (太原中北高新技术产业开发区 in 尖草坪区, 甘河工业园区 in 湟中区: labelled there), a
// body named after its county (西吉县人民医院, 瓦房店市疾病预防控制中心, 铁东区第三中学), a 街道办事处 or
// 镇人民政府 buyer (王顶堤, 江川路, 六道湾, 北七家, 古陶, 鲁朗, 米沙子), a street address with a bare
// district and a postcode (新城区长乐西路…（邮编：710032）), or a phone's area code; two city-level
// notices (石嘴山市公安局（市本级） with its agency in 大武口区, a 三亚市本级 intent) labelled with no
// district; traps are agencies and winners in another district of the same city or in the capital,
// an agency's bare address in brackets (渝北区…, 徐汇区…), and names several places share, labelled
// by what a careful reader would go by: 龙沙镇 (万州区 and 石柱县) by its 递交地点 万州区公共资源交易中心,
// 东溪镇 (綦江区, 忠县, 苍溪县) by 赶水镇 beside it, 兰家镇 (长春's 宽城区, 辽阳's 宏伟区) by 米沙子镇,
// 铁东区 (鞍山, 四平) by 0412, 新城区 (西安, 呼和浩特) by the postcode) was scored once before any change:
// province 17/20, city 16/19, district 13/18 (the same without region text), category 20/20, stage
// found 20/20, budget 9/9, budget none stated 11/11, award 5/5, award none stated 15/15, winners 5/5,
// winners none named 15/15, buyer 20/20, agency 13/13, project code 17/17, deadline 10/10, deadline
// none stated 10/10. The misses: 新城区 beside 邮编：710032 named nothing (a postcode was no clue);
// 太原中北高新技术产业开发区 stopped at 太原 and 甘河工业园区 named nothing (zones filed as townships
// were not read); a bare 招标代理： label did not start the agency's section, so its bracketed
// 渝北区 address outvoted 龙沙镇; a title opening "运河沿线…" was read as 沧州市运河区 over 杨柳青镇.
// After the rules they led to (a labelled postcode's province chooses among the places a name may
// be, as a phone's area code does (postcodes.ts); a zone one county alone has in the township list
// chooses that county under a known city, and names it alone when named after a place with no other
// place inside its name, never when named after its trade (汽车工业园, 空港经济开发区) (town-zones.ts);
// 招标代理：/采购代理： start the agency's section; 运河 is a canal, 运河区 only in full or after 沧州)
// all 20 are right. Probing past it confirmed 邮政编码 010050 giving 呼和浩特's 新城区, 铁东区 with 0434
// giving 四平's, 海城市疾控, 乌鲁木齐高新区（新市区）, 葛店开发区 and 松林店经济开发区 alone, and a
// 市直 buyer with a district agency kept at the city; 宝鸡高新技术产业开发区 (not a township in the
// list) stays at its city. The shared dev and held-out figures are unchanged; the dev misses of
// district without region text that were read carry no clue a rule could use (aggregator labels of
// city hospitals, 市辖区 prefixes in plan numbers).
// own-b59-* (20: 17 results and 3 notices naming no winner, 10 with region text and 10 without, in
// layouts and wordings not yet here: a 深圳 评定分离 定标结果公示 listing 进入定标程序的投标人 before the
// 中标人 chosen; a 中标通知书 opening with the winner's name as its addressee (兹确定贵单位为中标人, 大写
// then 小写 in brackets, signed 招标人（盖章）); a 高校 磋商 成交 with 成交供应商名称/地址/金额 lines and the
// others' 最后报价 after them; a hospital's three 子包 whose awards are in 元, 万元 and 大写 in turn; 中标候选人
// 第一名/第二名/第三名 headings over 单位：, 投标报价：大写：…；小写：… and 工期 lines; consortia written
// "由A（主体方）与B（成员方）组成的联合体" and "A（主办）、B（协办）"; a power plant's 推荐中标候选人 table with
// 投标报价（含税，元）, 税率 and 不含税价 columns; a hospital's 询价 成交 table pasted as lines split by single
// spaces, with 未成交供应商及报价 after it; a 监理 won at 78% of the fee scale beside 暂估监理服务费约52万元
// and a 维修 framework at 定额计价下浮12.8% beside a 年度预估使用额度 (award none for both); a World Bank
// loan's 合同授予公告 (合同价格, every bidder's 开标价格 numbered, a rejected bidder); a winner named only in
// the title (关于确定某公司为某项目成交供应商的公告; the body says 上述单位); a 中标结果 told in one paragraph
// with the price in 大写 only and the buyer named only where it decides (经招标人某局研究决定); a rail
// equipment maker's 询比 成交 with 成交金额（万元，含税） on one line with semicolons; a hospital's 中标单价
// above its 中标总价; a 中标价 with 其中 安全文明施工费 and 暂列金额 in brackets; and a 定标 committee choosing
// nobody (不予定标, with the bidders let through), a 关于取消…中标资格的公告 naming the voided winner as
// 原公告的中标供应商, and a 磋商 终止 whose final offers all exceed a 大写 预算) was scored once before any
// change: province/city/district 20/20 (the same without region text), category 18/20, stage found
// 20/20, stage agrees 18/20, budget 1/1, budget none stated 19/19, award 15/15, award none stated 5/5,
// winners 14/17, winners none named 1/3, buyer 19/20, agency 18/18, project code 19/20, deadline none
// stated 20/20. Counted with the earlier first-time figures (own-b58's 6/6 and 6/6 too), award is
// 462/499 (92.6 %) and winners 495/571 (86.7 %). The misses: "单位：" under the rank heading kept in the
// winner's name; the 由 before a consortium noted 主体方 kept in the leader's name, and bare (主办)/(协办)
// not read as role notes; 不予定标 not heard as a failure (and the first bidder let through taken as the
// winner), and the voided winner read as a winner; the buyer in prose not read; 合同编号 no code label.
// After the rules they led to (单位 and 供应商 alone as name fields under a rank heading; 主办/协办 with
// or without 方, 人 or 单位 as role notes, one list shared by the name and consortium readers; a 由 and
// the group word dropped around members noted by role; 不予定标/不予确定中标人 as a failure, and a failed
// result kept a result only for a winner named by a label, table or ranking, not the first company
// name found anywhere; the buyer in "经(招标人|采购人)某单位(研究)决定/确认"; 合同编号 as the last code
// label) all 20 are right. Probing past it added a 定标结果 field as a winner's label ("定标结果：乙公司"
// had given the first bidder let through), a winner's place taken
// away (中标无效, 取消其中标资格) as a failure unless the notice names who takes it (依序确定第二中标候选人…
// 为中标人 stays a result) or states it as a rule (…谋取中标的，中标无效; 若…，其中标无效), the winner of the
// notice a withdrawal quotes (原公告的/原公示中的中标供应商) as a former one, an award noted 不含税 giving
// way to the same award with tax under a later label, and a first candidate noted 中标候选人（排名第一）
// giving its bid; it left unread "A与B联合体（A为主办方）" (the note stays on the member) and (主)/(成).
// The shared dev and held-out figures are unchanged by these rules.
// own-b62-* (20 notices of the kinds the shared data files worst, 10 with region text and 10 without:
// 8 others — a county 合同公开 with its fields before the 合同编号 and a 大写+¥ 合同金额, a 合同变更公告 of a
// yearly 环卫 contract (原合同金额/变更后合同金额 per year, a 变更日期 before the 公告日期), a hospital's 合同
// 解除公告 naming the 原成交供应商, a 磋商 响应文件开启一览表 under its 最高限价 split by tabs, a college's
// 询价 报价一览表公示 with three quotes under its 采购预算, a finance bureau's 投诉处理决定 naming the 中标供应商
// and its bid and voiding the award, a 履约验收单 restating 中标供应商 and 中标金额, and a 停止招标公告 quoting
// its 原定投标截止时间 (contracts, acceptances and rulings name no winner or award; openings carry their
// stated ceiling); 8 changes — an ADB loan's English-titled Addendum No.1 under "Employer:" with its
// Chinese 业主 below, a 招标公告勘误 (…应为…, 仍为 the deadline), a 采购文件第1次修订通知 (由…修订为…), a "关于
// 调整…投标截止时间的通知", a 质疑答复公告 moving the deadline (顺延至), a 招标控制价调整公告 (原/调整后, no
// budget as every change here), a 开标时间顺延公告 and a 招标公告更改通知 (作如下更改); and 4 快讯 whose owner
// is named as 项目实施主体为, 由…负责建设, "某局作为项目建设单位" and 建设主体为 beside a 代建 firm) was scored
// once before any change: province/city/district 20/20 (the same without region text), category 6/20,
// stage found 19/20, stage agrees 6/19, budget 5/6, budget none stated 13/14, award none stated 18/20,
// winners none named 16/20, buyer 15/20, agency 13/13, project code 16/16, deadline 7/8, deadline none
// stated 11/12, published 10/11. The misses: every change but the 控制价 one read as a tender (勘误, 修订,
// 更改, 顺延, 调整…截止时间, 质疑答复 and Addendum named no change, and the titles' 招标公告/采购文件 won);
// 合同公开, 合同解除 and the 投诉处理决定 read as results (the supplier named as the winner, 合同公开's sum
// as the award), 合同变更 as a change, the 开启一览表 and 停止招标 as tenders (the 开启时间 as a deadline), the
// 报价一览表 as a result (its lowest quote the award, no budget); the four owners unread and the
// Addendum's buyer read in English;
// a 修订为 date read as the old one, and the 变更日期 of a contract taken for the notice's date. After the
// rules they led to (勘误, 修订/更改 of a notice or documents, 顺延 and a reset 截止/开标时间, 质疑答复 and
// English Addendum/Clarification/Corrigendum titles as changes; 合同公开/变更/解除/续签 and 补充协议 as
// contract notices; 响应文件开启一览 and 报价一览 (below the result words) as openings; 停止招标 as ended;
// 投诉处理决定/结果 as other, ended when it voids the award or orders the purchase redone (voided-award.ts);
// 实施主体/建设主体 as buyer labels, 由…负责建设/负责实施/投资 and "某单位作为项目建设单位" (named-owner.ts);
// the Chinese name over one under an English label; 修订为 as a change verb for dates; a contract
// notice's 变更日期 is the contract's) all 20 are right. The shared dev figures are unchanged; held-out
// gains one category (an other no longer read as a change). Probing past it added 补正/修正 of a notice
// or its documents (also "（修正）" after a title) and 推后/延后 as changes, and a notice 撤回 as ended; it
// kept 成交结果及报价一览表 a result, 标准修订服务采购 and 供电设施更改工程 tenders, and confirmed 合同补充协议,
// 投标文件递交一览表, 招标控制价修订 (a change), Clarification No.2 and a 投诉处理意见书 that dismisses the
// complaint (other, no stage); 由…代建 still names no owner, and 由某公司组织实施 (an agency may say it)
// is left unread.
// own-b63-* (20: 18 results and 2 notices naming no winner, 10 with region text and 10 without, from
// publishers the set had little of: a university's 采购与招标中心 with the winner, its 统一社会信用代码
// and the award on one line, and its 招投标管理办公室 询价 with the winner's address after a comma and
// the other bidders' prices after it; a numbered army unit's 采购结果公示 (成交金额 in 万元 to four
// decimals beside a credit-code column) and a 武警 支队 询价 priced 单价268.00元/套 × 600套 = total; a
// coal firm's 非招标 比价 (第一/第二成交候选人, then 确定成交人), a machinery group's 网上竞价 (成交价格（万元）
// 36.8250, 竞价开始/结束时间 in a result) and a port's 询比 (中选人, 中选金额 in 大写 with 小写 below, the
// agency as 采购组织机构); a 网上商城 竞价 with a 品牌/型号/单价/数量/小计 table under the winner and 成交总价;
// a 框架协议 入围 of two 包 listing three and one suppliers after each lot's name; a 国库集中支付代理银行
// 遴选 numbering three banks with (综合得分…分) after each; a 公务用车保险 定点 in 万元 to four decimals; a
// 法律顾问 遴选 (中选律师事务所); an audit 选聘 table (包号 | 中选会计师事务所 | 统一社会信用代码 | 中选金额);
// a hospital's 物业 (credit code in brackets after the winner, 年服务费 then 合同总金额 in one value); a
// school 食堂 劳务外包 whose winner sits in another district; 医疗设备 with 设备名称/品牌/规格型号/数量
// columns between winner and amount, and one line of 品牌/型号/数量 before 中标金额 in 万元; a 施工 result
// whose one-space row has 项目经理, 注册编号 and 工期 before the price; and a 电子卖场 竞价失败 and a
// university 废标公告 (other)) was scored once before any change: province/city 20/20, district 19/20
// (the same without region text), category 20/20, stage found 20/20, stage agrees 20/20, budget none
// stated 20/20, award 15/16, award none stated 4/4, winners 13/18, winners none named 2/2, buyer 19/19,
// agency 11/12, project code 20/20, deadline none stated 20/20. Counted with the earlier first-time
// figures (own-b60's 4/4 and 4/4 and own-b61's 5/5 and 5/5 too), award is 486/524 (92.7 %) and winners
// 517/598 (86.5 %). The misses: 成交供应商如下： read as a column head, so the first of the other bidders
// listed below the winner was taken too; a lot's line listing three 入围供应商 with 、 kept as one name
// beside its parts; a score in brackets (综合得分90.8分) kept on a name ending in 公司; 中选律师事务所 and
// 中选会计师事务所 not heard as winners' labels (the label read as the name, or the column head); a
// 年服务费 before the amount read instead of the 合同总金额 after it; 采购组织机构 not an agency label;
// and 单位地址 after the winner's fields taken as the winner's (柳北区 not read). After the rules they
// led to (如下 after a winner's label makes it a heading; a lot's line of names split at 、/； when each
// part is a name; scores (得分/评分 with or without 分) as name notes; 中标/成交/中选/入围/入选 followed by
// (律师|会计师|税务师|造价师|资产评估)事务所, 保险公司/机构 or 银行 as winners' labels, and as a label repeated
// before the name; a year's fee named before the amount giving way to a total (合计, 总价, 总金额) later
// in the same sentence; (采购|招标)组织机构 as the agency, never 组织机构代码) all are right but the
// district: a bare 单位地址 may be the winner's as often as the buyer's, and nothing here tells which.
// Probing past it added 入选银行如下 over a numbered list with (得分：91.2) and 入选律师事务所 listing
// several with 、. The shared dev and held-out figures are unchanged by these rules.
// own-b64-* (20 notices of the early stages members following 拟建项目 and 采购意向 read, 10 with region
// text and 10 without: 6 意向 lists of several items a unit, each with its budget (a 卫健局 quarter in
// 万元 with a 备注 column, a school's list in 元 with 采购单位 as a column, a 农业农村局 table whose bare
// 预算金额 column takes its unit from "金额单位：万元" above it, a 水务局's 项目一/二/三 blocks in 元 with
// thousands commas, a hospital's numbered prose lines, a county's spreadsheet paste split by tabs naming
// two units; the first item is the label, as every earlier list has it); 6 approvals and filings (a 市
// 发改委 可研 批复 to a district's platform company with a 2028-320411-… 项目代码 and 总投资 in 万元, an
// 企业投资项目备案通知书 with 其中固定资产投资 and 企业自筹, a 自治区能源局 风电 核准 whose region text is the
// province and whose site is a 旗, a 立项 批复 to a 街道办 with 估算总投资 in 万元 and thousands commas, a
// 拟建 card in 亿元 with 资金来源 parts, a 可研（代项目建议书）批复 with 大写 万元 and its figure in brackets);
// 4 环评 (a 受理 table with 总投资（万元）, a 拟批准 公示 with 环保投资 after the 总投资 in 亿元, a 受理 公告
// in one paragraph (建设单位为…), a 拟审批 table whose 项目概况 cell holds 总投资 and 环保投资 and whose only
// date is its 公示期); 4 快讯 (开工 with 建设单位 and 其中一期, 签约 of a 区 with a group, 竣工投用 naming
// 建设单位 and 施工单位, 开工 由…投资建设 with 计划总投资 and 今年计划投资)) was scored once before any
// change: province/city/district 20/20 (the same without region text), category 20/20, stage found
// 20/20, stage agrees 20/20, budget 19/20, award none stated 20/20, winners none named 20/20, buyer
// 18/19, project code 6/6, deadline none stated 20/20, published 6/7. The misses: a bare 预算金额
// column under a "金额单位：万元" caption read in 元, the 采购单位 column of a tab-split table (tabs arrive
// as spaces) not read, and an unsigned 拟审批 公示 dated only by its 公示期 left undated. After the rules
// they led to (a bare budget column takes the unit a caption above the table states, or a note line
// under its rows — 注：金额单位为万元, （本表金额单位：万元）; a header line of short words split by spaces
// is read for a buyer column; an undated, unsigned notice is dated by the first day of a stated 公示期
// range) all 20 are right. Probing past it added a code label heading a table column (序号 | 项目代码 |
// 项目名称 …) giving the first row's code, as lists give their first row's budget and buyer; it left
// "由某公司建设" and "由某公司负责建设" in news unread as the buyer (the same words name a contractor).
// The shared held-out figures are unchanged by these rules; dev gains one publication date.
// own-b65-* (20 工程建设 notices of the 公共资源交易 platforms of the provinces with the fewest results
// here (上海, 西藏, 北京, 天津, 青海, 新疆, 海南, 辽宁, 宁夏): 18 results and 2 naming no winner, 10 with
// region text and 10 without: a 施工 候选人 table one cell a line (排序, 投标人, 投标报价, 工期, 质量,
// 项目负责人, 证书编号); a 监理 "|" table whose header cells and names wrap onto the next line; a 勘察
// table with 否决投标 and 未通过评审 bidders in the rows beside the ranked ones (排序 as the last column);
// an 评标结果公示 naming three candidates in one sentence (推荐中标候选人三名：第一名…；第二名…), and one
// naming them in order with their bids on the next line (报价分别为…); 否决投标 lines between the
// ranked candidates; a 资格后审 list (合格/不合格 投标人) above 第一名/第二名/第三名 lines; a candidate's
// fields as labels with their values on the line below; two-line candidate rows; EPC consortia noted
// by share of the works ("A（设计）+B（施工）联合体", "A（设计单位）、B（施工单位）"); 暂列金额 and 专业工程/
// 材料暂估价 lines under the 控制价 before the 中标价; a 中标价 of 下浮率6.5%，暂定总价… (award none, as
// own-b47's rates); awards in 元 and 万元 as two columns, as two lines and as 万元 with 元 in brackets;
// 中标结果 notices quoting the 候选人 公示 before and after the 中标人; and a 资格后审 招标失败 and an
// 评标结果 whose every bid was 否决 (other)) was scored once before any change: province/city/district
// 20/20 (the same without region text), category 20/20, stage found 20/20, stage agrees 20/20,
// budget 2/2, budget none stated 18/18, award 17/17, award none stated 3/3, winners 15/18, winners
// none named 2/2, buyer 20/20, agency 20/20, project code 20/20, deadline none stated 20/20. Counted
// with the earlier first-time figures (own-b64 named no winner or award), award is 503/541 (93.0 %)
// and winners 532/616 (86.4 %). The misses: the count in 推荐中标候选人三名：第一名某公司 read as part of
// the name (and the name read again after 第一名), and both consortia noted 设计/施工 read as one name
// or as the first member alone. After the rules they led to (a count of names closed by a colon,
// comma, 如下, 依次 or the line's end after a label is skipped (candidate-count.ts); 勘察/设计/施工,
// alone or with 单位/方, as role notes, and such a note right after a firm's name marking its line as
// a consortium's) all 20 are right. Probing past it confirmed "A（设计单位）与B（施工单位）组成的联合体",
// A（设计）/B（施工） candidates, A（勘察）、B（设计）联合体, 中标候选人共3家，依次为：A、B、C and a lone
// 中标单位 noted (设计单位); it found the one-cell-a-line table of own-b65-sh-col-1 left unjoined (its
// 证书编号 was no header word; the winner and bid were right only by the first-name fallback), so
// 证书 and 编号 are header words now. The shared dev and held-out figures are unchanged by these rules.
// own-b66-* (20 notices whose award is hard to tell from the other amounts they name, 10 with region
// text and 10 without: 18 results — a 住建 result naming 预算金额, 最高投标限价 and every bidder's 投标报价
// and 评标价 in a table whose first-ranked stands second, then 中标价; a 交通 result with 采购预算 and
// 最高投标限价 in one sentence, every bid one a line and a 评标价 after 算术修正 that is the 中标价; 成交金额
// only in 大写 with 零 after 万 (人民币壹佰贰拾万零伍佰元整) beside a 小写 采购预算, and a 成交价格（大写） label
// alone on its line over 叁拾万零柒拾元伍角; "（金额单位：万元）" under the title and a "投标报价（单位：万元）"
// column far above a bare 中标价/中标金额 (1,253.6720, 475.1960); 中标金额：详见附件 and 成交金额：见公告附件
// beside a 代理服务费 and a 采购预算 (award none); two 合同包 of different winners under a 中标总金额 and
// two 标项 won "由…以人民币¥ …元成交" in one sentence ending in their 合计 (labelled with the first lot's
// award, as every earlier list of lots is); a 单价合同 giving only 中标综合单价 and a 年度预计工程费用约…
// (none); a 框架协议 with 最高限额 (总额不超过500万元), three 入围 suppliers with 优惠率 and 最高限制单价
// (none); 中标价 ¥…（含税） with 不含税价 and 税率 after it (the price with tax); a 造价咨询 first candidate
// at 70% of the fee scale with a 暂定中标金额 (that fee, as own-b16/b29/b30 have it); awards in USD (CIP)
// and in 欧元 beside a 预算 and 保证金 in 人民币 (none: foreign money is dropped, foreign-currency.ts);
// a 代理银行 成交金额：0.00（万元） as the only figure (none: a placeholder, no money won); "￥ 1, 032,
// 800.00" with a space after each comma; and 2 tenders quoting an earlier award — a 重新招标 whose
// 招标条件 names 原中标人…（中标价：¥…） before its 最高投标限价, and a 单一来源 公示 retelling 原中标金额 in
// 大写+¥ before its 拟采购预算) was scored once before any change: province/city/district 20/20 (the
// same without region text), category 20/20, stage found 20/20, stage agrees 20/20, budget 1/2, budget
// none stated 18/18, award 6/11, award none stated 7/9, winners 17/18, winners none named 2/2, buyer
// 20/20, agency 18/18, project code 20/20, deadline 1/1, deadline none stated 19/19, published 2/2.
// Counted with the earlier first-time figures (own-b64 has no result), award is 492/535 (92.0 %) and
// winners 534/616 (86.7 %). The misses: both bare figures far below their 万元 read in 元; the 中标总金额
// and the 合计 of lots won by different suppliers taken for the award, and the lots' words and 由 kept
// before each name ("本项目标项一由某公司"); the cap in words and the euro figure read as yuan (a
// 人民币 elsewhere kept the notice from counting as priced abroad); the comma-space thousands not
// read; and the 原中标人's bracketed 中标价 taken as a result's price, so the retender's ceiling was
// not read as its budget. After the rules they led to (a bare award under 100 000 takes the 万元 a
// caption or column above states when no figure of the notice is in 元 (notice-unit.ts); a total over
// the lots of several winners passed over for the first lot's award (lots-total.ts); lot words and
// 由 dropped before a name won at a price; 限额/不超过/不高于 as cap words no award is read after; a
// figure followed by a foreign currency read as no yuan (foreignCurrencyAt); thousands with a space
// after every comma; a price in the bracket after a 原中标人/原成交供应商's name belongs to that former
// result (inFormerPartyNote)) all 20 are right. Probing past it confirmed 中标金额（万元）：详见附件,
// 成交金额（元）：见附件, 美元 after the figure and USD before it, 成交金额：0.00元, 大写 with 零 after 仟 and
// 万 and with 角分, 本公告金额单位：万元 over a long 项目概况, ￥ with comma-space thousands before （含税）,
// 中标价（不含税） giving way to a later 中标价（含税）, 第1包/第2包 lines over a 成交金额合计, and
// 原中标单位…（中标金额：…万元） and （原合同金额：…） in tenders. The shared dev and held-out figures are
// unchanged, row for row.
// own-b67-* (20 notices whose kind is said in wordings the set lacked, 10 with region text and 10
// without: 4 tenders — a 磋商 under a title that is only 公告, a 竞争性谈判 behind an aggregator's
// [招标公告] with no notice word after it (年预算 beside the 预算总额, the total labelled), a 资格预审公告
// (its 申请文件递交截止 the deadline, 合同估算价 in 万元 the budget) and a 单一来源采购公示 behind 标讯：
// (tender, 拟采购预算 in 大写 and ¥, no winner, no deadline, as own-b27 has it); 3 results — 中标候选人
// under a title that is only 公示, a mirror's title and first label glossed in pinyin, and a winner
// decided in one sentence under "关于某工程（二标段）的公示"; 4 changes — a 开标 推迟至 a new day under
// "关于某工程的通知", a 繁體 Taiwan 暫停招標公告 quoting its 原公告日 and 原截止投標日期 (deadline none), a
// 恢复 of a paused 采购活动 under a bare 公告, and questions answered (现答复如下, 仍为 the deadline) under a
// bare 通知; 2 intents — a 月度 意向 table under "政府采购信息公开（2029年1月）" and a 招标项目计划表 under
// a bare 公示 (the first row's amount); 2 proposed — a 【拟建项目】 card (项目阶段, 业主单位, 总投资 in 亿元)
// and a 立项 批复 titled by its 文号 (请示收悉，同意该项目立项, 项目代码); 2 news — a 记者从…获悉 report and a
// 【建设快讯】 that mention a 施工总承包招标, who 中标承建 and a 中标价 in passing (news: no winner, no
// award; 总投资 the budget); and 3 others — 终止 with its reason under "关于某采购项目的公告", "…竣工验收的
// 公示" and a 废标 stated as 采购结果：废标 behind 【中标】) was scored once before any change: category
// 12/20, stage found 20/20, stage agrees 12/20, province 19/20, city 19/19, district 19/19 (the same
// without region text), budget 10/10, budget none stated 10/10, award 3/3, award none stated 17/17,
// winners 3/3, winners none named 17/17, buyer 18/18, agency 10/10, project code 10/10, deadline 6/6,
// deadline none stated 14/14, published 11/12. The misses: every notice whose title names no kind
// read as a tender from the body's 潜在投标人 or 招标公告 (the moved opening, the resumed procedure,
// the answers, the plan table), 采购信息公开 read as a tender by its 采购信息, "关于某采购项目的公告"
// read as a tender by its 采购…公告 (the 终止 in the body unheard), 竣工验收的公示 read as news of
// completion, 采购结果：废标 under 【中标】 kept a result, 新竹市東區 read as 攀枝花's 东区, and the
// 原公告日 taken for the notice's own day. After the rules they led to (a body's time moved to a new
// day (…推迟/延期/顺延至 某年) is an extension, 恢复本项目采购活动 a resumed procedure and 答复/解答/回复如下
// a clarification; "关于<project>的公告/通知/公示" whose subject names no kind lets the body decide, the
// title only when the body says nothing; 招标项目计划 and 发包项目计划 are plans and 采购信息公开 no
// kind; 验收的公示 an acceptance; a failure stated as 结果：废标/流标/终止, 作废标处理 or 予以废标 ends a
// result naming nobody (废标理由 alone does not: a shared result reports one 包 so); a district's
// name right after a place with no divisions of its own (Taiwan's cities) is that place's; a date
// label marked 原 is the earlier notice's) all 20 are right. The shared dev and held-out figures are
// unchanged (a rule hearing 废标理由：/流标原因： as a failure cost one dev award and was narrowed).
// Probing past it added a bid deadline reset in the body (截止时间调整为 某年…) as an extension, and
// confirmed bare titles over 暂停本项目采购活动, 中标人：, 验收结论：, 第一中标候选人：, 作如下更正, 繁體
// 關於…的公告 with 延期至, and "关于某项目重新招标的公告" staying a tender; it left 香港東區 read as
// 攀枝花's 东区 (Hong Kong's districts are listed, so the Taiwan rule does not reach it) and a bare
// 公告 saying 本次招标失败 as other with no stage (tenders' boilerplate says 采购失败 too).
// own-b68-* (12 notices whose kind is said in wordings own-b62 and own-b67 did not cover, 6 with
// region text and 6 without: 2 results — a 中选信息 under a title that is only "某项目公示" and a
// 评标结果公示 ranked 排序第一/第二/第三 with its 异议 wording (the first the winner, its bid the award); 2
// tenders — a college's 竞价邀请 (最高限价 the budget, 竞价截止时间 the deadline) and a state group's
// 合作方招募公告 (招募人 the buyer, fees by share so no budget, 报名…前 the deadline); an intent — a
// 采购需求征求意见 notice (预算金额 in 万元, its 征求意见时间 no notice date); 2 changes — a 补遗书（第2号）
// (…改为…, 仍为 the deadline) and "关于某项目的补充通知"; 3 others — a 最高投标限价公示 (the cap the
// budget, as the 控制价 rows have it), "关于取消某采购项目的公告" and a 合同签订公告 (甲方（采购人）, no
// winner or award); a 项目动态 report quoting who won at 9.64亿元 (news, 总投资 the budget, "由某集团
// 建设" the owner) and a 【拟建】 card (审批阶段, 项目业主, 估算投资 in 万元)) was scored once before any
// change: category 11/12, stage found 12/12, stage agrees 11/12, province 12/12, city 12/12, district
// 8/9 (the same without region text), budget 5/5, budget none stated 7/7, award 2/2, award none
// stated 10/10, winners 2/2, winners none named 10/10, buyer 10/12, agency 5/5, project code 8/8,
// deadline 3/3, deadline none stated 9/9, published 6/7. The misses: "关于取消…采购项目的公告" read as a
// tender (its subject's 采购项目 and the body's 开标), 甲方（采购人） unread, "由某集团建设，" unread, and
// 东昌府区 dropped before 花园北路 (花园 taken for an estate's name); the published miss was a label
// against the set's convention (a 征求意见/公示 period's first day is no notice date) and was set to none.
// After the rules they led to (a title cancelling what it names, "(关于)取消…项目/工程/招标/采购" closing
// on its notice word, is ended, "关于取消政府采购投标保证金的通知" not; 甲方 is a buyer label when its note says 采购人/招标人/发包人/买方; "由某单位建设，" names the
// owner unless the name is a builder's (建工, 建筑, 工程局, 路桥…); a county-level name in full before
// 花园/公园/小区 is an address, as before a street) all 12 are right. The shared dev and held-out
// figures are unchanged, row for row.
// own-b69-* (20 notices of state firms, hospitals and universities, 10 with region text and 10
// without: 17 results — a 电网 供电局's 中标候选人 by 包 in a "|" table (包号, 标的名称, 排名, 投标报价),
// an 油田 物资分公司 deciding two winners in one sentence with their 份额 and 中标价格 "分别为" (万元, 不含税),
// a 广电 比选 won at a 折扣率 beside a 预估金额 (none), a 铁路局 施工 first candidate's 投标报价 with its
// 下浮率 in brackets and the 最高投标限价 after, a 地铁 中标价 as a 下浮率 on the 招标控制价 then 大写 and ¥,
// a 农商银行 押运 won at 每网点每月…元 (none), a hospital's 院内 result and a 电信 分公司's told only in a
// sentence (…以人民币…中标本项目; 确定…为成交供应商，成交金额为…), a university's 包 rows giving 预算金额,
// 最高限价 and 成交金额 side by side, a 城投 中选候选人 table split by spaces (排序, 报价, 综合得分), a
// 邮政 成交候选人 list numbered under "成交候选人排序及最终报价：" with "拟确定排序第一的某公司为成交人", a
// bank's two 机票 winners at a 折扣 (none), a 审计 中标费率 on 送审金额 and 审减额 (none), a 国网 协议库存
// listing each 包's winners with their shares after 、 (none), a hospital's 保洁 成交单价 × 人数 with the
// 成交总价 under a 采购预算 and 最高限价, a county's 预算金额, 最高限价 and 中标金额 on one line, and a 轨道交通
// 标段 naming two winners each as "A（份额70%，中标金额…万元）、B（…）"; 3 others — a 石化 流标公示 (its past
// 投标截止 no deadline, 招标控制价 in 万元 the budget), a college's 废标 and a bank's 采购结果：流标) was
// scored once before any change: province/city/district 20/20, 20/20, 13/13, without region text
// 20/20, 20/20, 12/13, category 20/20, stage found 20/20, stage agrees 20/20, budget 3/3, budget
// none stated 17/17, award 11/12, award none stated 7/8, winners 15/17, winners none named 3/3, buyer
// 19/20, agency 14/14, project code 20/20, deadline none stated 20/20, published 3/3. With own-b67's
// and own-b68's first-time figures added to the count own-b66 gave, award is 508/552 (92.0 %) and
// winners 554/638 (86.8 %). The misses: 每网点每月1,680元 read as the award (the per-thing price had no
// label word the unlabelled scan knew); the 最终报价 of a numbered list under a heading naming more than
// the candidates unread and "排序第一的" kept before the winner's name; "某分公司在本公司会议室组织了…"
// read as a buyer ending in 本公司; and the second name after "A（份额70%，中标金额…）、" dropped (the comma in
// the note ended the value). The district miss without region text stays: the college's 崂山区 is in
// the region text only. After the rules they led to (a price after 每 and a thing counted, 每网点每月,
// 每立方米, 每吨, is a unit price, never the award; 排序/名次第一的 is a rank before a name; a candidates'
// heading may go on before its colon; a name ends before 在本公司/于我院; a 、 after a bracketed note that
// is no rank goes on with the list) all else is right. Probing past it added 中标价：每立方米…元 under the
// award's own label, a body holding the 评审/谈判 of its own purchase as the buyer (an agency holding the
// 开标 is not), and a rate given after 为 or a fee named 暂定监理费 first still giving the fee; it
// confirmed 每吨…元 before a 合计, 每人每餐 before a 合同总价, 92折, shares after a semicolon, columns with
// the award before the budget, and 280万元/275万元/259.86万元 on one line. The shared dev and held-out
// figures are unchanged, row for row.
// own-b70-* (20 notices whose kind is worded in ways the rules might not know, 10 with region text
// and 10 without: 3 changes — a 竞争性磋商补充通知 moving the 响应文件 deadline (由…调整为…), a 比选 答疑
// with no title (各比选申请人, 统一答复如下, 仍为 the deadline) and a 询比 补充通知 behind an aggregator's
// wrong [招标公告] tag; 2 intents — a 采购需求征求意见 without 公告 (意见反馈截止时间 no deadline) and a
// 需求公示 under a title that is only the project's name (its body "现将本项目采购需求予以公示", with
// 采购需求：and 预算金额 fields as tenders have them); an award — a 网上超市 直购成交公告 (订单编号 the
// code); 8 others — a 竞谈终止公告, a 第二次流标公示 (its 最高投标限价 the budget, as own-b7 has it), a
// 废标 told in a title-less body ending "本项目废标。", a 合同签署公示 (签署 is also a news word), a
// 履约验收意见公示, a 合同履行情况公示, Taiwan's 開標紀錄 whose 開標結果 says the 決標 comes later (新臺幣
// bids, no winner) and a 最高投标限价及其组成公示 (the cap the budget); 2 tenders — "关于…流标后重新招标
// 的公告" and a 资格预审通过单位名单 (the passing firms no winners); 2 proposed — a 发改委 list
// of projects taken into a 重点项目储备库 (the first row's 总投资) and an approval platform's card titled
// by the project's name alone (审批事项：企业投资项目核准, 办理结果：准予核准, 项目代码); 2 news — 通车 under
// a title saying 全线贯通 and an investment "正式落地" with 签署投资合同 in the body (总投资 the budget))
// was scored once before any change: category 14/20, stage found 15/20, stage agrees 12/15, province
// 20/20, city 19/19, district 17/17 (the same without region text), budget 8/9, budget none stated
// 11/11, award 1/1, award none stated 18/19, winners 1/1, winners none named 18/19, buyer 17/17,
// agency 9/9, project code 15/15, deadline 3/4, deadline none stated 16/16, published 11/11. The
// misses: the 需求公示 read as a tender (its "采购需求予以公示" taken by the 采购…公示 rule), the 本项目废标
// body read as a tender, "流标后重新招标" read as ended (so its deadline dropped), 合同签署公示 read as news
// of a signing, 開標紀錄 unheard (纪录, not 记录, once simplified) and read as an award by its 決標,
// 最高投标限价及其组成 unheard and read as an award (its 税金 the award), and the 储备库 list and the
// 核准 card proposed only by the model, with no stage. After the rules they led to (需求予以/进行公示;
// a body closing on 本项目/本次招标 废标/流标 unless its sentence is a rule (若, 当…时, …的，); 流标/废标 then
// 重新招标/采购 a new round; 开标纪录; 控制价/最高限价 (及其)组成/构成 公示; 合同签署/订立 公示/公告; 项目储备
// 库/清单 and 重点/重大项目库 planned; 审批事项/办理事项 fields read for the stage; 准予核准/备案) all 20
// are right. The shared dev and held-out figures are unchanged, row for row. Probing past it added
// 竞谈/竞磋 (the short names of 竞争性谈判/磋商) as procedures and their 失败 as ended, 正式落地/顺利落地 as a
// signing, and 储备清单; it left "某工程招标控制价及其组成" with no notice word a tender, a 审批事项 card
// whose heading says only 批复 at the approval of a project rather than its feasibility study, and a
// title-only "关于某项目废标及重新招标的公告" ended.
// own-b71-* (20 notices whose kind is worded in ways the set lacked, from sources it has little of, 9
// with region text and 11 without: 3 军队采购网 notices — a 结果公告 under a title that is only the
// project's name, a 采购项目结果变更公告 (原成交供应商 struck out, the second one moved up, paid by rate)
// and a 暂停公告 quoting its 原定 cut-off; a hospital's 参数征集公告 (intent, 预算 in 万元, its 提交时间 no
// deadline); a college's 单一来源采购专家论证意见公示 (tender, 拟采购预算 in 万元, its body agreeing to
// 单一来源 in the words of a method change); a college's 招标代理机构遴选公告 with no budget; state firms'
// 合格供应商征集公告 (征集人, 征集编号), 审计机构选聘公告 (选聘人, 选聘编号, a two-year 最高限价), a 谈判 result
// with no title at all (包1/包2 成交人 and 含税 成交价 on one line each), a 资格审查结果公示 under a title
// that is only the project's name, and a 框架入围公示 of three firms paid by a fee scale; 繁體 notices —
// a Hong Kong 招標書, a 更正啟事 quoting 原文 and 更正為 deadlines, and Macau's "公開招標「…」之解答及補充資料";
// a 发改委 节能审查结果公示 (项目代码, 总投资 in 亿元); a 开标公示 listing four bids under a 最高投标限价; a
// 竞争性磋商公告（废标后重新组织）; a "…询价采购公告取消通知"; and news of a park 通过竣工验收 and a hospital
// wing 正式启用 (总投资 the budget)) was scored once before any change: province 18/20, city 15/17,
// district 11/15 (the same without region text, but city 14/17), category 13/20, stage found 18/20,
// stage agrees 12/18, budget 5/8, budget none stated 12/12, award 2/2, award none stated 17/18, winners
// 3/4, winners none named 14/16, buyer 13/13, agency 5/5, project code 14/15, deadline 5/7, deadline
// none stated 13/13, published 5/5. The misses: the 废标后重新组织 invitation read as a termination (and
// so its deadline dropped), the 取消通知 of an 询价采购公告 read as the tender it withdraws, 开标公示 read
// as a result by its bids (its first bidder the winner, its ceiling no budget), 节能审查结果公示 read as an
// award by its 结果公示 (the 我委 sentence giving a winner), the 单一来源 论证意见公示 read as a method
// change by its body, 解答及補充資料 read as a tender by its 截標日期, 招標書 found no stage, the 结果变更
// read as a change, 选聘编号 no code label, the 原文 deadline taken for the new one, and places only
// in a 递交地点 (a venue, left out on purpose), in an address after a 拟定供应商 or in the region text.
// The 结果变更 miss was a label: the shared set classes "…采购项目结果更正公告" (no 中标 in it) as a
// change, and no change in the own set names winners, so own-b71-mil-chg-1 was relabelled change with
// no winners. After the rules they led to (a failure followed by 重新招标/采购/组织 is the new invitation;
// "…采购公告取消通知" ends; 开标公示 is an opening; 节能/能评/用地预审/选址 and 社会稳定风险 审查结果公示
// approve a planned project; a 单一来源…论证…公示 is the 单一来源 notice; 解答及…, 补充资料 clarify;
// 招标书 invites; 选聘编号 is a code label; a line opened by 原文： quotes the replaced deadline when a
// line below opens with 更正为：; a supplier's section ends at the next numbered item) all but 4 region
// checks are right: the 递交地点 venue is the only place of own-b71-uni-lx-1, two districts stand only in
// a venue, and a group with no place in its name has no city without the region text. Probing past it
// added 选聘 and calls for suppliers (供应商征集, 公开征集) as tenders, 参数征集 as a call before the
// procurement and 能评 as an energy review; it left "采购结果变更公告" an award (its 采购结果 reads as a
// result's) and a hospital's 设备论证结果公示 an award. The shared dev and held-out figures are unchanged.
// own-b72-* (20 results that name their winner among candidates, 10 with region text down to the
// county, 4 to the city only and 6 without: candidates ranked in brackets on one line (A(第一名，报价…，
// 得分…)、B(第二名…)), 第一/第二/第三中标候选人 blocks after a list of every bid, a table in the order
// bids came in with its 排名 column after the name and the score, 拟中标人 and 拟成交供应商 with 大写 and
// the others' ranks after, 推荐中标候选人 in one sentence then 确定中标人, three 标段 each with its own
// first candidate (one firm first in one and second in another), an EPC consortium's 牵头人 and 成员 on
// lines of their own, a 自然人 and a 个体工商户 winning (the latter at a 下浮率 with a yearly estimate, no
// award), （北京）/（集团）/(有限合伙) names, an aggregator's 某*/** names with 下浮率 bids, a first
// candidate struck out and the second decided in a sentence, a 中标人 with 其他中标候选人 noted by rank,
// a 排名第一 note with no one decided yet, three 包 with 拟成交供应商 each and one 流标; and a 流标 and a
// 废标 naming bidders and candidates who won nothing) was scored once before any change: province/
// city/district 20/20 each (the same without region text), category 20/20, stage found and agrees
// 20/20, budget 2/2, budget none stated 18/18, award 16/16, award none stated 4/4, winners 17/18,
// winners none named 2/2, buyer 20/20, agency 19/19, project code 19/19, deadline none stated 20/20,
// published 1/1. The miss: "中铁建设集团（北京）市政工程有限公司（第一中标候选人，…）" read as 市政工程有限公司,
// a name found by its suffix stopping at 集团 and its bracket. After the rule it led to (a legal form
// in brackets, 某某(集团)有限责任公司, and a place in brackets after 集团 then the company's own words are
// one name) all 20 are right. Probing past it added: a decision naming the winner by rank alone
// (确定第二中标候选人为中标人, 由第二名递补, 第二中标候选人顺延为中标人, 原第二中标候选人) takes the name and
// bid that rank is given, unless the sentence quotes a rule (若, 可以, 应当, …的，); a rank closing a line
// of one firm (…元 第一名, …，排名第一) is that firm's, also for its bid when the rows are out of order; a
// rank note after a consortium (…组成的联合体(第一名…), A(牵头人)、B(成员)(第一中标候选人…)) and 联合体(A+B)
// give every member; 推荐的中标候选人第一名 heads its block; a person noted by an identity number or
// ranked first in a quotes table wins; 修理部/汽修部 are names; (第一名放弃) and (排序1) are notes. It
// confirmed 排名：1 and 综合得分第一 in brackets, 拟中标单位, 第一候选人 without 中标, lots run into one
// line, a (北京) agency beside a (北京) winner, masked 中标人 with 万元, lot tables with the rank after
// the name, and a boilerplate "可以确定第二中标候选人为中标人" left alone. The shared dev and held-out
// figures are unchanged, row for row.
// own-b73-* (20 notices whose kind is worded in ways the rules did not know, 10 with region text and
// 10 without: 2 tenders — a 街道's 门面房公开出租公告 (出租方, 竞租申请 cut-off the deadline, no budget for
// a rent taken in) and a 资格预审 under a title that is only the project's name (公告性质：on the first
// line); 4 changes — a 质疑的答复 (its first answer strikes a clause), "关于…开标时间另行通知的公告", a
// 招标公告（补充） and "关于…更换开标地点的通知"; 2 intents — a hospital's 政府采购实施计划公示 (a list in 万元)
// and a 采购需求意见征询公告; a 规划设计方案公示 (proposed); 2 awards — a 评标报告公示 with three ranked
// bids and a 设计方案征集评选结果公示 (中选单位, 设计费); 6 others — a 报废公务车辆公开拍卖公告, "关于退还…
// 投标保证金的通知" naming the firms paid back, a 结算审核结果公示 (送审/审定金额, 施工单位), a 竣工验收备案
// 公示, a 询价项目未成交公告 and a title that is only the project's name with "信息类型：终止公告" as the tenth
// line of its header; 3 news — a 重点项目观摩点评会, a 主桥顺利合龙 and 42 projects 全面复工) was scored once
// before any change: category 9/20, stage found 16/20, stage agrees 7/16, province, city and district
// 20/20, 20/20, 18/18 (the same without region text), budget 4/5, budget none stated 14/15, award 1/2,
// award none stated 17/18, winners 2/2, winners none named 16/18, buyer 12/15, agency 7/7, project code
// 11/11, deadline 3/3, deadline none stated 17/17, published 7/7. The category misses: 出租公告 unheard
// (other), the deposits paid back and the settlement audit read as awards (they name firms and sums),
// 竣工验收备案 read as a project's 备案, 采购实施计划公示 and 需求意见征询 read as tenders by their 采购…公示/
// 公告, 另行通知 and 更换开标地点 unheard (tenders), （补充） left to its 招标公告, 未成交 read as a result by
// its 成交, and the 信息类型 line below the eight heading lines unread. The buyer misses: 出租方 no label,
// 办公室 cut to 办, and a 建设单位 inside brackets run on past the bracket. Two budgets were relabelled
// to the set's conventions after scoring: the plan's first row (as own-intent-1 has it) and the 复工
// report's stated 总投资 (as the 集中开工 reports have it). After the rules they led to (出租/竞租 invite;
// 退还/领取…保证金 and 结算/决算 审核/审计 结果 are no award, with no stage; 验收备案 an acceptance; 采购实施
// 计划 a plan; 意见征询/征询意见 a call before the procurement; 规划/建筑(设计)方案 公示 an approval; 评标报告
// 公示 the candidates; 开标/截止时间另行通知 an extension; 开标地点 更换/调整 and a bracketed 补充 a
// correction; 未成交 公告 an end; a 信息类型/公告类型/公告性质 field in the first 30 lines of a body decides
// under a title naming no kind; 出租方/招租人 label the buyer; 办公室 ends a name; a bracket closing the
// label ends its value) all is right but the 3 others with no stage of their kind (an auction, a deposit,
// an audit) and the 设计费 of the design competition (a bare fee under the winner is left unread, as a
// 暂定设计费 is). Probing past it added asset sales (废旧物资处置, 报废…拍卖, but not a 处置服务 bought),
// 领取保证金, 建筑设计方案公示, 评标情况报告 as candidates, 合龙/贯通 as progress and 复工 as a start (but not
// inside 修复工程 or 恢复工程: a shared dev title 某修復工程 had moved to news, and was put back). The
// shared dev and held-out figures are unchanged, row for row.
// own-b74-* (20 bulletins on the border of news and the notices it retells, 14 news and 6 notices, 12 with
// region text and 8 without: a firm's 喜报 that it 成功中标 and a group's "中标某项目 合同额…亿元" after its
// 中标通知书, a county paper's 本报讯 that a project 确定施工单位 with the 中标价, paper reports that a 可研
// 获批, a 立项 获批 by its 项目建议书 and an 初步设计 获省发改委批复 (the news labels of the shared set: a
// paper's report of an approval is news, the 批复 itself planned), 招商引资 集中签约, 开工 and 竣工 that
// recall who won, 投产, 通车, a headline of no event word over a 封顶, a 重大项目推进会, a 政府工作报告
// excerpt of projects, and a 施工合同签订仪式; beside them a 中标结果公示, a 磋商 成交结果公告, a 可研批复 of
// a 发改委, a 政府投资项目审批结果公示 and a 拟建 entry) was scored once before any change: province/city/
// district 20/20, 20/20, 18/18 (the same without region text), category 13/20, stage found 20/20 and
// agrees 13/20, budget 11/14, budget none stated 6/6, award 2/2, award none stated 16/18, winners 2/2,
// winners none named 16/18, buyer 10/13, agency 2/2, project code 4/4, deadline none stated 20/20,
// published 1/1. One budget miss was our label: the 成交结果公告's 采购预算, where results carry no budget
// in this set; it is now null. The rules they led to: a headline telling of a win (成功中标, 再度中标, 某集
// 团/某局/某院中标某项目, not 中标结果/公告/公示 and not 喜报 alone, which heads reposted results) or of an
// approval (获批, 获…批复/核准) is news; 审批/核准结果公示 is a planned project's notice, not a result; a
// 合同签订仪式 is news of a signing, not the contract; an owner whose name holds the verb (某开发建设有限
// 公司投资建设) is read whole, a bureau that 组织实施 the works owns them, and a name right after 建设单位
// in prose ending its phrase is the owner. Then all 20 are right. Probing added a report that a design
// passed review (初步设计顺利通过专家评审) as news, and a newsroom byline turning a title read as a result
// or an approval (本报讯 … 某项目确定中标单位) into news. The shared dev and held-out figures are unchanged,
// row for row.
// own-b75-* (20 notices whose kind is worded in local jargon, 14 with region text and 6 without: 6
// tenders — an online mall's 电子竞价采购需求公告 under an 【浙江-湖州】 prefix, a school's 网上询价单 (请于…前
// 填报), a title that is only the project's name with （二次公告）, a 繁體 公開取得報價單 (民国 years), a
// 供电公司's 邀请招标 naming the three firms invited and an 协议供货入围征集公告 whose only cut-off is 报名截止; 3
// awards — a 定点采购入围供应商确定公示 (three firms, no sum), a [广西]-prefixed 承包商随机抽取结果 (合同暂定价)
// and a title that is only the project's name whose body says "确定某公司为本项目供应商，确认价格为…"; 3
// changes — a 开标改期 notice, a body with no title changing "下列内容予以更改：原…现…" and a 磋商公告
// （第1次修正）; 2 intents — a 卫健局's 季度政府采购项目预公开 table in 万元 and a 部门预算 政府采购预算公开 table;
// 2 proposed — a 水资源论证报告书 审查意见 and a 使用林地审核同意书核发公示; 2 news — a 城市更新 大干攻坚 report
// (总投资 the budget) and a 跑出加速度 report of factory halls 出地面; 2 others — a 质疑处理结果公告 naming the
// supplier who complained and a 合同履行情况公示 with the contract sum) was scored once before any change:
// category 10/20, stage found 12/20, stage agrees 5/12, province 19/20, city 18/18, district 16/16 (the
// same without region text), budget 7/7, budget none stated 13/13, award 1/2, award none stated 17/18,
// winners 2/3, winners none named 15/17, buyer 15/15, agency 7/7, project code 13/14, deadline 3/7,
// deadline none stated 13/13. The category misses: 竞价采购需求公告 read as a call for remarks by its 需求公告,
// 公開取得報價單 unheard (a change by the model), 改期 unheard, 予以更改 lost to the body's 潜在投标人, （第1次
// 修正） left to its 磋商公告, 预公开 and 政府采购预算公开 read as tenders by their 采购, 质疑处理结果 and 合同履行
// 情况 read as awards (their bodies name a firm and a sum) and "确定…为本项目供应商" unheard (a tender by its
// weak words); 入围…确定公示, 承包商随机抽取结果, 水资源论证 审查意见, 使用林地审核 and the 入围征集 had their
// category but no stage. After the rules they led to (竞价/询价 需求公告 and 公开取得报价,
// a closing 询价单/报价单 and 入围征集 invite; 入围(供应商)(确定)公示 and a contractor's 抽取/摇号/抽签结果 are
// results; 改期 an extension; a bracket counting its corrections (第1次修正) and "下列内容予以更改" or "予以更改：" a
// correction; 预公开 a call before the procurement and a 政府/部门 采购预算 公开 an intent; 水资源论证 审查意见 and
// 使用林地审核 approvals; 质疑处理结果 a ruling like 投诉处理 and 合同履行/执行情况 公示 an acceptance; "确定某公司为
// 本项目供应商/承包人" a result, not after 将/应/可/拟) all 20 have their category, and all but the 质疑 ruling
// (no stage of its kind) a stage. A new day after 改期至 is now read as the
// moved deadline. Left: the 询价单's 请于…前 cut-off and its 单号, the 报名截止 of the 入围征集 as a deadline, and
// 台湾 from 國立嘉義大學. Probing past it kept 采购需求公告/公示 and 采购需求
// 论证 calls for remarks, a bare 采购预算公示 no intent, 评标专家抽取结果 no contractor drawn, 质疑答复 a
// clarification, a 水资源论证 or 使用林地 service bought a tender, and "将予以更正。" in a tender no change of
// the body rules (its heading line alone reads 更正); it added 询比(价), 竞价 and a notice issued again
// (重新公告, 二次公告) to the weak tender words read when nothing stronger is said, and 项目观摩 as progress.
// The shared dev and held-out figures are unchanged, row for row.
// own-b79-* (20 of the other family and the steps before a tender, from portals not yet in the set:
// a title-less 终止 excerpt with masked contacts, a 招标失败 with its ceiling, a 繁體 流標 in 萬元, a
// letter "关于取消…的公告" quoting the opening it calls off, an 开标一览表 flattened into one line, a 合同公告
// with masked addresses and 合同金额 in 万元 (other, no winner, as the set labels contracts), a 合同变更
// with its added sum, a 履约验收, a finance bureau's 投诉处理决定书, a 质疑答复 upholding a 成交结果, a
// 最高投标限价公示 in 大写 with its fees; 意向 as a table flattened by spaces and in 繁體 prose, an
// 【采购意向】 excerpt with its budget (略), a 招标计划 giving 总投资 beside 招标估算价, a title-less 发包计划,
// a 预公告 in 大写 and 万元, a 需求征求意见 with a feedback cut-off, an 【资格预审】 repost masked with *** and
// a title-less 资格预审 in one paragraph) was scored once before any change: category 19/20, stage
// found 18/20 (agreeing 17/18), budget 9/12, budget none stated 8/8, award and winners none stated
// 20/20, deadline 2/2, deadline none stated 18/18, province/city/district 20/20 (the same without
// region text), buyer 19/20, agency 10/10, project code 14/14, published 7/8. The misses: a 质疑答复
// that upholds a 成交结果 read as a clarification, the finance bureau heading a 投诉处理决定 taken for the
// buyer, a 发包计划 with no title given no stage and its 预计发包金额 no budget, a fee estimated in prose
// (监理服务费估算约86.3万元) and an intent table flattened by spaces read as no budget, and a signature
// run into the end of a flattened notice not read as its date. After the rules they led to (a 质疑
// answered against a published result is a ruling, other; a 被投诉人 that is no agency is the buyer;
// 发包计划, 计划/预计发包 wording a plan and 预计发包金额 an estimate; 费估算 followed by its figure an
// estimate; row 1 of a space-flattened table read under its budget column; a date ending the text after
// a full stop and a signer the signature) all is right but the stage of the two rulings, which no
// stage names (a complaint or 质疑 ruling has none in BULLETIN_STAGES); the shared dev figures are
// unchanged, held-out buyer gained one (108 to 109 of 129). Probing past it added a 质疑 against the
// 中标候选人公示 (or a reply keeping the candidates) to the answers that are rulings.
// own-b76-* (20 of the change family from portals not yet here, 13 with region text and 7 without: a 自治区
// 更正公告（第二次更正） whose 原内容/更正后内容 table comes one cell a line, a 工程 notice titled only
// "项目名+变更", an energy group's 招标文件澄清（第1号）, an untitled 答疑纪要 whose answer quotes the 最高投标限价,
// a 公路 第2号补遗书, a college's 招标文件修改通知, an 【江西-赣州】-prefixed 延期开标, a 推迟开标 with no new day,
// a 繁體 投標截止時間順延公告, an oil field's 暂停公告, an untitled ccgp 中止公告 with masked contacts, a 恢复公告, a
// 采购方式变更公告 stating its budget, a 【吉林】-prefixed 中标结果更正公告 (原…/更正为：大写+¥), an untitled 电网
// 变更, a Macau 更改截標日期及開標日期 and a 澄清（修改）公告 with a "|" table; and three that are no change: a
// 磋商公告 and a 施工招标公告 promising "如有变更将另行公告", and a 结果公告 saying "本项目无更正公告") was scored
// once before any change: category 17/20, stage found 19/20, stage agrees 16/19, province 20/20, city
// 19/19, district 16/16 (without region text 19/20, 18/19, 16/16), budget 2/2, budget none stated 17/18,
// award 1/1, winners 1/1, buyer 18/20, agency 18/18, project code 19/19, deadline 10/12, deadline none
// stated 8/8, published 14/15. One miss was our label: the 中标结果更正 was written as a change, where every
// earlier one here is labelled an award with its new sum and winner; relabelled so, it was an award miss
// (原中标金额 over a bare "更正为：") and a winners miss ("某公司（不变）"). The other misses: 答疑 answers read as
// the heading (…详见招标控制价公示 → price_cap), 更改截标日期 unheard (a tender by its 截标), 项目中止的原因
// with no stage, the old date of both 原/更正后 tables, 原中标结果公告发布日期 read as the publication, and the
// buyers 某油田某作业区 and Macau's 招標實體. After the rules they led to (a question or answer line is no
// heading; (调整|更改|变更|修改)…截标/开标/截止 日期 an extension; 中止/暂停 的原因 a pause; 更正项/变更事项 a
// column of a one-cell-a-line table and the deadline read from such tables set back into rows;
// 澄清（修改）后 a new-value column; a 原…公告 before a date label an earlier notice's; "原X：A" over
// "更正为：B" read as X:B in a result; a "(不变)" note no part of a name; 作业区 after 油田/气田; 招标实体 a
// buyer label) all 20 are right but the no-region-text place of the oil field (冀东 names no county).
// Probing found an untitled tender whose "如有变更将另行公告" line was read as its heading; a condition
// (如/若…变更/调整) now heads nothing. The shared dev and held-out figures are unchanged.
// own-b77-* (20 planned projects and press reports from portals not yet here: a 省发改委 初步设计及概算 reply,
// 用地预审与选址, a 规划许可 批后公布 flattened into one line, a 施工许可 record with its 合同价格, a spaced
// 备案 table, an untitled 环评受理, an 环评审批决定 list, an aggregator's masked 【节能审查】 card, a Shanghai
// 项目建议书 reply, a 抽水蓄能 核准 with static and dynamic investment; 集中开工, 签约, 竣工, 调度会 and
// 投资完成率 reports with 本报讯/日报讯 datelines that mention 招标, 中标 or 采购 in passing, a Hong Kong press
// release and a Taiwan county's 動土 news in traditional characters, three without a title and two cut
// mid-sentence) was scored before any rule was changed for it: category, places, budget (16/16 stated, 4/4
// none), award, winners and deadline all right; buyer 13/14 (a Hong Kong department that 負責推展 the works),
// project code 5/6 (a 项目代码 header whose columns are spaced, not barred), published 9/10 (a 民国 date with
// hyphens, 118-03-18); the stage agreed with the category 20/20 but was the right one 17/20 (動土 read as 完工,
// 进入内部装修阶段 as completion, a 征收签约率 as a signing). After the rules it led to (负责推展/负责兴建 an
// owner's verb; an investment code's fixed shape read under its label; hyphenated 民国 dates; 动土 a start,
// a phase of the works reached progress, 签约率 no signing) all 20 are right. Probing past it added "同意…
// 项目建议书" as an approval, 中标承建 as a press headline's word, and a title naming only the genre (新闻稿,
// 快讯, 动态) no stage of its own, so the body's 动土 or 签约 gives it. The shared dev and held-out figures are
// unchanged, row for row.
// own-b78-* (20 tenders probing deadlines and procurement modes, 13 with region text and 7 without:
// 公开招标 with 投标截止时间（开标时间）in 北京时间, an 投标邀请书 with a 大写-only 控制价 and "二〇三〇年一月十日上午
// 九时三十分", 竞争性磋商 due "下午2:30", 竞争性谈判 due "24:00", a 询价 taking quotes "自A起至B止", 比选, an
// 【湖北-宜昌】 e-mall 竞价 ending at its 竞价结束时间, 遴选/征集/招募 calls with no budget, a 单一来源公示 and a
// title-less 询价 excerpt with no deadline, an 电子标 "投标文件上传截止时间（即开标时间）", a tender reissued with its
// 延期 applied "（原定…）", a 繁體 Taiwan 公開招標 (截止收件日期 in 民国 years, 押標金) and a Macau 公開招標 (截標日期
// 及時間 中午十二時正, 臨時擔保 in 澳門元), two flattened tables (a spaced header run into its "|" row, field
// pairs on one line split by spaces) and two excerpts (masked ***/（略）, 摘要); 保证金, 标书费 and 获取文件
// ranges beside every budget) was scored once before any change: category 20/20, stage found 20/20, stage
// agrees 20/20, province 20/20, city 18/18, district 17/17 (the same without region text), budget 13/14,
// budget none stated 6/6, award and winners none stated 20/20, buyer 15/18, agency 9/10, project code
// 13/17, deadline 15/18, deadline none stated 2/2, published 7/7. The misses: the "自A起至B止" quote window
// of the 询价, "须在…前通过某电子卖场提交" (the way in between the date and the verb), every field of the
// spaced header run into its row, Macau's 招標實體 and 招標案卷編號, the 公告编号 of a 征集, a buyer named only
// in prose before its project, and one code label with no code in the text (own-b78-ext-1, relabelled
// null). After the rules they led to (a 报价时间/报价期限 window's end is the deadline; "前通过/登录…平台/系统/
// 卖场/网 提交" reads as "前提交"; a spaced header run into its "|" row is set on a line of its own; a bid
// deadline or 开标时间 column of a "|" table is the deadline when no label gives one; a label heading a
// table column names the party in the row below, never the next header cell or row; 招标实体 a buyer and
// 案卷编号 a code) only two stay: the 公告编号 (on many portals a notice number, not the project's) and the
// buyer in prose ("某街道办事处社区服务中心办公设备采购项目…采用询价方式" does not say which body buys).
// Probing past the batch with some 50 deadline, budget and kind wordings found four more, now rules: a
// 竞价时间 window ("A 9:00-11:00") ends at its deadline like a 报价时间 one; "即日起至B止" after a submission
// label, or "于即日起至B止将报价单送至", closes at B (a 报名 or 获取 window still does not); 正午 is noon, 凌晨
// and 傍晚 the ends of the day; and a 单一来源采购征求意见公示 (some provinces' name for the 单一来源 公示) is a
// tender, not a call for remarks on a need; and a table split by spaces keeps "2030-01-08 09:30" in one
// cell (its split time had pushed the row's cells off their columns and lost the budget). 保证金, 标书费,
// 暂列金额 and 图纸押金 beside a budget were all left alone already. The shared dev and held-out figures are
// unchanged.
// Batch b82 (20) probes the kind of notice on hard forms from portals not yet in the set: an untitled
// 采购意向 table and an untitled 终止 sentence, titles that are only the project's name (a 招标 and a
// college's 询价 result), aggregator and mirror tags (标讯：, [中标公示], 【招标】 with (略) and *** masks),
// Taiwan's 更正公告, Hong Kong's 招標公告 (投標箱 deadline), Macau's 取消公開招標, a 比选 call and its 比选成交
// 公示, an 入围 call, a railway 评标结果 (candidates in 万元), a 发包计划, a hospital's 采购预告, a 可研批复 and
// the press report of the same car park, a 成交结果更正 of a misspelt winner and a flattened 开标结果 table.
// First time: category 19/20 (the untitled 终止 read as the invitation it names), province/city/district
// 20/20 with region text (cand-1 names its place only inside a bidder's name, so 19/20 without), budget
// stated 7/8, none stated 11/12 ("（略）万元" read as 1万), award 6/6, winners 5/6 (the slip, not the
// correction), buyer 14/15, code 9/10 (校内编号), deadline 5/6 (HK "中午十二時正前投入…投標箱"), none stated
// 14/14, published 2/3. Rules added: a body stating that the procedure itself ended ("本次招标活动终止。",
// "决定终止本项目采购活动", not a condition or a right) is a termination (ended-procedure.ts); a bracket
// holding only 略 is the masked figure, not a note before it; a cap may name 服务费 before its figure;
// "于…前投入…投标箱" is a submission; "误写为X，现更正为Y" keeps Y under the field (miswritten-value.ts);
// 校内/院内编号 in brackets is the code. After: category 20/20, budget stated 7/8 (a 年服务费 cap is left
// unread on purpose: read so it broke a 3-year 物业 award in b63), none stated 12/12, winners 6/6, code
// 10/10, deadline 6/6, buyer 15/16 (agg-3's masked 采购人 relabelled as written, as b72/b77 do), published
// 2/3. Still missed: a college buyer named only by its 采购与招标管理中心 signature, and Macau's
// "2030年6月18日於市政署" signature date. The shared dev and held-out figures are unchanged.
// own-b81-* (20 of every kind with no region text, whose place the text alone must give: a buyer that
// is a 镇, 街道 or 村 body or a 区/县 institution named without its city, district names several cities
// share told apart by a phone's code, a township or a city named elsewhere (朝阳区 with an agency in 长春,
// 鼓楼区温泉街道 with 0591, 新华区 with 小赵庄乡 and 0317, 城关区皋兰路街道 beside a 金城 agency, 普陀区东极镇,
// 和平区南湖街道 with 024, 江北区慈城镇, 白云区江高镇 under a masked 【中标结果】 buyer), 西海岸新区 for 黄岛区, a
// 县级市 hospital with a 上海 winner, a 开原 school with a 济南 winner, a county tender whose agency sits in
// 长沙's 岳麓区, a town moved to a new district (塘栖镇 → 临平区), a 繁體 township clinic (古槐鎮), a 可研
// 批复 whose only place is its 投资项目代码, a masked excerpt with only a 0771 phone (district null), an
// untitled filing list flattened to one line, and a 快讯 naming only 分水镇) was scored once before any
// change: category 20/20, province 20/20, city 20/20, district 19/19, budget 14/14, budget none stated
// 6/6, award 4/4, winners 4/4, deadline 11/11, buyer 18/18, agency 12/12, project code 13/14, stage found
// 19/20. The two misses: a code label with no code in the text (own-b81-tender-6, relabelled null) and the
// untitled filing list, read as proposed with no stage; a field "备案机关：" or "备案部门：" now says a filing.
// Probing past the batch with some 35 shared district names and zones found one gap, now a rule: an
// agency's own company name (佳木斯市某招标有限公司) is the last tie-break between the places one name of
// the work may be (向阳区 of 佳木斯 or 鹤岗), after every phone, postcode and party's address, and never
// names a place of its own. The shared dev and held-out figures are unchanged (district, no region text:
// dev 86.2% 162/188, held-out 73.7% 56/76, before and after).
// own-b83-* (20 bulletins probing budgets and deadlines, second round, from portals not yet here: a 吉林
// lots table pasted onto its 预算金额 line with a 合计 cell, a 最高限价 in 万元 with its 大写, a 控制价 set as
// 概算 下浮5% "即…万元", a 江苏 意向 table headed 预算金额（估算，万元）, a 宁夏 备案 with 总投资 in 亿元, a
// three-year service giving 年度预算 and 项目总预算 on lines of their own, a 磋商 with 注册资本, 业绩金额,
// 保证金, 标书费 and 代理服务费 around its 采购预算, a 单价-only 限价 (no budget), 开标 written before an
// earlier 投标截止, a 递交 window "8:30至9:30", "2030.3.5 9:30时", "2030/03/12 14时30分", "上午9点半", "14：30",
// a 延期 notice with 原/现 lines, a 补充通知 changing the 前附表 deadline, 北京时间 before the colon, a 繁體
// Hong Kong 截標時間 in 〇-numerals and a Macau 截標日期及時間, and two title-less aggregator excerpts with
// masked names) was scored once before any change: category 20/20, stage found 20/20, province 20/20,
// city 18/18, district 18/18, budget 11/15, budget none stated 5/5, award and winners none stated 20/20,
// buyer 16/16 (own-b83-prop-1 relabelled with its 项目单位, as other 备案 rows carry it), agency 4/4,
// project code 14/14, deadline 17/18, deadline none stated 2/2. The misses: the flattened lots table, the
// derived 控制价, the (估算，万元) header unit (read as 150 yuan), the year's 90万元 over the 项目总预算, and
// on a one-line excerpt "投标保证金：1.9万元 投标截止：…" read as one 保证金 label (no deadline); the same
// excerpt also gave "*** (以上为摘要" as its buyer (labelled null). Rules added: a ceiling derived by a
// rate is the figure after 即/为/计 (derived-ceiling.ts); a lots table on the label's line gives its 合计
// cell (flat-lots-total.ts); a year's figure gives way to a larger 总预算 labelled below it
// (term-budget.ts); a unit bracket may name the figure's kind (估算/预计/暂定, amount-reader.ts); a
// deadline label's words stop at a colon (dates.ts); a masked name ends at a bracketed site note and a
// value masked whole names no one (org-names.ts). After them all 20 are right. Probing past the batch
// with a dozen more budget and deadline wordings found two more, now rules: a change table whose old
// column is headed 原公告 or 原招标文件 gives its new column's deadline (dates.ts), and a 本标段合同估算价
// after a 投资估算 is this tender's share of it (budget.ts). The shared dev and held-out figures are
// unchanged.
// own-b80-* (20 result notices probing winners and award amounts on portals not yet in the set, 10 with
// region text and 10 without: 中标候选人公示 with three ranked candidates (a spaced table run onto one
// line, two 标段 each ranked, "排序第1名为…" in a title-less 【中标候选人】 excerpt, candidates set across as
// columns), 中标结果 with three 分包 in 万元 and an 央企 platform's two 标段 flattened onto one line, 联合体
// winners under 牵头人/成员 labels and "A和B组成的联合体（牵头人：A）" in a 高校 notice, a masked 湖州***公司
// with ***万元, "经评审，确定…为中标人" in a hospital's notice, a 军队 成交 in 大写 only, 下浮率 only, a
// 单价 (元/公斤) only, an insurance 费率 only, 预算 and 最高限价 in the same row as the 成交金额 or line as
// the 万元 price, a 【成交公告】【四川·宜宾】 repost, a Hong Kong 批出合約 and two Taiwan 決標 (one 複數決標)
// in 繁體) was scored once before any change: category 20/20, stage found and agrees 20/20, award 13/13,
// award none stated 7/7, budget none stated 20/20, winners 18/20, province 17/19, city 14/15, district
// 15/16 (the same without region text), buyer 16/18, agency 8/8, project code 16/16, published 5/5,
// deadline none stated 20/20. The misses: the leader named again in a bracket after 组成的联合体 was read
// into the last member; a national Taiwan university with no city (only 新臺幣 tells the place); the
// second 标段 of the one-line 央企 table and the 准格尔 place inside its buyer's name; a buyer run straight
// into its project's name in prose (天水…建设局麦积区2029年…工程已于…开标); and the Hong Kong department
// before 批出合約, relabelled null as every other Hong Kong title-prefix department is. After the rules
// (a leader note after the group word belongs to it; 新台币 a sign of Taiwan; lot rows run onto one spaced
// line, two or more "标段二：" openers, are set one a line in a result) winners are 20/20, province 19/19,
// buyer 16/17; the 央企 table's region (准格尔 only inside its buyer's name) and the prose buyer still
// miss. The shared dev and held-out figures are unchanged.
// Batch own-b84-* (20: ten tenders, six results, two changes, two intents) is about who buys and who
// runs the buying: 建设单位 beside a 代建单位, a 代建中心 tendering as 招标人 for a 项目业主, 采购单位（盖章）
// and a town's signature block as the only naming, a contact table with a role column, a masked 郸城县***局
// with its agency (略), a buyer only in the title, Taiwan's 機關名稱/招標機構, Hong Kong's 採購實體, a
// carrier's 分公司 with its agency's 分公司, a 交易中心 running the purchase 受…委托, a 需求单位 and a
// 使用单位 beside the buyer, 发包人, 项目法人 in a flattened line, and 繁体 rows. Two region labels were
// mine wrong and put right before scoring (a Taiwan town is not labelled; 郸城县 is in the buyer's name).
// First scored: category, stage, region, award, winners and deadline all right; budget 9/10 (a framework
// tender's 采购规模); buyer 14/20 (代建中心 lost to the bracketed 项目业主, the role-column table, 採購實體,
// the flattened 项目法人 line run into 招标代理, the 使用单位 before the 采购人, the signed name against the
// title's); the masked agency read the next line; the flattened line's code ran on. After the rules (采购人/
// 招标人 fields ahead of other buyer labels, a 招标人 sentence through 委托 skipped, role-row tables, 采购实体,
// a (略) bracket is the value, a spaced 招标代理 ends a name, 采购规模 with a figure an estimate, a Latin code
// ends at a spaced Chinese cell) budget is 10/10, buyer 19/20, codes all right; the intent's buyer, signed
// 都匀市人民政府小围寨街道办事处 but titled 黔南州都匀市…, still misses. Shared dev buyer went 242 → 244 of
// 257; no other dev or held-out figure changed.
// own-b86-* (20 news, 拟建, 意向 and 更正 notices without region text, probing districts told only in
// prose, from portals not yet in the set: a 市报 item naming only 柳市镇, a Hong Kong paper in 繁體 with the
// investor's seat in 觀塘 and the site in 順德區北滘鎮, a 省报 item with the investor's seat in 深圳市南山区
// and the site in 英德市英红镇, 长沙经开区, a bare 高新区 under 株洲's planning bureau, 荆门高新区 (run with
// 掇刀区), 城区 of 晋城, 龙港市 behind a 【更正】【政府采购】 repost with a masked buyer, a 沙溪镇 chosen by
// its 0512 phone, 投资项目代码 only (南康区, 新洲区), 古镇镇 of 中山, a 街道 and a 镇 named alone, a one-line
// flattened 意向 table, and three the text cannot put in a district: 邵阳's 市城区 roads, a city's
// campaign of 58 projects, a 市直 school) was scored once before any change: category 20/20, stage found
// and agrees 20/20, province 19/20, city 18/20, district 12/16 (the same without region text; the four
// labelled null all read null), budget stated 13/14, budget none stated 5/6, buyer 13/18, agency 4/4,
// project code 3/3, deadline 3/3. Three labels were then set to the set's convention: an intent table's
// budget is its first row's, a campaign's batch total is a news item's budget, and a bureau whose
// spokesman speaks is no buyer. The misses: the investor's seat outvoting the site (深圳 against 英德);
// 荆门高新区 and a bare 高新区 of 株洲 not known as their districts; a group's "全资附属公司" kept before
// its subsidiary's name; "由某公司实施" not read as the owner; 你中心报来 not an approval's addressee; the
// one-line spaced 意向 table; and 五里墩街道 alone, which both 合肥 (蜀山区) and 武汉 (汉阳区) have. After
// the rules (an investor's seat 总部位于…的 is another party's place, body-sections.ts; zones run with one
// district, region-aliases.ts, and their bare word once the city is known, bare-city-zone.ts; 实施 and a
// subsidiary's lead words, and 你中心/你站/你所 addressees, parties.ts; a spaced header and its rows on one
// line set out one row a line, spaced-row-line.ts) all are right but 五里墩街道, which no text tells. The
// shared dev and held-out figures are unchanged.
// Batch b85 (20) probes project codes from portals not yet in the set: a 项目编号 written as a 文号
// (抚临采〔2030〕0012号), a 采购意向 with only its 采购计划编号 (韶浈财采[2030]-35), 溧建招字第2030-047号, a
// 询比编号 with （2030）询字第…号, a code only in the title's brackets, one wrapped after its hyphen, a spaced
// label and a code in groups ("NMBT 2030 G 0415"), 投资项目代码 in a 拟建 entry (beside its 审批文号) and in a
// 备案 table, a result table flattened with spaces, two masked excerpts (HN***-2030-*** under 【】 tags,
// 招标编号：（略） with no title), 繁體 Taiwan 標案案號 and a Hong Kong 招標編號 in the title, a 交易编号
// alone, 标段编号 before 项目编号, 采购计划编号 before 采购项目编号, 本公告编号 beside 项目编号, and no code at
// all beside a 批准文号 or a 府办发 文号. Scored once with --text-only before any change: category 19/20 (a
// 终止 notice labelled change, relabelled other as the set has it), budget, award, deadline, province, city,
// district and publish all right, winners 6/6, buyer 18/19 (a 意向 named its buyer short in prose and in
// full at its foot), project code 14/16 (the code wrapped after its hyphen, the spaced-out table); the
// scorer does not count null agencies, but the (略) agency had read the next line ("更多详情请登录会").
// Rules added: a code wrapped after a hyphen takes the next line's tail, a title tag's closing 】 or ]
// ends a code (each closing bracket checked against its own opener, so "QQZBZC[2019]1186)进行" still ends
// at its ")"), Taiwan's 案號 opening a line is a code label, a header flattened with spaces (words only,
// one a column word) puts its code column's first row as the code, and a "(略)" after a label is the
// masked value, not a note to skip. After: project code 16/16 and category 20/20; only the 意向's short
// buyer still misses. Masked codes are still given back starred, as the shared dev labels keep them (returning null
// cost two dev rows, so it was not kept). Probing past the batch added one more: a code set wholly in
// a tag's brackets ("项目编号：【GXZC2030-G1-00456】") is the code inside them. A lot or round note after a
// code ("…-017（标段一）", "（第二次）") is still kept with it: the set has no convention for it yet. The
// shared dev figures gain one buyer (dev 243/257); held-out is unchanged.
// Batch b88 (20) probes province, city and district where the place is ambiguous or misleading, from
// portals not yet in the set: district names several cities share (鼓楼区 of 徐州 by its 0516 phone,
// 朝阳区 of 长春 with only 红旗街 and 西安大路 and 0431, 新城区 of 呼和浩特 by 邮编 010050, 城关区 of
// 兰州, 普陀区 by 六横镇, 西湖区 of 南昌 by its 投资项目代码, 江北区 by 慈城镇 with a 杭州 agency, 和平区
// of 沈阳 by 024, 宝山区 of 双鸭山 by 0469); national buyers away from their seat (上海局 杭州工务段,
// its 开标地点 in 上海, 镇海炼化分公司, 长庆油田 采油厂 in 乌审旗 with a 西安 开标地点, 广东移动 湛江分公司,
// 哈尔滨工业大学（威海）); a county project run by a 贵阳 agency, 项目地点 in 柞水县 against an 开标地点 in
// 西安; a 省直 buyer with no place (湖北省财政厅, city 武汉 and district null); 繁體 汕頭市龍湖區; and the
// old names 临安市 and 双流县 (labelled 临安区 and 双流区). Scored once with --text-only before any change:
// province 18/20, city 17/20, district 14/16, buyer 19/20, every other field right. The misses: 西安大路
// was read as 西安 (with a 红旗街道 of 灞桥区 it outvoted 0431), 海东路街道 as the 东路街道 of 文昌, and
// 湖北省财政厅 stopped at the province. Rules added: a place name before 大路 names an avenue (长春 and
// 沈阳 name theirs so; not before 大路镇/乡, and a county's full name before it stays an address:
// 准格尔旗大路工业园区), a shorter 路街道 starting inside a word is a road's 街道 cut short
// (mention-scanner.ts), and a province's own 厅 sits in its capital when nothing else is named, as its
// hospitals and universities do (region.ts; a provincial 局 is left at the province). The buyer's
// "（省直单位）" note is kept in the label, as the set keeps level notes ("(本级)", "(地直)"). After: all
// 20 right on every field. The shared dev and held-out figures are unchanged.
// Batch b87 (own-b87-*, 20 results, award amounts and winners, third round, from portals not yet in the
// set): a 成交 table whose header carries 万元 and whose rows are parted by single spaces, a 谈判 table
// with a 首次报价 and a 最终报价 column, a candidates table giving only 评审价, 元/吨 prices and a 下浮率
// under 中选人/中选供应商 (award null), 标项 lots each with its own winner (the first lot's amount, as
// the set has it), a 年度服务费, 大写-only amounts with 角/分 and 整, 成交人, a 联合体 written as 牵头人
// and 成员 lines, a person as 成交人, a Hong Kong and a foreign firm named in English ("… Limited"), a
// Taiwan 決標公告 listing each 投標廠商 with its own 是否得標, winners masked as 某某 and ***, and budgets
// stated beside the award (before, after, and as a column of the results table). First time: category,
// stage, region, budget, buyer, agency, project code and publish all right; award 15/17 (the 首次报价
// column was read, and "包号 预算金额(万元) 中标供应商 中标金额(万元)\n1 198 …" gave the row number
// times 万), the three null awards right; winners 18/20 (the person noted "(个人，身份证号…)", and the
// Taiwan blocks gave the losing 營造有限公司, the 土木包工業 winner not being read as a firm). Rules
// added: a table with a quote for each round reads the last round's column (最终, 最后, 二次 报价); a row
// number under a header may be followed by figure cells before the name and is still no value; a
// person's note may give 个人/自然人 and the identity card number together; bidders listed as blocks of
// fields each with 是否得标/是否中标 are read by the block marked 是 (decided-block); 包工业 is a
// supplier suffix. After: award 17/17, winners 20/20; the shared dev and held-out figures are unchanged.
// Probing a variant (the same 谈判 table parted by spaces) gave every row as a winner: a bare 供应商名称
// with a rank cell before it on its line heads a column of all bidders, as one with a score after it does.
// own-b89-* (20 bulletins probing bid deadlines and budgets, third round, from portals not yet here:
// a 国网 ECP 谈判 with 响应文件提交截止 in numerals (二〇三〇年十二月五日上午九时三十分) and 采购预算（最高限价）
// in 万元, a 石化 service tender closing 下午两点半 with two 包 and a 合计, a 国铁 table headed 最高投标限价
// （万元） and "14:30时", a 中建 分包 with 人民币…元整 beside its 小写 and 北京时间 after the time, a 高校 giving
// only 开标时间 in its 开标 section and a budget "不超过198万元", a hospital's 报名/获取文件 cut-offs before
// its bid deadline beside 保证金 and 标书费, a 军队 询价 with 递交截止 and 开启 half an hour apart and only 单价
// caps (no budget), a 县级 关键信息 table one cell a line, a Hong Kong 截標日期及時間, a Macau 截標 in
// numerals, Taiwan's 截止投標 in 民國 years (by digits and 民國…年 written out), a 发电集团 notice whose
// deadline is only 详见招标文件, a 南网 下午二时三十分 in numerals beside a 代理服务费, a 高校 lots table with
// 预算（万元） over a 合计 row, a 医院 人民币捌拾陆万伍仟元整（小写…） beside a 12,000元 代理服务费, a 县级
// 施工 notice with 报名截止, 投标截止 and 开标（解密） at three times, a 中石油 "采购预算不超过260万元（含税）"
// with 北京时间 before the hour, a 国铁 综合单价 cap only, and a 中建 劳务 "下午2时整") was scored once with
// --text-only before any change: category 20/20, stage found 20/20, province 20/20, city 16/16, district
// 12/12 (the same without region text), budget 14/14, budget none stated 6/6, award and winners none
// stated 20/20, buyer 17/17, agency 5/5, project code 19/19, deadline 19/19, deadline none stated 1/1,
// published 1/1. Two districts were then labelled as the set labels places given only in an address
// (蒸湘区 from a 交货地点, 南明区 from the buyer's 地址), and both are read. With the batch all right,
// probing past it with some 80 deadline and budget wordings found four gaps, now rules: a deadline's
// day and hour in fields of their own or split by a comma ("截標日期：A\n截標時間：中午十二時正",
// "截標日期及時間：A，下午5時30分", "截止投標日期…\n截止投標時間…") set the day at that hour, but never at an
// 开标 or other cut-off's hour (separate-time.ts, with readClock in date-scan.ts); a 民國 year written
// in numerals ("民國一一九年十一月二十六日") is read (date-scan.ts); a heading "开标时间及地点" names the date
// of the bare 时间 field below it (dates.ts); and a budget whose value opens with 合计/共计/总计 after the
// colon ("采购预算：合计人民币壹佰贰拾万元整…") is that figure (budget.ts). Still open: a 投标截止 given only
// as 详见招标文件 beside a dated 开标时间 takes the opening time, as a notice with no deadline label always
// has. The shared dev and held-out figures are unchanged.
// Batch b90 (own-b90-*, 20 notices whose kind a member filtering by category or stage could be misled
// by, from portals not yet in the set): a 资格预审结果 list, a 比选结果, a 中标候选人公示 with its 异议
// channel and 监督部门, a 中标结果更正 of the amount only, a 招标文件（征求意见稿）公示, an 邀请招标 letter
// naming the invited firms, a 单一来源 公示 naming its one supplier, a 国有建设用地 挂牌出让 still open, a
// 闲置资产处置, a 门面房招租, a 政府购买服务 call, a 履约验收, a 流标 promising a new round in its text, a
// 补充公告 that only moves the deadline, a 年度政府采购计划 table, a 签约仪式 report, a 可研批复, an 环评
// 拟批准公示, a tender whose project name holds 结果 (检查检验结果互认) and an award titled only 公告.
// First time: region, budget, winners, buyer, agency, project code and publish all right; category 19/20
// and stage agreeing 17/18 (the 招租 read as a tender: written as other, but the set already calls a
// 门面房公开出租公告 a tender, so the row was relabelled to the set's convention with its 报名截止 and lessor);
// stage found 18/20 (the open land sale and the asset disposal have none, as the set's earlier sales);
// award 3/4 (the 更正 quoting "原公告中标金额“A”有误，更正为“B”" gave A); deadline 4/4, none stated 15/16
// (the land sale's 竞买申请截止 read as a bid deadline). Rules added: a value quoted after its field and
// called wrong (有误, 错误, 填写错误) before 更正为 keeps only the new value, as 误写为 does
// (miswritten-value); only a tender or a change has a deadline — a sale, contract, acceptance, planned
// project or press report takes no bids (bulletin-parser). After: category 20/20, award 4/4, deadline
// none stated 15/15; the lease's 报名截止时间 is still unread (报名 is no bid cut-off in a tender, but is
// the way in to a lease let by 竞价), the two sales still have no stage, the deadline-only 补充公告 is
// staged correction rather than extension (its title decides), and the 比选结果公示 naming its 成交单位 is
// staged candidates. The shared dev and held-out figures are unchanged.
// Batch b92 (own-b92-*, 20 award, change and other notices with no region text, from portals not yet
// in the set, naming the place only in passing): a 街道 in the title with a 街道办事处 buyer, a bare 区
// 教育局, a 更正 whose 原公告名称 alone names the district, a 镇 终止 repeating only name and number, a
// 合同公告 with 甲方（采购人）/乙方, a 验收 naming its 使用单位, a 项目地点 line under a city firm, a city
// hospital's 流标 (no district), a 县疾控 成交, a 服务地点 line under a 镇 buyer, a 国网 county company's
// 候选人公示, a 比选结果, a 终止 naming only the agency's address (no place at all), a 建设地点 line, a
// county school's 交货地点, a water group's award with winner and agency in other cities, a 县医院
// 变更, a 村 合作社's 发包结果, a 街道 流标 under a 区 bureau and a 林场's 交货地点; winners' and agencies'
// addresses always elsewhere. First time, before any change: every field right — province 19/19, city
// 19/19, district 18/18 (the no-region-text figures the same), category 20/20, award 10/10, winners
// 10/10, buyer 18/18, agency 5/5, project code 13/13, deadline 3/3. Probing variants then showed a bare
// 甲方/乙方 contract notice losing the district to the 乙方's address and reading no buyer. Rules added:
// a contract's 乙方 (with its note and 地址) starts another party's section, which runs to the 甲方
// (body-sections); in a procurement notice a 甲方 beside a 乙方 field is the buyer (contract-party). Still
// missing, as before: a 街道 named only through a school (崧厦中学) and a 街道 several cities share with
// nothing else to choose (五里墩街道). The shared dev and held-out figures are unchanged.
// Batch b91 (own-b91-*, 20 notices probing the finer stage, with a new `stage` metric: a row may carry
// a `stage` label, a code of BULLETIN_STAGES or null for none, and only such rows are checked; the 133
// change rows already in the set were labelled by reading each one). Convention: a change that only
// moves times of the procedure (bid or response deadline, opening, document sale cut-off; a pause or a
// resumption) is an extension whatever its title (更正, 变更, 补充, 澄清); one that changes anything else as
// well keeps the stage its title names (澄清, 答疑, 补遗, 质疑答复 → clarification; 更正, 变更, 修改, 补充,
// 勘误 → correction), the new deadline following from that change, and one answering questions is a
// clarification even when it moves the deadline. The batch: a 补充公告 that only moves the deadline, a
// 澄清 that also moves it, a 暂停 and a 终止, a 采购方式变更公示, a 答疑纪要, a 最高投标限价公示, an 开标记录,
// 比选/磋商 candidates beside 比选/询价/磋商 results, a 合同公告, a 验收结果, a 资格预审公告 and its 结果, a
// before/after table moving only times, a 更正 of the budget alone and a tender saying 资格后审. Scored once
// before any change: stage 117/153 (change rows 100/133: every deadline-only 更正/变更/补充 read as
// correction, and resumptions too; the batch 17/20: the 补充公告, the times-only table and the 比选结果公示
// naming its 成交单位, read as candidates); category, stage found, region, deadline, award, winners, buyer,
// agency and code all right; budget 2 wrong only by labelling (a 方式变更 and a 更正 were given budgets;
// the set gives change notices none, and they were relabelled). Rules added: a change whose every stated
// change is a new time, with at least one, is an extension (times-only-change.ts: clauses with a verb
// setting a value are read for their field or a new day; before/after tables by their rows; reasons and
// questions answered are kept out); a 结果公示 naming the firm chosen (成交单位：, 中标人：) and never a
// candidate or ranking is the result (decided-result.ts); a resumed procedure (恢复招标, 恢复采购活动) is an
// extension, not a correction (notice-rules.ts). After: stage 153/153. Still open: a content change stated
// without a verb ("2、项目经理须具备一级建造师") beside a moved deadline reads as an extension, and a
// flattened before/after table (one cell a line) is left to the title. The shared dev and held-out
// figures are unchanged.
// Batch b93 (own-b93-*, 20: buyers and project codes where the text is no tidy form, from portals not
// yet in the set): a buyer named only as "根据某医院的需要，某公司对…", in a street office's signature
// with its date, under "（一）采购人\n名称：" (名称 spaced with ideographic spaces), as the 原公告名称 of a
// 更正 signed by its agency, as Taiwan's 採購機關 beside its 招標機構, after "受项目业主某局委托", as 项目法人
// after a 项目管理单位 in prose,
// as 采购单位 below a 需求单位, as 采购人（甲方） in a 合同公告, under an aggregator's 【采购人】 tag, as
// 招标人 beside a 建设单位（代建）, signed "招标人：某镇人民政府（盖章）", behind a 业主单位 after a
// 项目管理单位, only in an 意向's "现将某局…采购意向公开如下", and as "某医院（以下简称“采购人”）拟采购";
// codes as 项目编号 after a 采购计划编号, 标段编号 before 招标项目编号, 招标备案编号 before 招标编号, 合同编号
// before 项目编号, only in a title's brackets, only in a 更正's 原公告 line or sentence (渝北采〔2030〕57号),
// masked (LC***-2030-***), spaced in groups, wrapped with its last two digits on a line of their own,
// 西秀医采〔2030〕17号, a 原招标编号 quoted before the re-tender's own, and none beside a 宁交发 or 财库 文号.
// Scored once with --text-only before any change: category, stage, province, city and district 20/20
// (19/19, 18/18 labelled), budget 11/11, budget none stated 9/9, award 5/5, winners 5/5, agency 14/14,
// deadline 12/12, deadline none stated 8/8, published 6/6, buyer 13/20, project code 16/18. The misses:
// the 需要 sentence's buyer (the title's short 临夏州 read), the 原公告名称, 採購機關, "项目业主" kept in the
// name, the 需求单位 read before the 采购单位, the 【采购人】 tag, the 以下简称 note (the title's short name
// read), the re-tender's quoted code and the wrapped tail. Rules added: "根据某单位的(工作)需要，" names
// the buyer, never an agency (needed-by.ts); a role before the name in "受…委托" is dropped; a bracket
// "（以下简称“采购人”）" is a role note like "（采购人）" (role-note.ts); 采购机关 is a buyer label; 需求单位
// and 使用单位 name the buyer only when no other buyer label does; a label held in an aggregator's tag
// ("【采购人】某局") is a field; a change's 原公告名称/原公告标题 names the project, and so its buyer
// (parties.ts); a code label quoted from another notice (原招标编号, 原公告项目编号) is read only after the
// notice's own labels of the same kind; and a line of one to four letters or digits below a line holding
// only a code is that code's wrapped tail (project-code.ts). After: all 20 right on every field. The
// shared dev and held-out figures are unchanged (dev buyer 244/257, project code 58/71; held-out 109/129,
// 22/30).
//
// own-b94-* (20, notices as a crawler takes them from a portal page with the page's clutter left in,
// from portals not yet in the set: breadcrumbs that alone tell the kind (首页 > 交易信息 > 工程建设 >
// 中标公告), 发布时间/浏览次数/字号【大 中 小】/打印本页 lines, share buttons, &nbsp; and stray <br> left over,
// table cells run together once their tags were stripped, 相关公告 and 上一篇/下一篇 lists naming other
// projects with their own places, kinds, winners, ceilings and dates, site footers (版权所有, 地址, 备案号,
// 技术支持 某公司), 附件 file names holding figures and dates, a body repeating its title twice, one opening
// on 300 characters of navigation). First time, before any rule: category 20/20, province, city and
// district 20/20, budget stated 7/8 (a 相关公告 list's ceilings beside the tender's), budget none stated
// 12/12, award 8/9 (a result table's header and row each run into a line), winners 6/9 (a candidate
// notice took its winner from a 相关信息 line; two results
// added the winner named under 下一篇 or 相关公告), buyer 19/20 (招标人 run into its name and the next
// cell's label), agency 12/12, deadline 10/10, project code 20/20, published 20/20. Rules added: fields
// and the place are read above the page's foot, the first line (past the first two) opening a list
// of other notices or the site footer (page-clutter.ts; 技术支持 only when it names a company, so a
// notice's 技术支持服务热线 stays); a public body run together with its label counts when the next
// field's label closes it (run-together-cell.ts); a header line run together and closed by its amount
// reads the figure closing the row below it (run-together-row.ts). After: all 20 right. Still open: an
// address or company line standing just above the footer's first marker (医院地址：… before Copyright) is
// kept, and a foot list placed in the first two lines is not cut. The shared dev and held-out figures
// are unchanged.
// Batch b95: 20 long, full notices (1,300 to 4,600 characters) in the styles of big enterprise and
// provincial portals (中国能建, 中国电建, 国家能源e购, 中国铁建, 中交, 中煤, 长江委, 大唐, 华能, 华电, 中核,
// 中冶, 三峡, 中广核, 招商局 and a 高速公路集团): 8 works tenders in two to four 标段, each lot with its own
// 最高投标限价 and 工期, a 资格要求 naming other places (注册地在某省内, 在某市设有分支机构) and other
// amounts (注册资本不少于5000万元, 单项合同金额不低于800万元), a 评标办法 full of points, 基准价 and
// percentages, 投标保证金 20万元 and 履约保证金 10%, a 投标人须知前附表 flattened as rows or one cell a line,
// and 联系方式 for the buyer, the agency and the 监督部门; 5 中标候选人公示 listing three candidates each with
// 项目经理, 业绩 in other cities with their own amounts, 评标价 and 得分 (two with two lots); 3 中标结果公告;
// and 4 更正 notices quoting long passages of the original (资格要求, a lot's 限价, 评标办法, 前附表 rows)
// before the new wording, with the original notice attached. The tenders' budget is the lots' sum, as
// in the set's earlier lot rows. Scored once before any change: category, stage, region, award,
// winners, buyer, agency and code all right; budget 4/8 (the lines of lots whose names are long or
// hold stakes, codes or counts, "第一标段：迎宾南路（K0+000~K1+850）道路…，最高投标限价…", were not read
// as lot labels, so the first lot's 限价 stood for the tender); deadline 10/12 (two corrections took
// the old date inside the quoted original wording). Rules added: a lot line's name may run to 48
// characters with figures and a code in it before the label (lot-budget.ts); a passage in quotation
// marks right before a change verb (现更正为, 变更为) is the replaced wording, and a date in it is no
// deadline now (replaced-quote.ts, used by dates.ts). After: all 20 right (budget 8/8, deadline 12/12).
// The shared dev and held-out figures are unchanged. Where a candidate's 评标价 differs from its
// 投标报价 the award is labelled with the 投标报价 (and read so); where only 评标价 is given, with it.
// Probing past it, the 8 candidate and result rows with the tender's text appended (4,500 to 6,500
// characters, kept out of the set) read all 5 candidate awards wrong: "分包金额累计不超过中标合同金额的
// 30%" in the 前附表 is an award label with no value after it, so a 限价 lines below was taken. Rule
// added: an award label followed by a share of it (的30%, 10%的履约保证金) names the base of a share,
// not the award (award-amount.ts); the probe then reads all 8 right. Still open: the candidate and
// result rows in the set run 1,300 to 3,300 characters, shorter than the tenders and corrections.
// own-b97-* (20, a second round of page clutter, now from commercial 标讯 aggregators and 招投标
// information sites as a crawler keeps them: a summary box on top (项目名称/地区/行业/发布时间/截止时间/
// 预算 as the site extracted them, 地区 sometimes only the province, 截止时间 once the 获取文件 end and
// once the old date a 更正 replaced), 会员可见/登录后查看 walls over values (a budget and an award masked in
// box and notice alike are labelled null; a winner masked in the box but named below is labelled by
// the name), 来源/原文链接 lines, the notice pasted twice (摘要 then 原文), 猜你喜欢/推荐项目/推荐/相关项目推荐
// lists of other projects with their own regions, budgets and winners, VIP lines with the site's phone
// in another city, 【省】【行业】 tags and 附件 names holding codes and amounts; 6 tenders, 6 results, 2
// changes, 2 采购意向, a 拟建 record whose owner is walled, 2 news items and a 终止 notice). First time,
// before any rule: category, stage found, province and city 20/20, district 19/19, budget stated 7/11 (a
// 猜你喜欢 or 推荐 list's budget read for an intent and two news items, and a tender's own 限价 lost
// among the list's), budget none stated 8/9 (a walled budget took a 推荐 entry's), award 5/5, award none
// stated 14/15 (a walled award took a 猜你喜欢 entry's), winners 2/6 (three added a 猜你喜欢 winner, one
// the box's masked 贵州***有限公司（登录后查看完整信息）), buyer 17/17, agency 15/15, code 16/16, deadline
// 8/8 and 12/12 none, published 19/20 (the row's own slip: its box had no 发布时间, since added).
// Rules added: an aggregator's recommendation list (猜你喜欢, 推荐项目, 为你推荐, 热门推荐, 相关项目推荐,
// a bare 推荐：) opens the page's foot like 相关公告 (page-clutter.ts); a masked winner (甲***有限公司)
// is dropped when a full name read beside it fits its mask, and a trailing 登录/会员/查看 note is
// never part of a name (masked-twin.ts); 洋浦港区 is a name of 儋州's zone (region-aliases.ts; cutting
// the list had left a news item's 滨海新区 to Tianjin once 三亚 and 海口 below no longer outvoted it).
// After: all 20 right on every field. The shared dev and held-out figures are unchanged.
// Batch b96: 20 notices as text arrives after OCR, PDF extraction and copy-paste from scans (6 tenders,
// 6 awards, 2 changes, 2 intents, a 核准批前公示, a news report, a 流标 and a 终止): labels and headings
// spaced out character by character (招 标 人：, 采 购 代 理 机 构 信 息), labels broken over two lines by
// a narrow cell (项目编\n号：, 预算金\n额：, 中标（成交）金\n额：, 2. 采购代理\n机构信息), full-width digits
// and punctuation with half-width colons and brackets mixed in (１２３４５６７．８９元, ：, ＆), PDF page
// marks and running headers between fields and between candidates (第 2 页 共 3 页), codes broken after a
// hyphen, figures grouped by spaces or thin spaces (3 456 789.00 元, 7 432 815.60元), 大写 amounts with
// runs of 零 (壹佰零伍万零叁佰元整, 贰仟零肆拾万零陆仟元整), tables pasted with tabs or runs of spaces and
// header cells on one line, values on the next, and dates as "2031 年 4 月 23 日 9 : 30" and
// "２０３１－０４－２３ １１：００"; places from Gansu to Hainan, four with no region text. Scored once
// before any change: category, stage, region, buyer, winners, deadline and published all right;
// budget 8/10, award 4/6, agency 13/15, project code 15/16. The misses: broken labels (the code and a
// 大写 budget of one tender, an award's 金额 and its agency's heading), a spaced party heading with no
// colon (an agency), and a space-grouped figure in a table pasted without its gaps, which fell into
// cells of its own and put the row past its header (a budget, an award). Rules added: two lines that
// together read as one label (a procurement word opening it, a field word closing it, neither half a
// label on its own) are set back on one line (broken-label.ts); a spaced line of single characters
// ending in 信息 that names a party is closed up (spaced-labels.ts); a row with more cells than its
// header of words, the surplus exactly what space-grouped figures account for, has them read closed up
// (grouped-figures.ts). After: all 20 right. The shared dev and held-out figures are unchanged.
// own-b98-* (20, notices reposted on 公众号 articles, 头条号 and 微博 posts, industry association sites
// and local news apps, wrapper and all: the account's stamp with the poster's place (原创 某某 2031年7月3日
// 08:12 广东, IP属地：北京), emoji and rules, 点击蓝字关注, a lead-in summing the notice up with its figure
// rounded (约1.2亿元 over 119,862,300.00元; the label is the notice's exact figure) or guessed where the
// notice states none, #话题# tags, 编辑/审核 lines, 阅读/点赞/在看 counts, QR-code captions, 标书代写 and 标讯
// ads with phones of other cities, 来源 lines, and a foot list of the poster's other posts (往期推荐,
// 精彩回顾, 热门阅读, 你可能还想看, 同话题, 上一篇/下一篇) with their own places, amounts and winners; 6
// tenders (one a group's framework purchase naming no place), 6 results (a 中标候选人 list, a consortium),
// a 延期 and a 更正, a 采购意向, a 可研批复 reposted, 3 news items with 记者/通讯员 bylines, a 流标 notice).
// First time, before any rule: province, city and district 19/19, category 19/20 (a news app's report
// of a 可研批复 with a byline, first labelled proposed, read as news; relabelled news, as the set's
// earlier 获批复 report own-b74-14 is), stage found 20/20, stage 2/2, budget stated 5/11 (the lead-in's
// rounded figure beside the notice's exact one, or a 往期推荐 entry's, left none or the wrong one),
// budget none stated 9/9, award 2/6 (three took the lead-in's rounded figure, 约6,470万元 for 64,716,388.52元, one a 同话题 post's),
// award none stated 14/14, winners 5/6 (a 精彩回顾 entry's winner added), buyer 18/18 (a news item's
// builder, read and first left unlabelled, is now labelled as the set's news rows are), agency 15/15,
// code 15/15, deadline 8/8 and 12/12 none, published 2/2. Rules added: the poster's lists of other posts
// open the page's foot, behind an emoji or an arrow too (page-clutter.ts); a line above the notice's
// heading (the line repeating the title, notice-heading.ts) whose 约 figure rounds, to the step it is
// written in, an exact figure the notice gives is the poster's summary (poster-summary.ts); the
// account's stamp, an IP属地 line and an 编者按/导读/编辑导语 lead-in are not read (repost-chrome.ts; cutting
// the foot list had let the stamp's 江苏 place the framework purchase and its lead-in's 约14亿元 stand
// as its budget). After: all 20 right on every field. The shared dev and held-out figures are unchanged.
// Batch b99: 20 notices whose body is the raw HTML of a portal page's content element, as many crawlers
// store it (6 tenders, 6 awards, 2 changes, 2 intents, a 备案 公示, a news report, a 废标 and a 终止),
// read through the same path as ingest (a body that looks like HTML is converted by htmlToText):
// Word-exported HTML (mso- styles, <o:p></o:p>, <![if !supportLists]> list marks, a budget split across
// spans mid-number), key-information tables with labels and values in separate cells each wrapped in
// <p><span>, a result table whose header is two rows deep (序号 rowspan=2, 中标金额 colspan=2 over 小写/大写),
// a 标段 cell spanning its three candidates, a 包 cell spanning two item rows, a full-width title row,
// labels in <th> and values in <td>, nested layout tables with a navigation column, <br/> inside cells,
// <script>/<style> and comments holding stale figures, entities (&#65306;, &#xFF1A;, &lt;, &amp;, &yen;,
// &ensp;), attachment links and a seal image's alt text; places from Heilongjiang to Hainan, six with
// no region text. Scored once before any change: category, stage, region, buyer, agency, code,
// deadline and published all right; budget 9/10, award 5/6, winners 4/6. The misses: a two-row header
// left the award column unnamed, so the agency's fee was read; a 包 cell spanning two rows cut the lot
// table short (one winner of two); a 预算单位 column was taken for the budget column; a table under
// 其他参与报价供应商 gave its bidders as winners. Rules added: HTML tables are laid out one row a line
// with cells split by "|", a cell's paragraphs and <br>s kept in its cell, a cell spanning rows
// repeated in each, a header two rows deep read as one, layout tables (cells holding tables) as
// blocks (html-tables.ts); 预算单位 is who spends, not an amount (budget-labels.ts); a label whose own
// name stands in the next cell of a "|" row is a form laid out in pairs, not a column header
// (column-label.ts: laying tables out with "|" had made 采购人 | 某委员会 | 采购代理机构 | 某公司 read
// as a header); a heading of the other bidders (其他…供应商, 其余投标人) lists those who lost (winners.ts).
// After: all 20 right. The shared dev and held-out figures are unchanged.
// own-b101-* (20, e-procurement platforms of state-owned groups and the military: 国家电网 ECP batch
// tenders and 推荐的中标候选人 lists (分标, 包 with their places in brackets, first to third candidates each
// with 投标报价 and 综合得分), 南方电网 供应链 results and a framework 资格预审 (预估金额 only, 申请文件递交截止),
// 中国石化/中国石油 tenders and candidates (third candidate cheapest) and a framework result by 下浮率 and
// share, 中国移动 framework tenders with no budget, a 采购需求公示 sizing the buy in sets before money, a
// 中选结果 by 折扣率 and an 澄清 (应答截止时间不变，仍为…), 中国铁建/中国中铁 project-department buys (包件 by
// 里程段, a quantity column in 吨 and 套), 国家能源 tenders, a 费率 candidate list and a 终止公告, and 军队采购网
// notices with coded units (32xxx部队, 某部（代号：…）), a 采购站 as 采购机构 and 保密 wording; the buyer a
// provincial subsidiary, the agency a group's 招标公司 in Beijing). Winners follow the set's rule: the named
// winners of each lot, else the first candidate of each lot. First time, before any rule: province 20/20,
// city 13/13, district 8/8, category 20/20, stage 20/20, budget stated 3/4 (the 采购需求公示's
// "预估采购规模：约4.2万套" read as 42,000 yuan), budget none stated 16/16, award 5/5 and 15/15 none,
// winners 8/8 and 12/12 none named, buyer 17/17, agency 13/16 (the three 采购站 under 采购机构 unread), code
// 20/20, deadline 10/10 and 10/10 none, published 4/4. Rules added: a figure with no 元 followed at once
// by a measure word (套, 台, 吨, 公里, 千瓦 …) is a count, not money (count-figure.ts, in amount-reader.ts);
// 采购机构 as a field of its own is the agency's label (parties.ts); and, unscored but wrong, a tender
// stating "招标人为某建设有限公司某项目经理部" in prose had that run taken as an agency by its 招标: a run
// opening with a role and 为/是 is a sentence, not a name (role-lead.ts). After: all 20 right on every
// scored field. The shared dev and held-out figures are unchanged.
// own-b100-* (20, international and foreign-funded procurement as Chinese portals publish it: 中国国际招标网
// 机电产品国际招标 notices with 0733-/0702-style 招标编号, an opening in Beijing and the end user (a hospital
// or university) in another province, 世界银行/亚行贷款 Invitation for Bids, Specific Procurement Notice,
// Contract Award Notice and amendments with loan numbers, 外资 hospitals and 中外合作 universities buying
// on their own; Chinese/English labels either way round ("采购预算 Budget：", "Date 日期："), deadlines in
// English first ("10:00 a.m. Beijing time, 28 October 2031 / 2031年10月28日…"), 包号 blocks each with its
// 中标候选人, 制造商 and 国别, prices in USD, EUR, JPY and 万日元 (no yuan: labelled null) beside 人民币 ones,
// 投标价 vs 评标价 tables, 评标委员会 names, 公示期 and 质疑 contacts; 8 tenders (one a 重新招标), 8 results,
// an 澄清与修改 that puts the deadline back, a 修改通知 that keeps it, a 招标失败 and a 终止). First time,
// before any rule: province and city 20/20, district 18/20 (also without region text), category 19/20,
// stage found 20/20, stage 5/5, budget stated 5/6 and none stated 14/14, award 3/4 and none stated 16/16,
// winners 6/8 and none named 12/12, buyer 17/20, agency 17/17, code 20/20, deadline 9/10 and none stated
// 10/10, published 7/10. The misses: a gloss behind a list number ("二、采购预算 Budget：") or before the
// Chinese label hid the label (a budget, a deadline, a date); a World Bank 合同授予公告 ("…设备采购合同授予
// 公告") was read as a published contract, losing its winner and price; a 评标结果公示 naming one
// 中标候选人 per 包 kept only the first lot's; a loan project's 执行机构 (Executing Agency) was no buyer label
// (two); a 外资 hospital's "(外商独资医疗机构)" stayed on its name; a buyer named after a district it does not
// sit in (衡阳南岳医科大学 at 衡阳市蒸湘区, 宜昌夷陵医学院 at 西陵区夷陵大道) placed the notice there (two).
// Rules added: English glosses are dropped before or after the Chinese label, behind a list number too
// (english-gloss.ts); dates written in English, clock before or after, are read as 年月日 (english-dates.ts);
// 合同授予/Contract Award is a result (notice-rules.ts); each 包's block naming one candidate gives that lot's
// winner (lot-candidates.ts); 执行机构/项目执行单位 label the buyer, never a 采购执行机构 (parties.ts); a
// foreign-capital note in brackets is no part of a name (org-names.ts). Probing the theme further showed
// "9,865万日元" and "52万瑞士法郎" read as yuan: 日元 (not after a date's 日, 1月1日元旦), JPY, GBP, CHF,
// 澳元 and other moneys are foreign now (foreign-currency.ts). After: all right but the two districts
// (the buyer's name is trusted before its address; left open) and two published dates (a bare 日期 label
// at the top of a World Bank notice, and one under a contact line). Shared dev and held-out unchanged.
// own-b103-* (20 notices that universities, hospitals, research institutes and schools publish on their
// own websites: 校内询价, 院内竞价, 比选, 询比价, 网上竞价, 遴选 of 代理机构 and of 律所, 成交/中选/结果公示, an
// 更正, a 延期, a 终止 and an 采购意向; the buyer unlabelled since the site is its own, departments (设备处,
// 国资处, 后勤保障处, 采购与招标管理中心) part of it, cut-offs in prose (…前将密封报价单送至…, 上午十点整), phones
// as mobiles or 内线, campuses (校区, 院区) in another district or city than the main address, 最高限价
// only, 成交单价 and 中选折扣 that are no award, and places given only by a name or a phone's area code)
// was scored once before any rule: province 18/20, city 17/20, district 9/11, category 20/20, stage
// 20/20, budget stated 7/8 (a label: the 意向 was labelled with its items' sum where the set takes the
// first item's, and was relabelled), budget none stated 12/12, award 5/5 and 15/15 none, winners 8/8
// and 12/12 none named, buyer 18/20, code 13/13, deadline 10/10 and 10/10 none, published 4/4. Rules
// added: a county's bare name that is two words joined (巴渝中学 holds 渝中, 沿海林业 holds 海林) is no
// mention (mention-scanner.ts); 配送地点 is a site label like 交货地点 (body-sections.ts); 代理 in prose
// (代理服务费由…, a notice choosing 采购代理机构) opens no agency contact block, so the buyer's phone
// still gives the city (region.ts); a campus given its own address, in brackets or with 位于, stands
// in for region text (campus-site.ts); a title's 某某中学校 keeps its 校, and an academy's field unit
// (…研究院某某实验中心, …科学院某某试验站) is the buyer (org-names.ts). After: all 20 right on every scored
// field. The shared dev and held-out figures are unchanged.
// own-b102-* (20, the news end of the pipeline as 住建局/发改委 sites, papers, city 融媒体 centres and
// industry press write it, 10 with region text and 10 without; each labelled with its stage: 12 news — a
// single 开工 by a paper's 本报讯 (记者/通讯员, an official quoted, 总投资约 beside 今年计划投资, a photo
// caption, 责任编辑), a 集中开工 with its headline project and a list of others (the batch's 总投资 the
// budget), a 招商签约 signed in a third city by a firm whose seat is a fourth, a 战略合作框架协议 with 协议投资额,
// a hospital 建成投用 and an expressway 建成通车 (completion), a 主体结构封顶 with 已完成投资 and 形象进度 and a
// city's 进展通报 with only 年度计划投资 and 完成年度计划% (no budget), reports that a 项目建议书, an 环评 and a
// 风电 核准 were approved, and a report that a firm 中标 (news: no winner, no award; 总投资 the budget), the
// last four with the stage progress; 5 proposed — an 环评 拟批准公示, a 备案 card, a 核准 批复, a 可研 批复 and a
// 立项 批复; 3 notices that read like news — a 中标结果公示 under a 建设快讯 column, a paper's 公告版 tender
// and a 中标候选人公示 with a news site's footer) was scored once before any change: province/city 20/20,
// district 17/17 (the same without region text), category 20/20, stage found and agrees 20/20, stage 18/20,
// budget 17/17, budget none stated 2/3, award 2/2 and 18/18 none, winners 2/2 and 18/18 none named, buyer
// 13/13, agency 2/2, project code 4/5, deadline 1/1 and 19/19 none, published 10/17 (two of those labels
// were ours in error, a day the text does not carry, and were set to none: 10/15). The misses: 封顶 and a
// 中标 report closing "2032年底建成通车" read as completion, "年度计划投资58亿元" read as the budget, a code
// bracketed after the 项目名称 unread, and a paper's page heading (某日报 日期 第02版) or a media centre's
// name with its time of posting (on one line, or the time alone under the name) not taken as the date.
// Rules added: what a report only plans (计划/预计/力争/将 …, a target date such as 年底 or 年内, or 建成后)
// is no event, so the first event that took place gives the stage (planned-event.ts, in category.ts); a
// topped-out structure is progress, like 合龙 (notice-rules.ts); 年度/季度计划投资 is a year's plan, not a
// cost (budget-labels.ts); a Latin-lettered code in a bracket closing the 项目名称 field, when no label or
// title gives one (named-code.ts); a page-marked masthead line or an outlet's name with a time dates the
// report (outlet-dateline.ts, in dates.ts). After: all 20 right on every scored field. The shared dev and
// held-out figures are unchanged, row for row.
// own-b105-* (20 short and degraded forms of notices, as a service gets them from list pages, feeds and
// poor mirrors rather than full pages; 7 tenders, 7 results, a 延期, a 更正, 2 意向 and 2 拟建, 14 with no
// region text): aggregator list entries (a title over one or two lines of "|" cells — 预算：200万 | 截止：… |
// 地区：湖南-长沙, 发布：…, a bare date cell, "【中标】某公司以1,236.5万元中标某工程"), RSS/feed summaries cut
// mid-sentence with …阅读全文 and the item's time on the last line, 【标讯】 SMS/WeChat alerts (月日 with no
// year, 退订回T, 回复“1”), excerpts with an empty title whose text gives the kind (竞争性磋商, 确定成交供应商,
// 意向公开), titles that are only the project's name over field lines (招标方式, 最高投标限价, 中标单位, 项目阶段),
// SEO spam mirrors pasting the notice twice between keyword runs (招标网 采购网 中标公告 …) and lists of other
// cities' 招标网 (哈尔滨, 长春, 北京 …) under scrambled navigation, and masked excerpts (***, (略), 详见附件;
// a masked value is labelled null — the partly masked code HBDJ-2031-*** too, though the set elsewhere keeps
// such codes as written; null is not scored). First time, before any rule: province/city/district 20/20
// (the same without region text), category 20/20, stage found 19/20, stage agrees 19/19, stage 18/20,
// budget stated 8/8 and none stated 12/12, award 6/6 and none stated 14/14, winners 6/6 and none named
// 14/14, buyer 11/11, agency 3/3, project code 6/6, deadline 8/9 and none stated 11/11, published 9/16.
// The misses: bare 发布：/更新： fields, a date cell of an entry's "|" line and a feed's or alert's closing
// time line left undated (seven); a bare 截止： cell not read as the deadline; a title naming only the
// project over 招标方式：公开招标 | 最高投标限价 fields found no stage; and a 更正 cut mid-way through its second
// item (…技术参数第…阅读全文) read as only moving the deadline (extension). Rules added: bare 发布/更新 are
// date labels when they open a line or a "|" cell, and so is a bare 截止 for the deadline (dates.ts); a
// list entry's or cut excerpt's own stamp — a date line closing the text under a full stop, a cut mark or
// an opt-out, or a bare date cell of its first or last "|" line — dates it when nothing else does
// (entry-stamp.ts); 招标方式 and 最高投标限价 join the open-procurement fields (notice-rules.ts); a numbered
// change item cut off before its verb that names no time is another change (cut-change-item.ts). Probing
// showed one more, unscored: a headline "某公司以…万元中标某工程" gave the winner as the buyer; a firm that
// 以…中标 or 中标 a project at the head of a title is not the buyer (winner-headline.ts). Tried and dropped:
// "…工程招标，" as a tender's title wording (it cost held-out and own rows) and masked codes as null (the
// set labels them as written). After: all 20 right on every scored field; own otherwise unchanged; dev
// published 128/299 from 127, held-out unchanged.
//
// Batch b106 (20 rows, own-b106-*): award-side notices crowded with other firms' names and figures, where a
// parser could take a loser as the winner or the wrong number as the award — 16 awards (a full 评标结果
// table in submission order with 投标报价, 评标价, 技术分/商务分/价格分, 综合得分 and 排名, the winner in its
// third row; 无效投标 and 否决投标 lists with each firm's price, the lowest rejected bid first; 资格审查不通过
// lists; 推荐中标候选人 with 项目负责人 and 证书编号; 评标委员会 and 磋商小组 members; 联合体 winners as 牵头人 +
// 成员, once as the first of three 联合体 candidates; two 标段 of three candidates each; 一、三标段 won and 二标段
// 流标; a first candidate who gave up, the second named 中标人, in a works and in a goods notice; 下浮率 and
// 折扣率 beside the price; a 中标金额 only in 大写; 最高投标限价 with 暂列金额 and 暂估价 beside the award), two
// 开标记录 (one priced by 下浮率 against a 招标控制价) and a 流标 and a 废标 notice. Labels follow the set:
// named winners, else each lot's first candidate; a 联合体 gives 牵头人 and members; the award is the first
// winning lot's money, none when only a rate is given; award rows carry no budget, while a 开标记录 or a failed
// notice takes the 限价 or 预算 as its budget. First-time figures: all 20 right on every scored field (province,
// city, district 20/20 with and without region text, category 20/20, stage 20/20, budget 4/4 and 16/16 none,
// award 16/16 and 4/4 none, winners 16/16 and 4/4 none named, buyer 20/20, agency 17/17 and 3/3 none, project
// code 20/20, deadline 20/20 none, published 5/5). No rule was added. Unscored: where we leave the date
// unlabelled, the parser dates four notices by the first day of their 公示期.
// own-b104-* (20 notices in traditional characters, 8 with region text and 12 without: 8 from Taiwan's
// 政府電子採購網 and its schools and counties — 3 tenders with 民國 dates as 120/03/20 17:00, 120年05月12日
// 17時00分 and 一二〇年四月二十八日下午五時整, 2 決標公告 (one listing every 投標廠商 with 是否得標 是/否, one with
// 統一編號 in brackets), a 無法決標公告, an 更正公告 that extends the 等標期 and a 政府採購預告 with its 公開閱覽
// period; 4 from Hong Kong — a 政府物流服務署 tender with its 採購部門, two 批出合約 notices (one 承辦商 with
// address, one table of two contracts) and a 招標公告更正 moving the 截標日期; 2 from Macau — a 公報 公開招標
// whose 截止日期及時間 follows the place in one clause and a 判給公告 signed "二零三一年五月二十七日於市政署"; and 6
// mainland notices reposted in 繁體 — 廣州 番禺, 瀘州 龍馬潭, 瀋陽 渾南 (winner's address in 和平區), 臺州 路橋
// (臺 for 台 in 臺州, 浙江), 哈爾濱 道裏 and 西安 長安; money in 新臺幣, 港元 and 澳門元 labelled none, 元 and 萬元
// read) was scored once before any rule: province 19/20 (no region text 19/20), city and district 6/6
// (both ways), category 19/20, stage found 20/20, stage 19/20, budget stated 3/3 and 17/17 none, award
// 2/2 and 18/18 none, winners 6/7 and 13/13 none named, buyer 13/18, agency 6/6, code 19/19, deadline
// 7/10 and 10/10 none, published 12/13. The misses: 宜蘭縣羅東鎮 read as 罗东镇 of 南安 (福建), a second
// round's "（第1次公告流標，本次為第2次公告）" read as a failed procedure, a 民國 year in numerals without
// 民國, Macau's 截止日期及時間 field, a signature date followed by 於市政署, a buyer's office in brackets
// (（總務處保管組）), the body heading a title before a space and "決標公告：", HK's 採購部門 and Macau's
// 判給實體 as buyer fields, and HK's 承辦商 column. Rules added: a township right after a place the package
// has no divisions of is that place's own (mention-scanner.ts); an earlier numbered round named as failed
// beside this one makes the notice that round's invitation (notice-rules.ts); three numerals 一〇〇–一三九
// before 年 are a 民國 year with or without 民國 (date-scan.ts); 截止日期及时间 is a deadline field, after a
// semicolon too (dates.ts); a date with only 於某地 after it on its line is a signature (signed-at.ts); an
// office (处, 科, 组, 室, 课, 股) in brackets after a public body's name is no part of it (office-note.ts);
// a title's body set apart by a space before the notice kind and a colon is the buyer (title-issuer.ts);
// 采购部门 and 判给实体 are buyer labels (parties.ts); 承办商 is a winner label (winners.ts); a 预计 or 预定
// 公告日期 is a planned date, not the notice's (dates.ts, seen on the 採購預告, whose date is unlabelled). After: all 20
// right on every scored field, and own-b82-mo-1's date ("2030年6月18日於市政署") is read as well. The
// shared dev and held-out figures are unchanged, the dev misses row for row.
//
// Batch b108 (20 rows, own-b108-*): works and purchases whose text names several places, where a parser
// could take one of them for the whole — a provincial road through three counties of one city, a gas line
// and an expressway joining two cities of a province, a province-wide 框架协议 and a 更正 with 合同包 by city,
// ten townships of one county's 农村公路 programme, a hospital group's 院区 in two districts, a firm of one
// city building in another, 服务地点 in three cities, a central unit buying for one province's stations, lots
// and a pipeline in two provinces — with decoys: the agency's address and phone code, the deposit bank's
// branch, a 监督部门 of the level above. Ten have no region text. Labels follow the set: the most specific
// division that holds the whole work (city with district null, province with city null, all null across
// provinces). First-time figures: province 18/18, city 11/12, district 4/4 (the same without region text),
// category 20/20, stage 20/20, budget 10/11 and 6/9 none, award 4/4 and 16/16 none, winners 4/4 and 16/16
// none named, buyer 18/18, agency 13/13, project code 10/13, deadline 9/9 and 11/11 none, published 2/20.
// All misses but one were our labels against the set's conventions, corrected: dates and codes the body does
// not state are left unlabelled, a 总投资 in 拟建/news is the budget, an award row carries no budget. The one
// parser miss left open: 中国地质调查局西宁…中心 buying upkeep of stations in 格尔木市 and 德令哈市 gives 西宁市
// (the unit's seat, in its name, title and body) instead of 海西州. Treating a central unit's place as its
// seat would also move 国家税务总局某市税务局 and similar, whose work is at the seat, so no rule was added.
//
// Batch b107 (20 rows, own-b107-*): places that are not ordinary divisions, where a zone or its 管委会 is the
// main clue (11 rows with no region text) — 郑州航空港经济综合实验区, 南沙新区, 天府新区眉山片区, 襄阳高新区
// with an agency in 武汉's 东湖新技术开发区, 苏州工业园区, 昆山综合保税区, 自贸试验区洛阳片区, 友谊农场 (北大荒),
// 神农架林区, 阳泉's 矿区, 梅山港区, 江北新区 and 哈尔滨新区 (spanning several districts: city only), 东湖高新区,
// 西安高新区, 绵阳高新区 with an agency in 成都高新区, 湘江新区 with a site in 岳麓区, 雄安新区, 平潭综合实验区, and a
// news item whose investor comes from 天津滨海新区 but builds in 张掖. Labels follow the set: a zone inside one
// district gets it, one spanning several or none gets the city only. First-time figures: province 18/20, city
// 16/19, district 7/10, category 20/20, stage 20/20, budget 10/11 and 9/9 none, award 7/7 and 13/13 none, winners 7/7, buyer 17/18, agency 15/15, project
// code 15/15, deadline 8/8 and 12/12 none; two were our labelling slips, fixed in the rows (15 publish dates not
// in the text, now null; an intent's budget summed over its items, now the first item's, as the set does).
// Rules added: a state farm the township list files under a county (友谊农场) is read as that township
// (name-index.ts, mention-scanner.ts); a township one county alone has names a province only where no other
// name does, so 绵阳高新区石桥铺街道 stays in 绵阳 though 石桥铺街道 is 重庆's (resolve-region.ts); a zone
// committee's bureau after its name at the head of a title is the buyer (committee-department.ts); a headline's
// anonymous investor's home ("某地一家企业…在张掖建设") is not the site (firm-home.ts). After: province 20/20, city
// 19/19, district 9/10 (梅山港区 for 北仑区 left: a port area named after a town is read by no rule, and the set
// leaves 石臼港区 without a district), buyer 18/18; dev and held-out unchanged, own otherwise unchanged.
//
// Batch b109 probes the less common procurement modes in provincial portals' styles: 单一来源 publicities
// (a proposed supplier and price, experts' names in the 论证意见, 公示期 and 异议 contacts: no winner yet) and
// results, 竞争性谈判/磋商 invitations addressed to named suppliers (invited, not winners), a 询价通知书, a 比选
// notice and result, 框架协议/遴选 入围 results with several firms and no single amount, 网上竞价 and 电子卖场
// results pricing each item, a 协议供货 征集 and 定点采购 notice and result, and 采购需求征求意见/公示 (intent,
// pre_announcement as the set labels a 采购需求公示); eight rows carry no region text. First-time figures:
// province 20/20, city 19/19, district 18/18, category 20/20, stage 17/20, budget 8/9 and 11/11 none, award 7/7
// and 13/13 none, winners 9/10, buyer 19/20, agency 17/18 and 2/2 none, project code 20/20, deadline 6/6 and
// 14/14 none. Two stage misses were our labelling slips (the two 采购需求 notices had no stage; the set calls
// them pre_announcement), fixed in the rows. Rules added: a sole-source publicity's 拟定价格 / 拟定采购金额 is
// its budget estimate (budget-labels.ts); 比选代理 is the agency of a 比选 (parties.ts). After: stage 19/20,
// budget 9/9, agency 18/18; left: a 定点 result listing 第一名/第二名 with discount rates reads only the first
// firm, a 谈判邀请书 whose buyer is named only in "某所委托某公司" prose, and a 比选结果公示 that also names a
// 第二中选候选人 read as candidates. Dev and held-out unchanged, own otherwise unchanged.
//
// Batch b110 (20 rows, own-b110-*): PPP, concession and related construction procurements in the styles of
// provincial 公共资源交易 portals and the 财政部 全国PPP综合信息平台 — 社会资本方 资格预审 notices and results,
// 采购公告 and 竞争性磋商 with the 项目实施机构 as buyer and a 政府方出资代表 beside it, 采购结果/成交/中标候选人
// notices whose bids are rates (合理利润率, 投资回报率, 下浮率) with consortia as winners (role lines, slashes,
// "由A、B、C组成的联合体"), a PPP 项目合同公示 (other/contract), a 更正 (extension) and a 终止, 特许经营者 选择
// and result (a 元/吨 or 元/立方米 price is no amount), 代建单位 tender and result, EPC+O tender and result,
// 投建营一体化 and 片区开发 investor tenders and results; 13 rows without region text (the place in the buyer's
// or the project's name, or in the PPP platform's 所在地区 field); decoys: a 联合体牵头人's home city, 咨询机构 in another province, the
// trading centre in another district. Labels follow the set: the budget is the notice's 估算/总投资/最高限价
// for the procurement (本次招标范围内投资 over a programme's 总投资), award rows carry none, rates, 合作期 and
// 可行性缺口补助 are not amounts, a contract notice names no winner. First-time figures: province/city/
// district 20/20 (the same without region text), category 20/20, stage 20/20, budget 8/9 and 11/11 none,
// award 2/2 and 17/18 none, winners 6/8 and 12/12 none named, buyer 7/20, agency 19/19, project code
// 18/18, deadline 9/9 and 11/11 none. Rules added: the 项目实施机构 (实施机构, 特许经营实施机构) is the buyer
// (parties.ts); 成交/中标/中选 社会资本(方), 投资人, 特许经营者 and 选定… are winner fields, with a colon only
// (winners.ts); "由A、B、C组成的联合体" on a winner's line is its members (withoutGroupWords, consortium.ts);
// a 总投资 after a candidate's bid of rates is not its bid (award-amount.ts); 本次招标范围内投资 is an
// estimate, before 总投资 (budget-labels.ts). After: all fields 20/20 on the batch; dev and held-out
// unchanged, own otherwise unchanged. Left: nothing on the batch.
// Batch b111 (20 rows, own-b111-*) probes project codes and buyers on county 政府网站 信息公开 pages, city
// portals, enterprise e-procurement platforms and the 投资项目在线审批监管平台: a code only in the title's
// brackets as a procurement 文号 (黟财采〔2032〕17号, in a tender and a 终止), a 政府采购计划备案号 alone, a 项目编号
// written as 钱政采〔2032〕3号, 采购项目编号 beside its 包号, 招标编号 beside a 标段（包）编号, a 委托编号 alone, a
// 交易编号 and a 标段编号 below a party's 统一社会信用代码, a label with its code on the next line, a 批文号 and a
// 政府采购计划备案号 before the tender's own number, 项目代码 (年月式 3203-330106-… and 2032-…) in a 备案, a
// 可研 批复 and a 核准, and beside a 招标编号 in a tender; buyers under 采购单位（盖章）and 业主单位 in a signed foot,
// 招标人名称, 项目法人, 发包人, 建设单位 before a 管理单位 and after a 使用单位, 采购人（甲方）, only in "受某局委托"
// prose, only in "经某镇人民政府研究决定" prose with a signed foot, only in an 意向's lead-in and foot, and a
// 批复's addressee. First-time figures: province/city/district 20/20, 20/20, 19/19 (the same without region
// text), category 20/20, stage 20/20, budget 9/9 and 11/11 none, award 6/6 and 14/14 none, winners 6/6 and
// 14/14 none, buyer 20/20, agency 9/10, project code 16/19, deadline 8/8 and 12/12 none, published 7/7. The
// misses: the two title 文号, the 委托编号, and the agency of "受某局委托，某公司对…" not read (the 受 opened
// the body's first line, and the title above was taken for the agency's name). Rules added: a procurement 文号 (its issuer's short name holds
// 采/招/购/标) in the title's brackets, or in the body's bracket closing a project's name, is the code where
// no label gives one (title-docket-code.ts); 委托编号 a code label of last resort (project-code.ts); a 受
// opening a line takes no agency from the line above (parties.ts). Probing past it added the body that
// decides to buy in prose ("经某单位研究决定，对…进行公开比选", never a 评标委员会: deciding-to-buy.ts) and a role
// note before a label's 名称 ("项目业主（招标人）名称：", parties.ts). After: all 20 right on every scored
// field. Left: a code label spaced between its words ("项目 编号：") is not read. Dev and held-out
// unchanged, own otherwise unchanged.
// Batch b112 (20 rows, own-b112-*): village- and township-level small projects in the styles of county
// 公共资源交易 乡镇分中心, 乡镇 政务公开 pages, 农村集体"三资"交易平台 and 村务公开 boards — 以工代赈 tenders and
// results, 高标准农田 candidates and a tender, 一事一议 比选 and 竞价 results, 乡村振兴衔接资金 磋商 and 谈判 (a
// village roof 光伏 station, a tea works), 农村人居环境整治 询价 and 成交, 村道硬化 询价 and 比选 results, a
// 小型水利 流标 and 山坪塘 candidates, 村集体屋顶光伏 and 光伏运维, a 街道 延期, a 镇 采购意向, a 村 股份经济合作社's
// 竹林经营权 发包 (a letting: a tender with no budget, its 报名 close the deadline) and a 村务公开 result titled
// by the village alone; 村民委员会, 股份经济合作社, 镇人民政府 and 县农业农村局 as buyers; 17 rows without region
// text, the district only from the township and the county in the buyer, title or signed foot, seven townships
// several provinces share (元坝镇, 永兴镇, 官庄镇, 三合镇, 白沙镇, 龙泉镇, 观音镇); decoys: a 施工单位 from another
// county, a 监理 firm's address, a bank branch in the next district, an agency in the provincial capital.
// First-time figures: province/city/district 20/20 each (the same without region text), category 20/20,
// stage 20/20, budget 6/6 and 14/14 none, award 11/11 and 9/9 none, winners 11/11 and 9/9 none named,
// buyer 20/20, agency 8/8, project code 14/14, deadline 6/7 and 13/13 none, published 4/4. The miss: the
// 发包's 报名时间 window, its only cut-off, unread (as the b90 lease's 报名截止时间 and the b75 入围征集's were).
// Rules added: a letting (招租, 出租, 竞租, 租金, 承包费, a 经营权 发包/流转) or an 入围征集 takes registrations,
// not bids, so the close of 报名 (报名截止时间, the end of a 报名时间 window, 即日起至B) is its deadline where no
// bid cut-off is stated (signup-cutoff.ts, after extractDeadline in bulletin-parser). Probing past it with
// shared townships added: a 监理 or 施工单位 label opens another party's section, and a foot signed by a 镇
// government, a 街道办事处 or a village body on a line of its own ends one (body-sections.ts: 永兴镇 with a 监理
// firm of 船山区, which has a 永兴镇 too; 白沙镇 and 龙泉镇 whose winner's home county has one as well); the
// 项目实施单位 of a 衔接资金 or 一事一议 project is its buyer, never a 施工/监理 实施单位 (parties.ts). After: all
// 20 right on every scored field; own 2316 rows: deadline 721/722 (the b90 lease and b75 入围征集 now right),
// nothing else moved. Left: "关于公布…施工单位的公示" is an award with no stage; a township the data files under
// one county but a foot names under another (政和县太平镇) follows the data. Dev and held-out unchanged.
//
// Batch b113 (20 rows, own-b113-*): medical and pharmaceutical procurement in the styles of provincial 医药集中
// 采购平台 and 医保局 pages and hospital 采购中心 pages — 药品/耗材/检验试剂 集中带量采购 拟中选 and 中选 results
// (many firms, one product each, prices per 片/支/盒/测试 that are no award amount), 省际联盟 results, a call and
// a 延期 published by the lead province's platform (labelled with that province, city null; 重庆 as 重庆市/重庆市),
// a 挂网申报 call, a 协议期满接续 result under a 医保 文号, hospital 设备 tenders, results and candidates with
// 医疗器械注册证编号 and 统一社会信用代码 beside the project code, 院内议价 and 遴选 results, 配送企业 遴选 call and
// result, a 检验试剂 集采 result; all 20 without region text (the hospital's or the issuer's name gives the place);
// decoys: a 生产企业 or 制造商 and its address in another province, 配送企业 columns, a 未入选 supplier, the
// 医共体 named in a 牵头单位 note. Labels follow the set (b25): a 医保局 organising a 带量采购 is no buyer, 拟中选
// is candidates, the 中选/拟中选企业 (not 生产企业 or 配送企业) are the winners. First-time figures: province
// 19/20, city 13/13, district 8/8 (the same without region text), category 19/20, stage 19/20, budget 2/2 and
// 18/18 none, award 6/6 and 14/14 none, winners 12/14 and 6/6 none, buyer 11/11, agency 4/4, project code
// 15/15, deadline 4/6 and 14/14 none, published 5/5. No labelling slips found. Rules added: a platform's call for
// 挂网申报 or 集中带量采购申报 is a tender (notice-rules.ts); 申报截止时间 and a 申报时间 window give the deadline
// (dates.ts); 未入选/落选 before 入选/入围 names no winner (winners.ts); a dealer's note "(代理：凝血类试剂)" is no
// part of its name (org-names.ts); "确定A、B为本集团2032年度药品配送企业" names both (prose-winners.ts); the
// (拟)中选企业, 生产企业/厂家, 制造商, 生产地址, 注册地址, 配送企业, 投标/申报企业 sections are other parties for
// the region, so a maker's address in 吉林 no longer blanks a 湖北 alliance's province (body-sections.ts). After:
// all 20 right on every scored field. Left (unscored, as the set scores no city where it labels none): a
// provincial or alliance notice still gets a city from a lone winner's name in a table column (石家庄), the
// platform's phone code (0791) or the opening's city (在合肥组织开标), and a 泉州 result a district from a
// 配送企业 column (鲤城). Dev and held-out unchanged, own otherwise unchanged.
//
// Batch b115 (20 rows, own-b115-*): bid deadlines and publication dates written the ways city and county portals, SOE
// platforms and school/hospital sites write them — 投标/响应文件提交/递交截止, 比选申请文件递交截止, 报价截止日期
// with no hour, dates and hours in numerals (二〇三二年三月九日上午九时三十分, 下午三时), 下午2点半, 14时整, 晚上8点,
// 2032.03.09 and 2032/3/16 9:30, a two-digit year (32年4月8日9时), 北京时间 with GMT+8, an hour in 新疆时间 with
// 北京时间 in brackets, a 事项 | 时间 | 地点 table, 报名/获取文件 windows and 保证金/报名 cut-offs as decoys, a
// 投标邀请书's "请于…前将投标文件送达", a 询价's "须于…前密封送至", 延期前/延期后 lines, a 原时间 | 延期后时间 table,
// a 更正 moving only the opening, one moving the opening while "投标截止时间不变，仍为…", a 候选人公示 whose 开标时间
// is no deadline; publication dates in a 发布时间 line with seconds, 发布日期 in dots or numerals, signed feet in
// numerals, 更正日期. First-time figures: province/city 20/20, district 18/19 (the same without region text),
// category 20/20, stage 19/20, budget 13/13 and 7/7 none, award 1/1 and 19/19 none, winners 1/1 and 19/19 none,
// buyer 20/20, agency 9/9, project code 16/16, deadline 14/19 and 1/1 none, published 11/11. Labelling slip: the
// 更正 that moves only the opening was labelled correction; the set calls a change that only moves the deadline or
// the opening an extension (times-only-change.ts), so it was relabelled. Rules added: 延期前/顺延前/推迟前 mark the
// old deadline and 延期/顺延/推迟后 heads the new column of a before/after table (dates.ts); an hour in 新疆时间 or
// 乌鲁木齐时间 (before the hour or bracketed after it) is two hours behind Beijing (zone-clock.ts, date-scan.ts); a
// cut-off said to stand (仍为) outranks an opening moved alone (standing-deadline.ts); a bid document sent (送至,
// 寄至, 交至) before a time gives the deadline, goods delivered so do not (sent-to.ts). Probing past them: a window in
// prose ("应于A 9:00—9:30将投标文件递交至") ends at the deadline (prose-window.ts), a window field may say 为
// ("投标文件递交时间为A 8:30至9:30", dates.ts), a site's page line "作者：… 时间：A 点击：35" dates the page
// (page-meta-line.ts), 发文时间 is 发文日期. After: deadline 19/19, stage 20/20, all else as first; own 2356 rows:
// deadline 746/747 (was 741/747), nothing else moved. Left: 芝罘区 is read from no 芝罘湾港区; a bare "截止时间 | A"
// cell and "2032-02-16 发布" are unread. Dev and held-out unchanged.
// Batch b114 (20 rows, own-b114-*): notices that are neither tenders nor results, in the styles of provincial
// 财政厅 and 公共资源交易监督管理局 pages and city 住建局 pages — 投诉处理决定书 (one dismissed, quoting the
// winner and its 中标金额; one voiding the award: termination), a works tender's 异议 answered on its documents
// (clarification, the bid deadline moved) and on its 中标候选人 (other), a 质疑 answered on a 成交结果 quoting the
// winner and amount (other), a 住建局 行政处罚决定书 (串通投标, 中标无效, 罚款), a 监督检查处理结果 通报, a
// 不良行为记录 公告 and a 严重违法失信 list naming firms and their awards, 暂停/恢复 招标活动 公告 and a 财政局's
// 暂停政府采购活动 通知 (change, extension, as the set gives a pause or a resumption), a 造价咨询 备选库 入库资格审查
// 结果 (tender, prequalification, as 资格审查结果 rows are), a 评标专家抽取结果公示 (other), a 施工招标文件（草案）公示
// before the tender (intent, pre_announcement), a 部门预算 采购预算公开 and a 采购计划 (intent), a 废标 listing each
// bidder's price and reason and a 流标 listing the two bidders; 17 rows without region text. No labelling slips
// found. First-time figures: province/city/district 20/20, 18/18, 14/15 (the same without region text), category
// 13/20, stage 11/20, budget 4/5 and 15/15 none, award 16/20 none, winners 15/20 none named, buyer 15/16, agency
// 12/13, project code 14/15, deadline 2/2 and 18/18 none, published 14/14. Rules added (oversight-notice.ts, read
// in notice-rules.ts before the 候选人 and result rules): a sanction or finding (行政处罚, 处理决定 not on a complaint,
// 行政处理决定, 不良行为记录, 失信名单, 信用/联合惩戒, 监督检查处理结果, 违法违规行为处理) is other, with no stage even
// when it declares 中标无效 (category.ts); experts drawn to judge (专家抽取结果) are other; an answer to a 质疑 or
// 异议 is a clarification, a ruling (other) once it contests candidates or a result, and 异议 counts as 质疑 there
// (result-challenge.ts, which also reads "中标结果公示异议答复"); 异议处理结果 is a ruling as 质疑处理结果 is; a 招标
// 文件（草案）公示 is a pre-announcement. Beside them: a unit's own 计划编号 is a code of last resort
// (project-code.ts); the addressee that is no agency, when a buyer and its agency are written to together
// ("某小学、某项目管理有限公司：\n本机关…"), is the buyer (addressed-pair.ts, before the title's issuer); a plan list
// with a 采购数量 column and a 采购项目 column keeps its first row, not its 合计 (budget-table.ts); the complaining
// supplier (投诉人, 质疑人, 异议人), the 相关供应商 and a respondent that is an agency are other parties for the
// region (body-sections.ts). After: all 20 right on every scored field. Dev unchanged; held-out category 139→140
// (an other row read as a tender now other; its stage found 139→138, for it now has none); own otherwise unchanged.
// Left: a 供应商库 入库结果公示 without 资格审查 is read as an award, as an 入围 result is.
//
// Batch b117 (20 rows, own-b117-*): works procurement in several 标段 in the styles of the 广西, 云南, 甘肃, 黑龙江,
// 吉林, 海南 and 青海 公共资源交易 and 工程建设 portals — a 资格预审公告 with a 标段 | 起讫桩号 | 估算价（元） table
// (budget the lots' sum, the 申请文件 cut-off the deadline), a 资格预审结果 per 标段 (no winners), tenders with a
// 标段 | 最高投标限价 table, lots in prose in 万元 and in 元 (the lots add up, as the set does), a 施工标段 and a
// 监理标段 in one tender, a 勘察标段 and a 设计标段, an EPC tender whose bids are a 设计费率 and a 施工下浮率
// beside its 估算价 (the estimate is the budget), a 招标控制价公示 of two 标段 with its 合计, a 开标记录 (the
// ceiling the budget; every bidder's price, none an award), 中标候选人/评标结果公示 per 标段 in blocks and in a
// 标段 | 排名 table (each lot's first candidate a winner, the first lot's bid the award), 中标结果 per 标段 with
// 中标价 and 工期, a 勘察设计/监理/施工 result in one notice, an EPC result of rates only (no award); 16 rows
// without region text; decoys: 项目经理 and 注册建造师 names and numbers, a 业绩 table of works in 四平 and 吉林,
// a 项目经理's 业绩 in 昆明 and 曲靖, 其他投标人 with prices, a trading centre in another city. First-time
// figures: province/city/district 20/20, 18/18, 20/20 (the same without region text), category 20/20, stage
// 20/20, budget 6/9 and 11/11 none, award 9/9 and 11/11 none, winners 10/10 and 10/10 none named, buyer 20/20,
// agency 20/20, project code 20/20, deadline 7/7 and 13/13 none. No labelling slips found. The misses: the
// 估算价 column of a lots table read at its first row, and lots named by their trade (施工标段/监理标段,
// 勘察标段/设计标段) read as the first lot alone. Rules added: a budget label heading a column of a lots table
// (three or more cells, one of them the lot column) adds up its rows (lot-column.ts, read in budget.ts before a
// label's own figure); 施工/监理/勘察/设计/勘察设计 标段 (or 标, 标包; not 施工标准) are lot words, and an EPC
// tender's parts capped under their own labels (设计费最高投标限价…，施工费最高投标限价…) add up unless a total is
// stated first (lot-budget.ts). After: all 20 right on every scored field; own otherwise unchanged. Left: a
// ceiling label whose value lists the parts ("最高投标限价：设计费120万元，施工费5,000万元") is not read. Dev and
// held-out unchanged.
//
// Batch b118 (20 rows, own-b118-*): bulletins as crawlers deliver them after turning the page into Markdown,
// in the styles of 区/市 公共资源交易 and 政府采购 portals, a 投资项目 platform and a 生态环境局 — "#"/"##"/"###"
// headings, "**采购人名称：**" and "**预算金额**：" labels (colon inside and outside the stars), two-column and
// winner tables with a "| --- |" rule (alignment colons, no outer pipes, <br> in cells), "- "/"* " bullets and
// "1. " items with bold labels under them, links in values ([中标人](http://…)) and images in the middle of a
// field, escaped \-, \_, \., \[ \], breadcrumbs, a navigation row of links, 友情链接, 版权所有/网站地图/扫一扫
// chrome, and tables the converter wrote one cell a line: tenders, a 磋商, results and candidates, a change and a
// correction, two 采购意向, a 备案 and an 环评 for 拟建, a 废标; 16 rows without region text. One labelling slip
// fixed: a change moving the deadline and amending the 工程量清单 is a correction, as the set gives a change of
// content with a new time. First-time figures: province/city/district 20/20, 20/20, 20/20 (the same without region
// text), category 20/20, stage 19/20 (the slip), budget 6/11 and 9/9 none, award 7/7 and 13/13 none, winners 4/7
// and 13/13 none named, buyer 13/20, agency 8/16, project code 5/17, deadline 7/8 and 12/12 none, published 4/4.
// The misses were all the markup read as text ("**广东南粤招标咨询有限公司", "FC\\-NS\\-2034", a winner "确定**…").
// Rule added (markdown-text.ts, read in bulletin-parser.ts's bodyText on the display text, before any reader): a
// text showing markup no plain bulletin carries (a heading, a bold run opening a line, a table rule, a link or
// image, an escaped punctuation mark) is read as plain text — bold marks, heading marks, bullets and quote marks
// dropped, a table row's outer pipes dropped and its rule line gone, a link read as its text, an image as
// nothing, an escape as its character (an escaped "|" stays), a line of links and separators (or under 友情链接)
// dropped as navigation; a Markdown table row's <br> is a space, so the body is not taken for HTML. A plain text
// keeps its masked names (南通**科技). After: all 20 right on every scored field; own otherwise unchanged. Dev
// and held-out unchanged. Left: italics (*x*, _x_) are not read, nor a Markdown body inside HTML (bodyHtml).

// Batch b116 (20 rows, own-b116-*): the district when the notice has no region text, from city and county portals
// where it must be inferred from hard clues — buyers named by a short form (区教体局 in the title with the district
// once in the 采购人 name, 县一中 with the county only at the foot, 市三院, 区人社局 with the district only in the
// buyer's address, 区教育局 with the district only in the project name, 县人民医院 and 县疾病预防控制中心 with the
// county only in the 联系地址, a 县直 unit signing at the foot), a 街道 or 镇 in the 项目地点 with a street (水部街道,
// 乌镇镇, 坂田街道, 斗门街道 which two cities share, 西航港街道 of a city hospital's 院区), a district only in the
// middle of the project name, a buyer of one district building in another (思明区 教育局 in 翔安区, a 历下 company's
// housing in 历城区 港沟街道: the site wins; the agency in a third), zones inside one county (九洲江开发区, 大渡口经济
// 开发区 of 东至, not 重庆's 大渡口区), city buyers with no site (city only); decoys: agencies' addresses, 开标地点
// at the city's trading centre with its address in brackets, deposit banks' branches, winners' addresses. Labels
// follow the set: the site's district when the text names it, else the city only (衡阳 row of b108), the buyer
// as its field writes it (区人力资源和社会保障局, 县人民医院). No labelling slips found. First-time figures: province
// 19/20, city 19/20, district 14/18 (the same without region text), category 20/20, stage 20/20, budget 8/8 and
// 12/12 none, award 10/10 and 10/10 none, winners 10/10 and 10/10 none named, buyer 19/20, agency 17/17, project
// code 19/19, deadline 9/9 and 11/11 none, published 2/2. Rules added: a site line naming a district (建设地点,
// 项目地点, 交货地点 …) outranks the buyer's district or the bare city in the same city (site-district.ts, read in
// region.ts); a bare county-level name opening a zone's name where the zone lies in no county of that name is
// the zone's namesake (town-zones.ts, mention-scanner.ts); a trading centre's address in brackets after its name is
// a venue under any heading (地点：…交易中心（…岳麓区…）, body-sections.ts); a buyer read bare (县第一高级中学) takes
// its county where the text writes it so (宁陵县第一高级中学, bare-level-buyer.ts, parties.ts). Probing past them: a
// unit's signature over its date ends a winner's section, so 区教体局 with 禹会区教育体育局 signed at the foot is
// placed (body-sections.ts); site lines naming two districts of one city (中原区…与二七区…交界处, or a 建设地点 and a
// 交货地点 apart) give the city, not the first (site-district.ts). After: all 20 right on every scored field; own
// otherwise unchanged. Left: a buyer written only as 县一中 is read as none, and 区教体局 is not matched to its
// signed 教育体育局. Dev and held-out unchanged.
// Batch b119 (20 rows, own-b119-*): change notices of every kind from works-tender platforms and city portals — a
// 补遗书（第3号） moving the 最高投标限价 and the deadline (由…调整为…), a 答疑纪要 quoting the ceiling with the deadline
// unchanged (仍为…), a 招标文件澄清（第2号） with no time, 更正公告 with a 更正事项 | 更正前 | 更正后 table (budget,
// ceiling, deadline, qualification; another with qualification and venue only), 采购方式变更 (公开招标 to 竞争性磋商, and
// a city portal's 竞争性谈判 to 公开招标 with region text), 延期 with its reasons and with the original dates first, a
// works 暂停 (异议, 恢复时间另行通知) and its 恢复 with the new deadline, 终止 of a purchase and of a works tender, a
// 流标后重新招标 and a （第二次）公开招标 quoting the first round's ceiling, budget and number before their own, a
// result's 更正 (winner and amount changed in a table; amount only, the old one in capitals first), a typo in the
// buyer's name (卫生建康局 → 卫生健康局) and in the project code (…-071 → …-017), a 变更公告 of a 招标控制价. Labels follow
// the set: a change keeps no budget (none of its 190 rows does) and the new deadline; a re-tender is a tender with
// its own round's figures and number; a result's 更正 is an award with the new winner and amount; a corrected
// buyer or code is the right one; a 暂停 is an extension with no deadline. No labelling slips found. First-time
// figures: province, city, district 20/20 (the same without region text), category 20/20, stage 20/20, budget 3/4
// and 16/16 none, award 2/2 and 18/18 none, winners 2/2 and 18/18 none named, buyer 20/20, agency 19/19, project
// code 18/20, deadline 9/9 and 11/11 none, published 12/12. Rules added: a label in the bracket after a clause
// naming an earlier round (首次公告…发布（项目编号：X，预算金额：Y）) is read only after the notice's own
// (first-round-aside.ts, used by project-code.ts and budget.ts); a code set in quotation marks (正确的项目编号为“X”)
// is read without them (project-code.ts). After: all 20 right on every scored field; own otherwise unchanged. Left:
// nothing in this batch. Dev and held-out unchanged.

// Batch b120 (20 rows, own-b120-*): region text as other sources' crawlers fill it — 7 tenders, 7 results, 3
// changes and 3 intents from aggregator and 央企 platform pages: a path "广东省/广州市/天河区", "[广东]", "广东-广州",
// a breadcrumb "华东 > 江苏 > 南京", a city and district run together (杭州市西湖区), a bare district several provinces
// share (鼓楼区, 新华区, 城关区, where the buyer's full name or phone decides), the budget's level ("湖南省 省本级"
// with a 厅 buyer: its capital; "市本级"; "市辖区": the city; "县本级": the county), "全国" over a site in the body
// (the site), "跨省" over a pipeline across two provinces (no place), a crawler's category page of another city than
// the notice's own ("广东 深圳市" over 东莞市塘厦镇人民政府: the notice's own city, as the set labels the real place), old
// names (襄樊市, 巢湖地区, 思茅市, 莱芜市 over a 钢城区 buyer) and pinyin ("Guangdong Guangzhou"). No labelling slips
// found. First-time figures: province 19/19, city 17/19, district 14/15 (without region text 19/19, 19/19, 15/15),
// category 20/20, stage 20/20, budget 8/8 and 12/12 none, award 7/7 and 13/13 none, winners 7/7 and 13/13 none named,
// buyer 20/20, agency 17/17, project code 17/17, deadline 10/10 and 10/10 none. The misses: the crawler's 深圳 outvoted
// the notice's 东莞, and 巢湖地区 was read as today's county-level 巢湖市 of 合肥 over a 含山县 buyer. Rules added: region
// text is dropped where a public buyer and the title each name one and the same other city and the notice never
// names the region text's city or district (crawler-region-text.ts, read in bulletin-parser.ts); 巢湖地区, split in
// 2011 among 合肥, 芜湖 and 马鞍山, names only 安徽, and 思茅地区 is 普洱 (region-aliases.ts). Probing past them: a
// region text in letters ("GUANGDONG", "Shenzhen", "Zhejiang Sheng, Hangzhou Shi", "Inner Mongolia", "Xi'an") named
// nothing: provinces and the cities most written so are read as their Chinese names, leaving out spellings two
// places share (Suzhou, Fuzhou, Taizhou) and Xian (pinyin-places.ts, read in bulletin-fields.ts); a bare 襄樊 named
// only 湖北 (region-aliases.ts). After: all 20 right on every scored field; own otherwise unchanged. Dev and held-out
// unchanged. Left: district names in letters (Beijing Chaoyang stops at 北京), 淮阴市 and 荆沙市 of before 2001 read as
// today's 淮阴区 and 沙市区, and a province-level category page that disagrees with the notice is kept.
// Batch b121 (20 rows, own-b121-*): 拟建/在建 project records as commercial lead databases and trade media publish
// them — cards with 项目阶段 (立项, 可研, 环评, 设计, 施工图审查, 招标, 施工, 备案), 项目进展 as dated lines newest first
// (one card with no 项目阶段, only such lines), 业主单位/建设单位/投资方, 总投资 in 亿元, 万元 or "约2.3亿", 建筑面积,
// 计划开工/竣工, 项目所在地 as 省-市-区, spaced or slashed, a two-column "|" archive, a one-line App push, a card with
// the region only in its owner's name, 设计单位/施工总包/监理 already chosen (in other cities), masked 联系人; beside them
// 8 建设快讯: 签约 under a news agency's 上海 dateline, 开工 under a provincial site's, a builder's own 封顶 story, two
// 中标喜讯 (a firm's, and a 设计研究院联合体's EPC win), 完工 under 北京, 开工 naming only 区 and 镇, progress of a
// project whose investor sits in 北京. All 20 without region text. Labels follow the set: a card is proposed with
// its owner as buyer (an 投资方 field when it is the only one), its 总投资 as budget, no winners, award or deadline
// (the chosen builder and its 中标价, the tender's 最高投标限价 and 投标截止 retold in progress lines are history);
// its stage only where an approval names it (design, tender and works phases unlabelled); a firm's 中标喜讯 is news
// (progress) with no winner or award. No labelling slips found. First-time figures: province, city, district 20/20
// (the same without region text), category 15/20, stage found 19/20, stage 12/14, budget 15/18 and 2/2 none, award
// none stated 18/20, winners none named 17/20, buyer 13/14, deadline none stated 19/20, published 1/1. Rules added:
// a body with a phase field (项目阶段/进展/进度) and an investment field (总投资, 投资额), each opening a line or its
// first cell, is a project card, proposed whatever notices its progress lines retell, unless the title names a kind
// (project-card.ts, read in category.ts); a bare 项目进展 field gives its stage from the first dated line below it
// (category.ts); a planned project's budget is its 总投资 before any ceiling, and quoted prices make no result of it
// (planned-budget.ts, budget.ts, bulletin-parser.ts); an 投资方/投资单位 field names the owner when no owner field
// does (investor-field.ts, parties.ts); a headline of a firm's 联合体 winning (某院联合体中标某项目) is news
// (notice-rules.ts). Probing past them: a card with 项目进度 and 投资总额, a "|" Markdown card, a newest line that a
// 可研 was approved, and a progress table whose header holds 总投资 and 项目进展 (still news) read right. After: all
// 20 right on every scored field; own otherwise unchanged. Left: nothing in this batch. Dev and held-out unchanged.
//
// b123: winner names in every shape a name takes, from portals in neither shared file: a group's 第三分公司 and a firm's
// 事业部, a former name in brackets (dropped), a 门市部 noted as 个体工商户 and a 商行 in a "|" table, a person renting a
// village fish pond (noted by an identity card's last four digits) and a villager given a village's works in a sentence,
// a （中国）有限公司, a 株式会社, an English-only "Co., Ltd." (no region text, no buyer), a name broken by a PDF space and
// a line break, a 省-prefixed name as written, 联合体 written "A/B", "A+B" and 牵头人/成员 on lines of their own, a
// framework list of five whose labels are numbered in words (入围供应商一：…), 第一名 with scores, a 成交 decided in a
// sentence only, and a result naming the winner's 法定代表人, 项目负责人 and 地址. No labelling slips found. First-time
// figures: province, city 18/18 and district 16/16 (the same without region text), category 20/20, award 17/17 and 3/3
// none, budget none stated 20/20, winners 14/20, buyer 18/18, agency 12/12, project code 18/18. Rules added: a firm's
// 事业部 after its company continues its name and 株式会社 ends one (org-names.ts); a winner's label repeated under a
// results heading may be numbered in words before its colon (org-names.ts); a PDF space inside the label line's part of
// a wrapped name is closed up (wrapped-name.ts); a lease names its winner 承租人 (承租方) (winners.ts) and an identity
// card noted by its last four digits marks a person (org-names.ts); "由本村村民某某承包" names a villager as the winner
// of a village's works when no label does (villager-contractor.ts, winners.ts). After: all 20 right on every scored
// field; own otherwise unchanged. Left: nothing in this batch. Dev and held-out unchanged.
// Batch b122 (20 rows, own-b122-*): award amounts and winners in result notices written every way, from county
// and district portals, university, hospital and 央企/国企 platforms: 中标金额 only in capitals (壹佰贰拾叁万肆仟伍佰元整,
// 人民币贰拾万元整), capitals first and a figure with a typo after them (以大写金额为准), the unit only in a table header
// (中标价（万元） | 12.35), RMB, CNY ￥ and ¥…元, 万元/年 with 服务期三年 (the year's price, as the set labels it) and a
// total with its 元/年×3年 in brackets (the total), a price per 平方米, a 费率 and a 下浮率 (no award), 成交金额 beside
// 预算金额 and 最高限价 (the 成交金额; a result keeps no budget), three 包 in a table and two 标段 in prose (the first
// lot's amount, every lot's winner), a 中标候选人公示 with three 投标报价 (the first), 投标报价, 评标价 and 中标价 together
// (the 中标价), 成交金额 0元 and 暂无 (none), and an SOE row with no place. One labelling slip: a 比选单位 written
// 华中农业大学后勤保障部 was labelled without its department (fixed, as written). First-time figures: province 19/19,
// city 18/19, district 14/14 (the same without region text), category 20/20, stage 19/20, budget 20/20 none, award
// 15/15 and 5/5 none, winners 20/20, buyer 19/20 (the slip), agency 16/16, project code 20/20, deadline 20/20 none.
// Misses: a 比选结果公示 naming its 选定单位 was read as candidates; 山东建筑大学 names no city. Rules added: 选定单位 /
// 选定的服务商 names the firm chosen, 拟选定 speaks of candidates (decided-result.ts); probing past the rows: capitals
// in brackets or after 大写 right after a figure that disagree with it by a yuan or more govern
// (capitals-govern.ts, read in amount-reader.ts); a year's price worked out to the term's total in the sentence
// (45万元/年×3年=135万元) gives the total, and 服务费每年45万元 is read as the year's price like 每年45万元
// (award-amount.ts); a unit statement on the line after a bare figure (128.6\n（单位：万元）) gives its unit
// (amount-reader.ts). After: all 20 right but the 济南 of 山东建筑大学 (a university's city is not in the text); own
// otherwise unchanged. Dev and held-out unchanged. Left: a 年度服务费 line with no 成交金额 label reads no award, and
// the 比选 of own-b109 (第一中选人 beside a 第二中选候选人) stays candidates.
// Batch b124 (20 rows, own-b124-*): province- and city-level buyers whose own, agency's, supplier's or venue's
// address lies in one district — 湖南省体育总会, 贵阳市财政局 (市本级, seat in 观山湖区), 合肥市第一人民医院, 重庆市教育委员会
// and 北京市卫生健康委员会 (municipalities' city-level bodies, 全市), 浙江省教育厅 (全省), 广东省公安厅, 武汉市城市管理执法委员会
// (七个中心城区 listed), 西安市体育局 (开标地点 in 雁塔区), 南京市财政局 (agency in 建邺区), 福建省档案馆, 青岛市市立医院,
// 昆明市生态环境局 (全市) — beside site lines naming the site's district (合肥市第二人民医院东院区 in 瑶海区, 上海市水务局 in
// 浦东新区, 四川省第三人民医院温江院区, 武汉市园林和林业局 in 江夏区, 长沙市水利局 in 望城区, 河北省交通运输厅 in 鹿泉区,
// 天津市第一中心医院津南院区). All without region text. Labels follow the set: the site's district when a site line
// names it; a unit's own address for its own purchase (保定市第一中心医院 of b12, a university's instruments: dozens
// of rows); else the city only. Labelling slips fixed: 合肥市第一人民医院, 福建省档案馆 and 青岛市市立医院 buy for their
// own premises and were labelled with the city only; now their addresses' districts, as the set does. First-time
// figures: province, city 20/20, district 10/10 (the same without region text), district (none labelled) 4/10, every
// other scored field 20/20. Rules added: a district named only in other parties' addresses (the supplier's, the
// agency's, a bid-opening venue, a bank) for a buyer whose name stops at the province or the city is not the notice's,
// nor its own address where the work is the whole area's (全市, 全省, 各区县, 中心城区), unless a site line, the title,
// prose or the region text names it (seat-address-district.ts, read in region.ts). The report's two new diagnostics
// counted rows they cannot judge: a county-level city run by its province (琼海, 石河子: labelled with no city) and a
// municipality's whole-city notice (labelled 北京市 with city null, while its city is the province); these are left out
// of city (none labelled), the latter checked at the district (checks.ts). After: district (none labelled) 8/10 in this batch; own district
// (none labelled) 190/224 → 199/221 (the relabels included), dev 70/107 → 80/108, held-out 35/58 → 36/58; dev city (none
// labelled) 15/25 → 15/19 by the metric fix alone. Every labelled column on dev, held-out and own unchanged. Left:
// 贵阳市财政局's 市本级 purchase keeps its seat's 观山湖区 (市本级 is also a budget level in boilerplate: 省本级政府采购),
// 武汉市城市管理执法委员会's seat 江岸区 is also one of the seven districts its 采购需求 lists; older rows where the set
// takes a city unit's address for the place (b12) and newer ones where it does not (b116 市三院) disagree, so a city
// hospital's own address still gives its district.
//
// own-b125-* (20): bodies extracted from attachments and office documents as crawlers that read the 附件 deliver them:
// .docx tables with TAB-separated label/value cells (采购人\t…\t联系电话\t…), .xlsx 中标候选人 and 分包 result sheets
// one row a line with tabs, PDF cells each on a line of their own, Word numbering written out (一、（一）1.（1）①),
// page footers and repeated titles mid-text (第 2 页 共 3 页, - 1 -), a cover page (招标人（盖章）, 日期) before the
// body and a 附件 list at the end; tenders, results, candidates, a correction, an extension, a 答疑, a termination and
// an intent from 湖南, 四川, 江西, 浙江, 安徽, 福建, 江苏, 甘肃, 广西, 广东, 贵州, 山西 (two with region text). The table
// readers already split a line with no "|" by whitespace, TAB included. First-time figures: every scored field 20/20
// but category and stage agreement 19/20 and award 5/6 on this batch; both were labelling slips, fixed: a 终止公告 is
// other/termination in this set (not change), and a 分包 result table's award is the first lot's (as own-b47-pkg-*),
// not its 合计 row. Rule added: the 合计 row of a batch table is read from a TAB-separated table as from a "|" one
// (batch-table-total.ts: a progress report's TAB table summed in 合计 gave its first project's total investment).
// After: 20/20 on every scored field; every labelled column on dev, held-out and own unchanged. Left: nothing in this
// batch; other readers that split on "|" only (budget-table, role-row, flat-table) were tried only through these rows.
// Batch b126 (20 rows, own-b126-*): bulletins rewritten for phones by 标讯 apps, mini-programs, 公众号 digests and group-chat
// forwards — emoji labels (📍地区：, 🏢采购单位：, 💰预算：, ⏰截止：, 🗓发布：, 📌编号：, 🏆中标单位：, 🥇第一候选人), bracket tags
// (【招标】【广东·深圳】, [中标], 【延期】, 【终止】), one-line summaries split by ｜, 丨 or " / ", a forward holding one notice
// with other notices (今日标讯, 往期回顾) after it, 万 written w/W (预算186w, 报价512.8w, 中标价：238.6w) and 亿 (1.26亿元),
// relative cut-offs (明天9:30截止, 5天后开标（10:00）, 后天下午3点截止 with no publication day), masked contacts. Tenders,
// results, candidates, an extension, a correction and a termination; no region text beyond the tag. Labels follow the
// set: publish_date only when the card states it; a relative cut-off dated from the stated publication day, else null;
// the first candidate and its price for a candidates card; a correction carries no budget. First-time figures: region,
// winners 20/20, category 19/20, budget (stated) 7/10, award 3/8, deadline 3/9, published 6/13, project code 6/10,
// buyer 18/20. Rules added: emoji are dropped from the text fields are read from, so labels stand at their lines' starts
// (bulletin-parser.ts, dropPictographs); a w run onto the money word (预算85.6W) or ending a 中标价/成交价 field, up to
// ｜/丨/" / ", is 万 (latin-wan.ts); 丨 separates fields like ｜ for bare 发布：/截止：/更新： and a card's 新截止： is the
// deadline (dates.ts); 明天/后天/N天后 with a time of day before 截止/截标/开标 counts from the stated publication day
// (relative-deadline.ts, read last in the parser's deadline); a slash between spaces ends a name's value (org-names.ts).
// After: budget 10/10, award 8/8, deadline 8/9, published 12/13, project code 10/10, buyer 19/20; own budget (stated) 1018 → 1021/1022, award 956 → 961/962, project code 1886 → 1890/1892,
// deadline 807 → 812/814, published 433 → 439/442, buyer 2236 → 2237/2246, every other column unchanged. Dev and held-out unchanged (every dev
// miss the same). Left: a 【截标提醒】 forward whose title names no notice kind reads no category and its date at the
// foot (—— 2033-11-21 群主整理) is not read; a buyer with no colon (采购单位成都市…，).
// b128: long tender notices and 招标文件 excerpts (6,000–9,000 characters) from 青海, 宁夏, 西藏, 海南, 新疆, 吉林,
// 黑龙江, 内蒙古 and 天津 portals, 17 tenders and 3 corrections, some with region text: the fields sit among decoy figures
// and dates (注册资本不低于…万元, 单项合同金额不低于…万元 with 2029年1月1日以来, 投标保证金, 履约保证金 10%, 标书费, 代理服务费,
// a 评分标准 table with a price formula, 质保期/工期 in days, 付款方式 percentages, 踏勘现场/答疑截止/异议截止/样品递交
// times, both parties' bank accounts), the real 预算金额/最高限价 and 投标截止时间 only in the 投标人须知前附表 near the foot.
// Labels follow the set: a correction carries no budget and its deadline is the new one. First-time figures: region,
// category, stage, deadline 20/20, published 5/5, buyer, agency and project code 20/20, budget (stated) 0/17 (the
// corrections' none-stated 3/3): a score row "每提供一项单项合同金额500万元及以上的类似业绩得2分" was read as a reported
// contract price, so the whole text passed for a result notice and no budget was read. Rule added: a 合同金额/中标金额 label
// after 单项/单个/单笔/每项/类似项目, or whose amount is followed by 及以上/以上, is a past-contract threshold and no
// reported price (performance-threshold.ts, used by result-notice.ts). After: budget (stated) 17/17; own budget (stated)
// 1028 → 1045/1046, every other column unchanged. Dev and held-out unchanged (every dev miss the same). Left: nothing in
// this batch.
//
// b127: the encoding and whitespace noise scraped text carries: line breaks escaped twice by a JSON export (a backslash
// and n, r\n or t), \r\n and lone \r, HTML entities left in plain text (&nbsp; &amp; &lt; &yen; &#12288;), a stray <br>
// or <p>, zero-width spaces and joiners inside labels and names, a byte-order mark, NBSP and \u3000 indentation,
// full-width digits and letters in amounts, dates and codes, soft hyphens and U+FFFD where a character was lost;
// tenders, results, candidates, changes, an intent and a termination, one with region text. Checked first: NFKC already
// made full-width figures, NBSP and \u3000 plain, \r\n and \r were lines, and a body with <br>, <p> or &nbsp;/&lt;/&#N;
// went through htmlToText. First-time figures: region 19/20 (district), category and stage 20/20, budget (stated) 9/11,
// award 8/8, winners 7/8, buyer 16/20, agency 2/2, project code 3/7, deadline 8/10. Rule added, once in normalisation
// (libs/text/src/scrape-noise.ts, used by toDisplayText and toMatchText): zero-width marks, word joiners, byte-order
// marks and soft hyphens are dropped; a written \n, \r\n or \r next to Chinese text, a digit or an end of text is a
// line break (\t a tab), while one between Latin letters (C:\new) stays; named and numeric entities left in plain text
// are decoded (&yen; alone is not HTML to looksLikeHtml); htmlToText, which decodes
// once itself, asks toDisplayText for no second decoding (&amp;lt; stays &lt;). After: budget 11/11, winners 8/8, buyer 20/20, project code
// 7/7, deadline 10/10; own budget (stated) 1036 → 1038/1039, winners 1132 → 1133/1134, buyer 2273 → 2277/2286, project
// code 1912 → 1916/1918, deadline 828 → 830/832, every other column unchanged. Dev and held-out unchanged. Left: a
// title district (平桥区) whose buyer names a town (五里墩街道) that another city has too reads no district; a U+FFFD
// inside a name cannot be restored and is kept as written.
//
// b130: government e-mall and small-order pages: 电子卖场/网上超市/网上商城 竞价公告 and 竞价结果 (反向竞价 with 报价记录
// of several bidders, a 是否成交 column, a rank list, a line closed by 成交), 框架协议 二次竞价 calls and results, 直购
// and 定点 订单公示, 小额零星 and 协议供货 results, 中介服务超市 选取公告 and 选取结果 (评估, 审计, 造价咨询 chosen by 随机抽取
// or 竞价), a failed 竞价; county and district units in 19 provinces, two with region text. First-time figures:
// region all right, category 19/20, stage 17/20, budget (stated) 5/6, award 11/13, winners 10/14, buyer 20/20, project
// code 19/19, deadline 4/5. Rules added: a title's 订单公示/订单公告 is a result and 选取公告/选取邀请 a call (notice-rules.ts);
// 中选中介机构 is a winner's label, and a draw's 抽取结果/摇中单位 names the winner before the pool listed above it
// (报名中介机构, 入围机构), with the 服务费 stated right below it as the award (drawn-winner.ts, used by winners.ts and
// award-amount.ts); with no label, the one quote line of several closed by 成交 names the winner (marked-row.ts); a
// 服务金额上限/收费上限 is a ceiling (budget-labels.ts); a 中介超市 selection's 报名截止 is its deadline (signup-cutoff.ts).
// After: every field of the batch right; own category 2655 → 2656/2656, stage 715 → 718/720, budget (stated) 1060 →
// 1061/1062, award 989 → 991/992, winners 1143 → 1147/1148, deadline 854 → 855/857. Dev and held-out unchanged. Left:
// nothing in this batch.
// b129: international and foreign-funded procurement, which the set had little of: 机电产品国际招标 tenders, results,
// a 评标结果公示 with two 中标候选人 priced in USD, a clarification and an extension (国际招标编号 0733-…, 招标机构,
// 中标人 with 制造商 and 国别, prices in USD, EUR or CNY, two lots in EUR, two lots in CNY and USD), World Bank, ADB and
// AIIB loan projects (贷款号, 采购包编号, Invitation for Bids with English sentences and English-only labels, Contract
// Award Notice with bidders' prices, an English Amendment No.2 moving the Bid Closing, a bilingual Invitation for
// Prequalification), a Chinese 资格预审 for TBMs, a 外资 buyer in 苏州工业园区, a 港资 buyer in 前海 (截标时间, 港币), a 澳资
// buyer in 横琴 and a 中外合资 hospital with a Chinese and an English title. Labels follow the set: only a foreign currency
// stated leaves the yuan field null, RMB beside USD (折合人民币) is the figure; the buyer is the 项目实施单位/业主, never
// the bank. First-time figures: category, stage, budget, award, winners and agency 20/20; region 19/20 (the 横琴 buyer
// named 濠江, a bare 汕头 district, against a 珠海 site); buyer 17/20 (notes "(澳门投资企业)" and "(香港某集团全资附属公司)"
// kept; "某投资(集团)有限公司（业主 Employer）拟对…" unread); project code 16/20 (IFB No., RFB No., 采购包编号 unread);
// deadline 10/12 ("Bid Closing: 09:00, 26 March 2034" and "Bids must be delivered … on or before 09:30 hours (Beijing
// time), May 22, 2034" unread). Rules added: an English-only label opening a line (Purchaser/Employer/Owner/
// Implementing Agency with a Chinese name after it, Tendering/Procurement Agent, Bid Closing, IFB/RFB/Tender No.,
// Package No., Contract No.) reads as its Chinese label (english-labels.ts, after the glosses in spaced-labels.ts); an
// English sentence handing bids (tenders, applications) in "on or before"/"not later than" a date sets the deadline
// (english-submit.ts, in dates.ts); 采购包编号/合同包编号 are code labels (project-code.ts); a role note may carry an
// English gloss ("（业主 Employer）") and a bracketed part inside the name before it ((集团), (深圳)) is kept
// (role-note.ts); ownership notes of 港澳 capital (澳门投资企业, 港资独资) and "(…全资附属公司)" are no part of a name
// (org-names.ts); bare 濠江 (Macau's literary name) is a common-word short form (libs/regions region-names.ts). After:
// all 20 rows right; own province 2637 → 2638/2645, city 2521 → 2522/2532, district 2300 → 2301/2318, buyer 2314 →
// 2317/2326, project code 1952 → 1956/1958, deadline 860 → 862/864, every other column unchanged. Dev and held-out
// unchanged. Left: nothing in this batch.
// b131: buyers written where a reader finds them late or twice: the ccgp contact section, its three fields on one
// line ("1.采购人信息 名称：… 地址：… 联系方式：…") or with the agency's block first; a 施工招标 whose 招标人 stands only
// in the foot's "招标人：（盖章）" with the name on the next line (the 发改局 that approved it named earlier) and a
// result signed "采购人（盖章）：" likewise; buyers only in a 联系人及联系方式 table (pipes, or spaces, beside the agency
// and a 监督部门); names written shorter than the title's (黄州区人民医院 under 黄冈市…, a 职业技术学院 and a state
// firm's subsidiary under their province, a 街道办事处 under its city), kept as their own field writes them; a 区本级
// intent and a 中共…委员会机关; 项目单位, 建设单位 (agency first), 发包人（业主单位） in a clarification an agency issues
// "受发包人委托", 需求单位 beside an agency, a 使用单位 college under its university, a buyer with its 上级主管部门 and a
// 监督单位 named, and "…代理机构…受采购人某医院委托" with the agency first. Labels follow the set: the field's own
// name wins over the title's longer one and over a 使用单位, 上级主管部门 or 监督单位; an intent's budget is its first
// item's. One labelling slip, fixed: the 区本级 intent's budget was left null (its first item is 86万). First-time
// figures: category, stage, region, budget (stated) 7/7, award 8/8, winners 8/8, agency 19/19, project code 19/19,
// deadline 8/8, published 1/1 all right; buyer 19/20 (中共…委员会机关 read without its 机关). Rule added: a 机关 after
// a body's suffix stays in the name as 本级 does, unless it starts another body (机关事务管理局, 机关服务中心, 机关工委,
// 机关幼儿园, 机关党委) (org-names.ts). After: all 20 rows right; own buyer 2337/2346 → 2357/2366, every other
// column as before plus the batch; held-out buyer 109 → 110/129, dev unchanged. Left: nothing in this batch.
//
// Batch b132: 20 notices aimed at the project code in hard places, across provinces, tenders, results, candidates,
// changes, an extension and a termination: 交易编号 before 项目编号 (the 项目编号 is the code, as in the set), a
// 采购计划编号 written as a finance 文号 before the 项目编号, a 政府采购计划备案号 as the only number (kept as written, 号
// and all), a code ending in 号, a 文号 broken after its year bracket by a PDF copy, a platform code glossed in a glued
// bracket ("（本编号为…平台编号）"), codes only in the title's 【】 or （文号）, a 招标编号 given twice with spaced
// letters and groups, a lot code in "A1标段（编号：…）", a notice with no number but 电话/统一社会信用代码/账号, an
// 投资项目代码 before the 招标项目编号, a result numbered only by its tender (原公告编号), a 标段编号 line before the
// 交易编号 it extends, a code in brackets after the project's name, a 黔南招（2034）第…号 form. Two labelling slips of
// mine fixed first: two candidate notices had award null, where the set gives the first candidate's bid. First-time
// figures: category, stage, region, budget, award, winners, agency and deadline 20/20; buyer 19/20 (a district unit
// named bare in the title, "福州市鼓楼区…" only in the body's prose); project code 16/20 ("某财采计[2034]\n0061号" cut at
// the year, the glued gloss kept, 原公告编号 unread, the 标段编号 read before the 交易编号). Rules added: a 文号 stopping at
// its year bracket takes a next line holding only its serial, and a bracket of four or more Chinese characters glued
// to a Latin code is a note (code-tail.ts); 原公告编号 is a code label, and 标段编号 comes after every number of the
// procedure as a whole (project-code.ts); a buyer read from anything but its own field (title, prose) takes the city
// the text writes right before it when that city is the district's parent (city-placed-buyer.ts, in parties.ts).
// After: all 20 rows right; own buyer 2356 → 2358/2366 (own-b85-plan-1 too), project code 1990 → 1994/1996, award
// 1001/1002 → 1003/1004 and award (none stated) 1692/1694 → 1692/1692 by the two relabels; dev and held-out unchanged.
// Left: nothing in this batch.
//
// Batch b133: 20 notices aimed at the district read without region text, across provinces, tenders, results, intents,
// an extension: a 管委会 of a state-level economic zone (its own NBS zone, so the city and no district), a high-tech
// zone governed as one with its district (株洲, 天元区), a township named alone (塘栖镇), a city bureau with the site's
// district only in the 建设地点 line, a city unit with its district only in a 交货地点 line, a county-level city (瑞丽) and
// a league's banner written short (科左中旗), an autonomous county written 长阳县, districts several cities share
// (朝阳区, 鼓楼区, 西湖区, 新华区, 城关区, 桥西区, 江北区, 普陀区) told apart by a phone's area code, a township, a
// platform's or an agency's city, a city hospital placed only by its own "地址：…区…路…号", a street named alone (松岗街道),
// a company's works with the county-level city only in 建设地点, and a buyer written "经开区…" bare with the city only in
// the agency's address and phone. First-time figures: every field 20/20 except city 19/20 (the bare 经开区 body left at
// 安徽). Rule added: a buyer named by a bare zone word (经开区, 高新区 …) takes the one city that the notice's phones and
// addresses (read as names, not region text) agree on, where the names stop above the city and that city has a zone of
// the kind in the NBS zone rows (bare-zone-buyer.ts, asked in region.ts's refine). After: all 20 rows right; own city
// 2601 → 2602/2612 and city without region text 2595 → 2596/2612, every other column as before plus the batch; dev and
// held-out unchanged. Left: nothing in this batch; a bare zone body whose notice gives no phone or address stays at the
// province (the agency's name alone never chooses the city).
// Batch b134: 20 notices of the kinds around the award the set held few of, across 18 provinces, four with region
// text: 政府采购合同公告/合同公示 (合同编号, 主要标的 with 单价, 合同金额 in 大写+¥, in 万元 in a key-value table, 签订日期 and 公告日期), 履约验收结果公告 and a
// 验收公示 with its 公示期, 单一来源采购公示 (拟定供应商 and why, 公示期, an 异议 cut-off to the minute), a works 资格预审结果公告 and a 磋商 资格审查结果公告
// (lists passed and failed), one works project followed from 中标候选人公示 to 中标结果公告 to 中标通知书, a 成交结果更正 of the supplier's
// name (原内容 / 更正后), 废标, 流标 and 终止 with their reasons, two 结果变更 where the second candidate replaces the first (gave
// up; false 业绩), a 合同变更 (追加 under 10%) and a 补充协议公告. Labels follow the set: 合同/验收 notices are other with stage
// contract or acceptance and carry neither award nor winners (a 合同金额 is not an award); a 单一来源公示 is a tender
// (invitation) whose 拟定价格 is its budget, whose 拟定供应商 is no winner and whose 异议 cut-off is no deadline; a 资格预审/资格审查
// result is tender (prequalification) with no winners and no deadline; candidates give the first one and its bid; a
// 结果更正 or 结果变更 is award (result) with the winner and price now in force, as own-b53-change-1 and
// own-b119-award-corr-amount (not own-b71-mil-chg-1, labelled a change); a 流标 keeps its 限价 as budget. Without
// precedent, chosen as a member following the project would read them: the 中标通知书 takes stage result, and the 合同变更
// and 补充协议 take stage contract (the set's two 合同变更 rows carry no stage). First-time figures: category and stage
// 20/20, region 20/20 (also without region text), budget (stated) 5/5, award 6/6, buyer 20/20, agency 11/11, project
// code 20/20, published 9/9, no deadline stated and none read; budget (none stated) 14/15 (补充协议金额 read as a
// signing's 协议金额), winners 5/6 (the 更正 read both the 原内容 supplier and the corrected one). Rules added: 协议金额 after
// 补充/变更/增补 is no budget label (budget-labels.ts); a line opened by 原内容 (原公告内容) quotes the replaced result as one
// opened by 更正前 does (former-result.ts). After: all 20 rows right; own budget (none stated) 1646/1647 → 1647/1647,
// winners 1174/1176 → 1175/1176 (the batch's own); dev and held-out unchanged. Left: nothing in this batch.
//
// Batch b136: 20 rows from institutions' own procurement pages, which the set holds few of: a
// university's 招标与采购中心 or 采购与招标管理办公室 (校内公开招标 with 报名 by email, 询价, 竞争性磋商, 成交公示,
// 更正, 单一来源公示, 采购意向), hospitals' 院内招标, 院内议价, 遴选 and 终止 run by 招标办, 设备科 or 总务科, a
// state group's purchasing platform (the group in the header, its subsidiary the 采购单位: 询比, 成交, 变更,
// 中标候选人), 中国科学院 institutes (an 综合处's own 询价, a result through an agency) and county education
// bureaus buying for their schools. As the earlier university and hospital rows do, the institution is the buyer
// and its own office no agency; the place comes from its name or its address at the foot. First-time figures:
// category and stage 20/20, province 20/20, city 18/20, district 13/18, budget (stated) 10/10, budget (none
// stated) 10/10, award 7/7, winners 7/7, buyer 17/20, agency 3/3, project code 19/19, published 10/10, deadline
// 10/10. Misses: the address at the foot (学校地址, 医院地址, 单位地址) fell inside the winners' section and was
// not read (4 rows); a title with the short name (郑嵩大…, 北湖理工…) or none gave the buyer where only the
// office's heading or footer line (某大学采购与招标管理办公室) or the institute's name over the notice said it
// (3); 宁夏贺兰山大学 read as 贺兰县 beside an address in 西夏区 (1). Rules added: 学校地址, 医院地址 (and the
// like) end an other party's section (body-sections.ts; a bare 单位地址 does not, an agency's block uses it); an
// institution's name on a head or foot line of its own, with or without its procurement office, is the buyer
// before the title's short name (office-signature.ts). After: 19 of the 20 right on city, 16/18 on district,
// all on buyer; own city 2640/2652 → 2641/2652, district 2410/2432 → 2413/2432, buyer 2435/2446 → 2439/2446
// (own-b82-name-2 too); dev and held-out unchanged. Left: the state firm's 单位地址 after its winner
// (own-b136-soe-sub-result, 孝义市) and 贺兰山 (a mountain) read as 贺兰县 (own-b136-uni-intent).

// Batch b135: 20 notices naming several places, in styles of sources in neither shared file — a railway
// across two provinces (吉安至韶关, 江西 to 广东), an expressway section across two cities of 广西 (region text
// 广西), one lot of a long expressway whose ends lie in two districts of 荆州, a 500千伏 输变电 project over two
// counties of 安顺 tendered by the provincial grid company, an 引水 project over two counties of 临沧, a provincial
// 公路 centre's repair in 巴东县, a central survey unit of 西安 drilling in 甘州区, a central institute's station in
// 舟山 普陀区 (intent), a 飞地 park titled with its partner city (苏州宿迁工业园区, site in 宿城区), a 杭州 协作 office
// building in 利川市, a 华电 plant in 灵武市 tendered by the group's Beijing agency, a 国家管网 station in 江宁区 under a
// 上海 branch, ten county lots of 衡阳 (region text), a provincial intent over ten counties of three 州, a district
// result with winner and agency in other provinces, a campus named for its parent's city (北京师范大学珠海校区), a
// hospital named so (上海市第六人民医院海口…医院), a 深圳 district's 帮扶 intent for 和平县, a UHV line's 河南段, and a
// county hospital with winner and agency elsewhere. Labels follow the set: the site's district where the text
// places the work in one, the city for two of its districts or counties, the province for two of its cities (the
// b108 rows), nothing across provinces (b120); without precedent (a buyer of another province or city, an
// institute named for its parent), the place the work is done, as a member filtering by region expects. Three
// labelling slips fixed after scoring: project codes given in the label but written nowhere in the text (now
// none). First-time figures: province 16/19, city 11/16, district 8/12 (the same without region text), city
// (none labelled) 2/3, district (none labelled) 4/4, every other scored field right. The misses: the buyer's place outvoting a site written with
// its city in another province (利川, 甘州区 in a 服务范围) or city (和平县), a lot's two ends in one city left at the
// province, 梧州 for a road into 玉林, and 上海 for a hospital whose own address is in 海口. Rules added
// (remote-site.ts, read in region.ts): a site line, a route's ends (起点位于/终点位于/起于/止于) or a work area
// (服务范围/工作区域) that write the place's city out outrank the names where these lie in another city or stop at
// the province above — two districts of one city give the city, two cities of one province the province, two
// provinces nothing; a buyer whose name holds, after its parent's place, the city its own address line (right
// after its name) writes out sits there. After: all 20 right on every scored field; own city (none labelled) also
// gains own-b108-gas-two-cities, -proposed-intercity-two-cities and -service-sites-cities (86/101 → 90/101 with the
// batch); no own row that was right went wrong; dev and held-out unchanged. Left: a bare district in a site line
// naming no city still yields to a buyer of another city (the namesake risk), and a site in a 直辖市 district is
// not read by this rule.
//
// Batch own-b137: 20 notices published before a tender, in styles of portals in neither shared file — 政府采购意向
// tables of several projects with a 备注 column (万元 and 元), prose intents (one sentence; "一是…二是…"), works
// 招标计划 tables and 招标预告 / 发包计划 cards (计划招标时间, 估算金额 beside 项目总投资, 招标方式, 邀请招标 in 元),
// 采购需求公示 and 需求征求意见 (征求意见截止, 意见反馈截止), a 采购需求论证 公示 and an invitation to a 论证会, 市场调研
// and 询价摸底 报价征集 (without a budget, and one with a 预估金额), a 采购预公告 and a 资格预审预告; two carry region text.
// Labels follow the set: all intent; budget the first project's, the 估算金额 rather than the 总投资; no deadline
// (a comment, quote or sign-up cut-off is not a bid deadline, as own-b56-need-cq-1 and -survey-gs-1); stage
// procurement_intent, tender_plan for works plans and 预告 (as own-b114-sg-plan), pre_announcement for requirement
// notices, 预公告 and the 资格预审预告. Without precedent for a stage of 市场调研 / 询价摸底, pre_announcement, as a member
// following intents expects. First-time figures: every scored field right but on the 论证会 invitation — buyer
// ("邀请供应商参加某学院", title read from after 关于) and district (the university's venue address dropped for the
// city, as another party's). Rules added: org-names.ts reads the buyer after "关于邀请(潜在)供应商参加/参与" as after
// 关于征求; seat-address-district.ts takes an address whose clause goes on to the buyer's own name (…11号某学院行政楼
// 会议室) as the buyer's. After: all 20 right; no own row that was right went wrong; dev and held-out unchanged.
// Batch b138: 20 notices, mostly without region text, from places of unusual administrative standing: 兵团
// 师市合一 bodies (第八师石河子市 教育局, 第六师五家渠市 卫健委 intent), regiments (第八师一四三团, 第六师一零一团,
// 第七师一二八团 in 胡杨河市), 北大荒 farms (八五三农场 in 宝清县, 七星农场 in 富锦市), 林业局 of the 龙江 and
// 内蒙古 森工 groups named for a town or a city (图强 in 漠河市, 根河), 加格达奇区, 独山子区, 大庆油田 and 胜利油田
// 采油厂 written with their seat, 省直管 cities (仙桃, 潜江, 济源示范区's 克井镇), 屯昌县, a 伊犁州直 county (察县),
// 阿里 噶尔县 and the 大庆高新区 管委会 (a statistical zone: city only). Labels follow libs/regions: a 团场 the
// township list files under a county gets that county (一四三团 under 沙湾市, as 奇台农场 in b20), otherwise its
// division's city; a 省直管 city is named at both levels. One labelling slip fixed after scoring: 一四三团 first
// labelled 石河子市. First-time figures: every region field right apart from that slip; buyer 17/20 (the three
// regiments named only as 第N师某团 read as nothing), agency 13/14 (a province-named firm's seat city in brackets,
// 新疆…有限公司(乌鲁木齐市), kept on the name); every other scored field right. Rules added: a regiment after its
// division (师 then its number, 团) ends a body's name (org-names.ts); a bracketed city or county of the province a
// firm's name opens with is a note, dropped as a repeated place is (place-note.ts). After: all 20 right on every
// scored field; no own row that was right went wrong; dev and held-out unchanged.
//
// Batch b139: twenty notices whose buyer is named only in the title or the opening sentence, never in a
// labelled field — a 水利局, a 第一中学 ("某中学关于某项目的询价公告"), firms buying a year's service, the
// "某单位拟对…", "受某单位委托，某代理公司对…", "某医院根据工作需要，现就…" and "经某局同意，某中心…" openings,
// titles led by the agency or the trading centre, and results whose title names the buyer and body only the
// winner; most without region text. Two labelling slips fixed after scoring: 祁阳 is a city now (祁阳市, not
// 县), and 渭阳街道 lies in 渭城区, so the 秦都区 row uses 古渡街道. First-time figures past those: buyer 16/20
// (an opening saying 现对/现就 — after its reason, "根据…需要，" — or after a superior's leave, "经某局同意，",
// read as nothing), deadline 19/20 (a hospital's 院内遴选 giving only its 报名截止), province 19/20 and city
// 18/20 (赣南师范大学, and a 包钢 firm whose seat city is never written); every other scored field right.
// Rules added: the present-tense opening, with its reason or leave before it, names the one buying
// (own-purchase.ts); a 遴选 takes names, so its 报名截止 is the deadline when no other is stated
// (signup-cutoff.ts). After: all right but the two institutions whose city is never written; dev and
// held-out unchanged; no own row that was right went wrong.
// Batch b140: 20 notices as a crawler kept the whole page, page chrome included before or after the notice:
// breadcrumbs (当前位置：首页 > 交易信息 > 某县 > …, one naming only 市本级), 相关公告 / 相关信息 / 推荐阅读 lists of
// other counties' notices with their amounts, winners, deadlines and dates, 上一篇/下一篇 links to other projects,
// footers (主办单位 / 承办 / 地址 / 电话 / 备案号 in the prefecture seat or a neighbour county), 浏览次数, 分享到 and
// 【打印】【关闭】; tenders, awards, candidates, an extension, a correction, a 废标, an intent, a news item and a 备案
// 公示 across 15 provinces, three with region text. Two labelling slips fixed after scoring: the news item's and the
// 备案 notice's 总投资 first left out of budget, against the rows' convention. First-time figures: every scored field
// right but published on one award, whose line opens with the bare date then 浏览次数 (no 发布时间 label). Rule added:
// page-meta-line.ts takes a date opening a line that goes on with another page fact (views, author, editor) as the
// posting date. After: all 20 right; no own row that was right went wrong; dev and held-out unchanged.
// Batch b141: 20 buyers whose name hides or misleads about their place: prisons and a 戒毒所 named after a mountain
// or a river under a provincial bureau, 隶属 and 直属 customs houses named after a river or an estuary (东江海关,
// 澜沧江海关, 虎跳门海关), 中储粮 直属库 and 分库, a county 烟草 营销部 and 邮政 branch, an airport named after its
// township and an 空管站, a 气象站 on a peak, a 水文 分中心, a 地震台, a 武警支队, a 消防救援支队, a 边检站 named after a
// former city (畹町), a 森林消防支队 and a 国有林场; tenders, awards, changes and intents across 13 provinces, three with
// region text, the place only in an address, a 项目地点 or a 交付地点 line. One labelling slip fixed after scoring: a
// city's 消防救援支队 first left without a district, against the convention for a city with one urban district (丽江's
// 古城区). First-time figures: city 19/20 and district 17/20 as first labelled (东江海关 read as 江海区 of 江门; a 交付地点 line not read; the slip),
// buyer 18/20 (an 分库 and a 地震台 cut back to their parents), budget 19/20 (采购限价 not read); every other scored
// field right. Rules added: a county's bare name whose last character starts 海关 names no place (mention-scanner.ts);
// 直属库, 分库, 储备库, 粮库, 地震台 and 水文台 end a body's name (org-names.ts); 采购限价 / 招标限价 / 项目限价 /
// 询价限价 are ceilings (budget-labels.ts); 交付地点 and 送货地点 are site lines (site-district.ts). After: all 20
// Batch b142: 20 awards whose money is no plain amount, and results by lot, across 20 provinces (five with region
// text): a 造价咨询 won at a 下浮率 only, a 监理 费率 with its 中标金额 on one line, 综合单价 and 元/公斤 results beside
// an estimated year's total (no award), a 中标价 含暂列金额, a 中标金额（万元） column, two and three lots (中标价 per
// 包 with a 两包总金额, a 万元 table with its 合计 row: the first lot's, as the set labels lots), 首次报价 / 最终报价 /
// 评审价 / 成交金额, 大写 with ¥ in brackets and ￥ with 大写 in brackets, 第一/第二/第三中标候选人 run into one
// line, 第一名/第二名 lines in 报价(万元), 预算金额 beside the 中标金额 (no budget on a result), a 折扣率 only beside a
// 采购预算, a 下浮率 with its 暂定金额 (按实结算) in brackets, an agent chosen at a 中选费率 only, 每平方米每月 then
// the 年度总价, and a 中标（成交）金额(万元) column beside 下浮率. First-time figures: every scored field right on
// 19 of 20; the one miss was the buyer of an intermediary selection, labelled 选取单位. Rules added: 选取单位 (never
// 被选取单位 nor a 随机选取 draw) is a buyer label (parties.ts); probing past the rows, a 预估/预计/估算 合同金额
// beside a rate or unit prices is an estimate, never the award (estimated-sum.ts), and a first-round bid in fields
// gives way to the 最终报价/二次报价 below it in the same bidder's block (last-round-bid.ts), and a lot written
// before a winner's name ("中标供应商：第一包 某公司；第二包 某公司") is dropped from it (lot-note.ts), and lots
// run on in one sentence after a total ("中标总金额：…，其中：第1包 甲公司 …元；第2包 乙公司 …元") give each lot's
// winner and figure, the first lot's being the award (label-value-lists.ts, lot-line-amount.ts). After: all 20
// right; no own row that was right went wrong; dev and held-out unchanged.
// Batch b143: 20 notices that carry a project's number outside a tender: 更正/变更/澄清/延期/暂停 notices with the
// number only in the title's brackets or its leading 【】 tag, in the first sentence's "（项目编号：…）", as 原招标编号 or
// 原项目编号 (once on one line with 原项目名称), or only inside the quoted original notice; a correction of the number
// itself (“A”有误，正确的项目编号为“B”); 拟建/备案/立项批复 with 项目代码 beside a 审批文号 or 备案号, in prose
// ("项目代码为…"), in a "|" table row, or absent (文号 only: null, as the rows before); 开标记录 with tab cells or a
// 标段编号 on the same line; a 资格审查结果; 终止公告 with 原项目编号 or a national 招标项目编号 beside its 标段（包）编号;
// and 合同公告 with 合同编号 beside 招标编号, or beside a procurement number written only in brackets after the
// 所属采购项目 name. 20 provinces, none with region text. First-time figures: every scored field right but three:
// the bracketed procurement number (read the 合同编号), the corrected number (read “A”有误 after the first label)
// and the table-row 拟建 (stage read from the header cell 审批结果, not the 可行性研究报告审批 under 审批事项).
// Rules added: corrected-code.ts reads the number a correction puts right before any label; a label followed by a
// quotation that runs on takes no value (project-code.ts); a code bracketed after a name field, now also
// 所属采购项目 (named-code.ts), comes before a labelled 合同编号; stage-field-value.ts reads a stage label heading a
// column by the cell under it. After: all 20 right; no own row that was right went wrong; dev and held-out unchanged.
// Batch b144 (20 rows, own-b144-*): construction notices on the national standard templates, in prose —
// 施工, 设计, 监理 and 勘察 招标公告, three 资格预审公告 and their 中标候选人公示 and 中标结果 — where the 项目业主 and the
// 招标人 differ (a city's 代建 centre or 城投 company tendering for a bureau, a hospital or a 街道; a 实施单位 beside
// the owner; a 委托招标 where the owner stays 招标人), with 项目审批文件 numbers and 项目代码 beside the 招标编号 or
// 标段编号, a 建设地点 in another district or county than the tenderer's seat (栾城区 under a 石家庄 company seated in
// 长安区, 中牟县 under a 金水区 address), 计划工期, 最高投标限价 and 招标控制价 in 元 and 万元 (估算价 for a 资格预审), and
// 第一中标候选人 with 项目负责人 lines; Hebei to Xinjiang, some pages line-broken mid-sentence, some with 【】
// headings. Labels follow the set: the 招标人 is the buyer (own-b84, own-b110), the site's district, the 招标编号
// over the 项目代码. Scored once before any change: province, city, district 20/20, category and stage 20/20,
// budget 11/11 and 9/9 none, award 9/9 and 11/11 none, winners 9/9, agency 20/20, project code 20/20,
// deadline 11/11 and 9/9 none; buyer 16/20 — a 代建 note after the 招标人's name kept as part of it ((代建),
// (代建单位), (受项目业主委托实施建设管理)), and a 招标人 broken mid-name at a line end with the next field after
// it on the same line (the 项目业主 taken instead). Rules added: a bracket saying a body builds or tenders for
// the owner (代建…, 受…委托…) is no part of its name (agent-role-note.ts, read in org-names.ts); a name wrapped
// in the middle of its line may close before the next field's label or the clause's end, and may open after
// the label's 为 in a 招标条件 sentence ("招标代理机构为某某工\n程咨询有限公司。", wrapped-name.ts); probing past them,
// a 代建单位 said in prose to act as 招标人 ("项目代建单位为某公司并作为招标人", "由某中心作为代建单位并担任本项目
// 招标人") comes before the 项目业主 where no 招标人 field is written, a role before its name after 由 (工程总承包,
// 代建单位) cut off (acting-tenderer.ts, parties.ts). After: all 20 right on every scored field; no own row that
// was right went wrong; dev and held-out unchanged.
//
// Batch b145: central state-owned groups' own e-procurement platforms (国家能源e购, 华能/大唐/华电/国家电投
// 电子商务平台, 中国电建/中国能建 集采, 中国中铁/中国铁建 物资采购, 云筑网, 易派客, 南方电网 and 国家电网 ECP, the
// three carriers, 中国石油 and 中海油): the buyer a project company, plant, 项目经理部/项目部 or 分公司 named in
// full, the place from 项目所在地/交货地点/项目地址 (a 中海油 Tianjin branch buying for 曹妃甸), codes with group
// prefixes beside 采购申请号, 包号 or 标段编号, 询价/竞争性谈判/单一来源 results with 成交人, and 框架 awards with
// 预估金额 only (no amount). 19 provinces, none with region text. First-time figures: every scored field right on
// all 20 but stage on the two 单一来源采购公示, which were our labelling slip (left null; rows before label them
// invitation) and were put right. A probe beside the batch showed a winner named after its county (廉江市某公司)
// in a result table with padded bars or tabs read as the site's district. Rules added: spaced-cells.ts sets a
// table whose tabs became spaces back to bar-separated cells, and party-columns.ts moves the cells under a
// winner/candidate/supplier column out of the table to a 供应商： line after the text, for the region scan only;
// oilfield-seat.ts gives an oilfield company (胜利油田 in 东营, 长庆 in 西安, 冀东 in 唐山 …) its seat city when
// no place is named below the province (own-b13-petro-1 had its 东营 only from its candidates' names). After:
// all 20 right; four older own rows put right (own-soe-1, own-b113-hb-alliance-zx, own-b25-vbp-drug-1,
// own-b76-pause-1), none went wrong; dev and held-out unchanged.
// own-b146 (20): text a crawler extracted from a PDF or Word attachment — 招标公告, 竞争性磋商/谈判, 询价, 中标候选人公示,
// 中标 and 成交 results, 更正, 变更 and 澄清变更 notices and 合同公告, Gansu to Hainan, Heilongjiang to Yunnan — with
// page headers and footers mid-text (第 2 页 共 5 页, - 3 -, — 1 —, the title again as a running header, a site's name
// beside the page number), labels and values spaced out character by character (采 购 人：, 项 目 编 号：, a spaced
// title), lines broken at a fixed width mid-name and mid-figure (名称：某某项目管理有限公\n司, 中标金额：1,386,\n450.00元,
// 预算金额：3,57\n8,000.00元, a date broken after its month), tables as whitespace-aligned columns (candidates, lots
// with a wrapped name, 包号 budgets in 万元), full-width digits and colons, a 〇 or O typed for 0 in a date, dashes
// and a 一 typed for a code's hyphens, the signature block cut by a page break, and 附件 lists. Labels follow the
// set: codes as the portal numbers them (hyphens), lots of different winners told by lot 1, a 澄清变更 that also
// moves the deadline a clarification (own-b86). Scored once before any change (two of my own labels then fixed
// to those conventions: a lots result given as the sum, a 澄清变更 as a correction): province, city, district,
// category, buyer and winners 20/20, stage 19/20 (the slip), budget 5/8 and 12/12 none, award 6/8 (one the slip)
// and 12/12 none, agency 16/19, project code 18/20, deadline 10/11 and 9/9 none — an agency's name wrapped on the
// 名称 line under 采购代理机构信息 or cut by a page footer, figures broken at the line end, a 监理服务费限价 column
// not read as the ceiling, a 〇 in a day, dashes in codes. Rules added: a PDF's page marks are dropped from the
// text fields are read from, not only from a result's (bulletin-parser.ts, page-marks.ts); a money figure broken
// at the line end after a comma or inside a thousands group is joined when the halves group by thousands
// (broken-figure.ts); a name wrapped on the 名称 line below a party heading is read whole (wrapped-name.ts); a
// service tender's fee cap (监理服务费限价, 设计费限价) is a ceiling (budget-labels.ts); a 〇 or O among a date's
// Arabic digits is its 0 (stray-zero.ts, read in date-scan.ts); dashes and a 一 between a code's letters and digits
// are hyphens (code-dashes.ts, read in project-code.ts). After: all 20 right on every scored field; no own row
// that was right went wrong; dev and held-out unchanged.
//
// Batch b147 (20 rows, own-b147-*): notices whose place is a province or a city only while the text names
// many places below it — a 省级批量集中采购 of body cameras with a delivery list of eleven cities' police, a
// provincial bureau's stations or instruments delivered to twenty-odd counties, 全省/全区统一 purchases for
// schools and hospitals in lots per city or 州, a 框架协议 入围 in lots per 市（州）, a 省级集中采购 for nine 疾控
// centres (吉林市 among them), a provincial 更正 moving a lot's 交货地点 off 南平市延平区, a city buying for its
// districts or counties in lots (济南, 赣州, 哈尔滨, 重庆), a 联盟带量采购 with a lead province (its province, as
// own-b113) and one run jointly by 京津冀 (no province) — and three contrasts where a provincial body builds or
// buys at one named site (肃南裕固族自治县, 沅江市, 霍山县). Labels follow the set: lots per city are the
// province's (own-b108-prov-framework-lots), the budget the total or the lots' sum, the award the first lot's.
// Scored once before any change: every scored field right on all 20 but city on five province-only rows — three
// provincial 厅 read as sitting in their capital though the notice listed cities or counties across the province
// (武汉, 南宁, 贵阳), the police list read at its first city and the buyer's 西湖区 address, and the 更正 read at
// 南平市延平区. Rule added: area-wide-scope.ts keeps a province's or a city's own body (named from the area's
// top, not a company) at that area where the text lists two or more of its cities (or districts and counties)
// — as items of a 、 list or as the places lots are named by (包1（武汉市）, 第2分标：柳州市) — outside party,
// address and contact lines and firm names, unless region text files it below. After: all 20 right; own-b108-
// prov-framework-lots, own-b108-change-prov-lots and own-b124-wh-chengguan-whole-city put right, no own row that
// was right went wrong; dev and held-out unchanged.
//
// Batch b148 (20 rows, own-b148-*): health-sector buyers and their places, most without region text — a
// county 医共体总院 buying for its township 分院 (长兴县), a 紧密型县域医共体 result under its lead hospital
// (涡阳县), a 医联体 lead hospital's 意向 (达川区), a 城市医疗集团 buying reagents through its lead hospital
// (鹰潭), a 县级市's 医疗集团 (琼海市, city null as own-b28), campuses in another county or district (淄博市中心医院
// 沂源院区, 长春市中医院双阳院区), hospitals named by an old county or city name (郫县中医医院 → 郫都区, 吴江市中医医院
// → 吴江区, 番禺中西医结合医院 → 番禺区) or a short city name (邢台中医院, 宝鸡妇幼保健院), a 州 and a county 疾控中心,
// a 120 急救指挥中心 and a 卫生健康委员会 buying in lots for the hospitals below them (city only, as own-b147),
// a 中心血站, 药品 and 试剂 院内议价, a 医共体 choosing who delivers its 带量采购 drugs, and a 医共体总医院's
// candidates. Labels follow the set: a campus's district (own-b103), a lead hospital as buyer (own-b20), an 意向's
// first item's budget (own-b51-cq-int-1). Scored once before any change: every place, buyer, agency, code, award
// and deadline right; budget 0/2 on the two 意向 — a labelling slip of ours (we summed the items; the set takes
// the first), put right — and winners on the delivery-firm choice, read as "以下企业为集团" (the fallback took
// a sentence ending in 集团 for a firm) instead of the two firms listed one a line under "确定以下企业为…配送企业
// (排名不分先后)：". Rules added: decided-list.ts reads the firms listed one a line (numbered or not) under a
// sentence deciding what 以下/下列 firms became, where that is a supplier's role (配送企业, 中标人, 定点…单位,
// 供应商), tried after decidedAs; org-names.ts yields no supplier name opening with 以下, 下列, 如下, 上述 or
// 前述. After: all 20 right; no own row that was right went wrong; dev and held-out unchanged.
// Batch b149 (20 rows, own-b149-*): education buyers whose name and seat disagree — a 中华矿业大学 in 徐州 whose
// own 招标办公室 runs the 磋商 (agency null, as own-b63), a 东北 university's 秦皇岛分校, a 湖南 railway 职院 whose
// address gives only 石峰区, a 西南 railway university buying for its 峨眉校区 (峨眉山市), a 石油 university's
// intents for its 青岛校区 (黄岛区), a 福州 职院 seated in 福清市, a 天津 职院 in 中新天津生态城 (滨海新区), a
// 克拉玛依校区 of a university named 某大学（北京）, a 葫芦岛校区 in 兴城市 and a 盛乐校区 in 和林格尔县 (the
// campus's bracketed address, as own-b103), county 教体局/教育局 buying for their 乡镇 schools in lots (郸城, 秦安,
// 会泽), a township 学区 (临洮), an 教育集团's 滨江校区, and 民办/国际 schools run by companies (昆山, 双流,
// 三亚海棠区). Labels follow the set: the place is the campus's or the school's, the budget the total or the
// first intent line's, the award the first lot's. Scored once before any change: every field right on all 20
// but three — the 分校 read as its parent 大学, the 学区 (no suffix known) taken from the title with the year
// after it, and a 比选结果公示 that lists two 中选候选人 then "确定中选人：" read as candidates. Rules added:
// org-names.ts ends a body's name at 分校 and at 学区 (also at a title's head, not 学区房/学区划分);
// decided-result.ts reads a labelled "确定中标人/中选人/成交供应商：" line (not 拟确定 or 将确定) as the result
// even where candidates are listed. After: all 20 right; no own row that was right went wrong; dev and held-out
// unchanged.
// Batch b150 (20 rows, own-b150-*): notices in traditional characters — Taiwan's e-procurement 公開招標,
// 公開取得報價單 (民國 dates 126/04/02 and 113/05/20, 截止投標/截止收件), a 河川分署 whose 履約地點 is a 區, 決標 with
// 未得標廠商 listed, a 複數決標 by 品項 and a 限制性招標 with its 單位名稱 apart; Hong Kong's 政府物流服務署 tender
// and 更改截標日期 (採購部門 as buyer), a Housing Authority tender naming its 僱主 and its 批出合約通知 (no field,
// buyer null as own-b83); Macau's 公開招標 (招標實體, 估計金額 in 澳門元), 判給 and a 公開諮詢 (諮詢實體,
// 諮詢編號); and mainland notices reposted in 繁体 (廣州/廈門/成都 buyers written …局（本級）, agents 某（廣州）招標…,
// 溫州 磋商, 武漢 two lots, 青島 招標控制價). Labels follow the set: 台湾省/香港特别行政区/澳门特别行政区 with no city,
// money in 新臺幣/港幣/澳門元 no yuan budget or award, names as written. Scored once before any change: every field
// right on all 20 but three — the 公開諮詢 (stage, buyer, code all missed) and two labelling slips of ours, put
// right: a change's "預算金額不變，為386萬元" (the set leaves a restated budget null, as own-b42-corr-2) and two
// lots won by different suppliers summed (the set takes the first lot's, lots-total.ts). Rules added:
// notice-rules.ts reads a body asking for quotes by a 递交报价单截止 time as an open call; parties.ts reads 咨询实体
// (諮詢實體) as the buyer; project-code.ts reads 咨询编号 (not 造价/工程/技术咨询编号) as the procedure's number.
// After: all 20 right; no own row that was right went wrong; dev and held-out unchanged.
// Batch b151 (20 rows, own-b151-*): projects before procurement, and construction news — a data vendor's 拟建项目
// card with its 审批进展 log (满城区, 备案) and one whose log runs from 项目建议书 to 可研批复 (文昌市), a county
// 立项批复 addressed to the 教育局 with the school as 建设单位 (射阳), a 可研批复 with its cost items (太谷区), a
// wind farm's 核准批复 (泰来县), a two-column 备案 table (龙海区), an 环评 受理 notice and an 拟批准 notice that
// name the 环评机构 beside the 建设单位 (綦江区, 彭山区), an 环评 批复 to the company (九原区), 能评, 水保 and 稳评
// notices (湖口县, 宝塔区, 双阳区), a 施工许可 entry with both 项目总投资 and 合同价格 (沙市区), a 规划许可 批前公示
// with no figure (惠阳区), and press items: a 开工 whose owner 投资建设 in prose (东宝区), a county's 签约 with an
// outside firm (兰陵县), a 封顶 with 建设单位 and 代建 (义乌市), a 竣工验收 whose 项目业主 is a bureau (临桂区), a
// 可研获批 report with its 项目代码 (宾川县) and a 集中开工 of 12 projects (堆龙德庆区). Labels follow the set: the
// 建设单位 or 项目单位 is the buyer (not the 环评机构, 评估单位 or 代建), 总投资 the budget (not 合同价格 or 环保投资),
// no stage for permits, 能评, 水保 and 稳评 (as own-b50, own-b71), news/progress for a 可研获批 report (as
// own-b102). Scored once before any change: every scored field right on all 20. Unscored but wrong: the 稳评
// notice's consultant ("某工程咨询有限公司受某公司委托，对…开展社会稳定风险评估") read as the agency. Rule added:
// entrusted-study.ts takes the firm entrusted with writing a study (评估, 环评, 编制, 节能报告, 水土保持方案, 可研)
// in a sentence with no purchase word as no agency, in parties.ts's 受…委托 readings and "已委托某公司…"; the
// entrusting body stays the buyer. After: all 20 right; no own row that was right went wrong; dev and held-out
// unchanged.
// Batch b153 (20 rows, own-b153-*): a procurement's second and later notices — a 二次招标 with a "-2" code and its
// 原招标编号 (建阳区), a 重新招标 under the old code (麦积区), a 第三次 磋商 (武陵区), single-source after a failed
// tender (爱民区), a 流标后转竞争性谈判 公示 (麒麟区) and a 采购方式变更 table (亭湖区), a 重新采购 after 终止 with new
// and 原 codes (乐山市中区), 暂停 (吉阳区), 恢复 with new times (榆次区), 延期开标 (信都区) and a 原定/变更后 延期
// table (昌吉市), a 废标后重新评审 result (汇川区), 递补 winners in works, goods and a 递补中标候选人公示 (镜湖区,
// 柯桥区, 新会区), a 合同解除 with a new 中标人 (濂溪区), a 第二次流标 (船营区), a 二次 result (七星区), and results by
// 单一来源 and 竞争性谈判 after failed tenders (汉台区, 西陵区). Labels follow the set: the current code (not 原),
// the new deadline, the 递补 winner, method changes with no budget (as own-b51), single-source 公示 as a tender.
// Scored once before any change: 14 of 20 right. Misses: the 转竞争性谈判 公示 read as a termination (with its
// budget), the 合同解除 result as a contract (no award, no winners), the replaced first candidate read beside the
// 递补 winner, the 原定 column's date taken as the deadline, and two codes with a round mark "（第三次）"/"（二次）" —
// labelling slips of ours, put right: code-tail.ts keeps such round marks as part of the number. Rules added:
// notice-rules.ts reads "…流标后转竞争性谈判/磋商/询价公示" as a method change and "重新确定中标人" as a result;
// former-result.ts takes a label after "原排名第一的" as the replaced result's and reads a 原定 | 变更后 table's new
// column; dates.ts reads 原定 as the old column's head. After: all 20 right; no own row that was right went wrong;
// dev and held-out unchanged.
// Batch b152 (20 rows, own-b152-*): notices of the minority-autonomous areas as their own portals publish them,
// bilingual pages with Mongolian (阿巴嘎旗, 鄂托克旗, 鄂温克旗), Uyghur (疏附县, 巴州, 克州), Kazakh (新源县, 木垒哈萨克自治县),
// Tibetan (定日县, 类乌齐县, 若尔盖县, 理塘县, 夏河县; 海西 with Mongolian and Tibetan) or Korean (延吉市, 延边州,
// 长白朝鲜族自治县) headings, paragraphs and label glosses before the Chinese, names with ·, 苏木/嘎查 places, a
// 兵团 regiment beside a county (第一师十团), and Chinese-only pages using 恩施州 and 黔东南州. Labels follow the
// set: a prefecture's short form as written in the buyer (巴州人民医院, 克州教育局, 延边州中医医院) and its full name
// in the region; a 州 hospital with an address in its seat gets the seat (as own-b93); a change carries no budget.
// Scored once before any change: 12 of 20 right on every scored field. Misses: buyer 5 (a label glossed in
// brackets, 采购人（ᠬᠤᠳᠠᠯᠳᠤᠨ ᠠᠪᠤᠭᠴᠢ）：, read nothing, and its agency and 项目编号 kept the gloss or nothing; a value
// written "Uyghur／Chinese" or "Korean（Chinese）" came back whole; "甘孜·理塘县乡村振兴局" kept the prefix; 第一师十团
// was no body), city and district of the regiment (the county it borders), and two slips of ours, fixed: the
// change's adjusted 控制价 labelled as budget, and 巴州人民医院 (address 库尔勒市) labelled no district. Unscored:
// a 发布时间 after 信息来源 on one line not read. Rules added: other-script.ts drops Mongolian, Arabic-script,
// Tibetan and Hangul glosses from labels and values that also read in Chinese (bracketed glosses, either side
// of a slash, the Chinese in brackets after the gloss); prefecture-dot-prefix.ts drops an autonomous
// prefecture's short name put before a county with a middle dot (personal names keep theirs); org-names.ts
// reads a one-numeral regiment after its division (第一师十团) as a body. After: 19 of 20 right; the regiment's
// site line naming the bordering 阿瓦提县 still outranks its division city (left open); no own row that was
// right went wrong; dev and held-out unchanged.
//
// Batch b154 (who is the agency): a 政府采购中心 or 公共资源交易中心 that is the 集中采购机构 (labelled so, or
// "某中心受某局委托") is the agency, one that only hosts the opening or the trade (开标地点, 交易平台) is not; an
// agency named only in "某公司受某局委托" or only in the signature; 2.采购代理机构信息 with a firm named for
// another province or city (the place stays the buyer's); a buyer running its own purchase (自行招标,
// 自行采购, a village collective, a state water firm, a hospital's and a university's own office: no agency);
// a 招标代理 beside a 造价咨询 firm (the first is the agency), and 监督部门 and 交易平台 listed beside them
// (never agencies). Scored once before any change: 18 of 20 right on every scored field; agency was right on
// all 20. Misses: buyer of the village collective that names itself only in "某社对某工程进行自行招标", and a
// slip of ours, fixed: a 更正 whose only change is the postponed deadline labelled correction with no
// deadline (the set labels such a notice extension with the new deadline, as own-b22-change-1). Rule added:
// self-tenderer.ts reads the body said in prose to tender or buy by itself ("某社对…进行自行招标", "由某公司
// 自行组织招标") as the buyer, after the other prose readings, never a self-reference (我院采购办) and with a
// school's own 采购与招标管理中心 cut to the school. After: 20 of 20 right; no own row that was right went
// wrong; dev and held-out unchanged.
// Batch b155 (20 rows, own-b155-*): region text as crawlers store it, right or misleading: a platform's own
// location (湖北省公共资源交易中心, 云南省公共资源交易中心 and 遵义市公共资源交易中心 for county and district notices),
// 市本级 and 省本级 for a district or a county-level city's hospital, 市辖区, breadcrumbs (首页 > 交易信息 > … > 宁乡市,
// … > 省级), division codes (450102, 130100 for a county of it, 区划：341802), another district or another
// city's district than the body's (西湖区 for 余杭区, 广州 黄埔区 for 佛山 顺德区), English and pinyin (Guangdong /
// Shenzhen, Sichuan / Chengdu / Wuhou District, Anhui / Suzhou), and 新区/开发区 (兰州新区, 合肥 经济技术开发区,
// 湘江新区 over a 岳麓区 street). Labels follow the set: the body's own place outranks a misleading text; a 新区 or
// 开发区 that is no district gets none (as own-b49, own-b51); 省级 alone is the capital (as own-b120); where the
// text is right and the body names only a town or street (花明楼镇, 簇桥街道, 民生街道, 阿勒腾席热镇) the text's
// district is labelled. Scored once before any change: 19 of 20 right on every scored field; the miss: the bare
// code 450102 with a buyer 民生街道办事处 got no region at all (province, city, district). Rules added:
// division-code-text.ts reads a region text that is a GB/T 2260 code alone or behind a label (区划：, ggzy 区划)
// as the division's names, but not a code beside a site's own area name (开发区 (region_code 360703) is the
// site's numbering); pinyin-places.ts reads a spelling two cities share (Suzhou, Fuzhou, Taizhou) once the
// text names the province of one of them. After: 20 of 20 right with region text (民生街道 without it stays
// unplaced: the body does not say); no own row that was right went wrong; dev province 314/315 → 315/315 (a
// "ggzy 区划 110000" row), city (none labelled) 15/19 → 14/18 (that row now gets 北京市 as its city), district
// (none labelled) 80/108 → 81/109; held-out unchanged.
//
// Batch b157 (20 rows, own-b157-*): notices reposted on county and city governments' 政府信息公开 pages, as
// crawlers store them: the page's facts first (索引号, 发布机构, 主题分类, 成文日期 and 发布日期 or 发文日期 or
// Anhui's 生成日期, 文号, 有效性), then the notice (招标公告, 竞争性磋商, 中标/成交 results of goods and works,
// 采购意向, 立项 and 可研 批复, 更正 and a 变更 that only moves the deadline), with 字号：大 中 小, 打印本页,
// 浏览次数 and 相关链接 (other notices with their own dates) around it. The 发布机构 is often not the buyer (a
// 财政局, the 县人民政府办公室, a 住建局, the 公共资源交易中心 reposting a school's purchase); a 文号 (蓬发改投资
// 〔2031〕12号, 永财采〔2031〕211号, 阜审批投资〔2031〕21号) is never the project code; the place may stand only in
// the 发布机构 or the buyer while the body names towns (依汶镇, 西三镇, 花马池镇, 虬津镇). Labels: published is the
// page's 发布日期/发文日期/生成日期, not an approval's 成文日期 nor the signature under the notice; the buyer of a
// 批复 is its 建设单位, of an intent with no 采购单位 line the bureau that publishes it. Scored once before any
// change: 16 of 20 right on every scored field (region, category, buyer, budget, award, winners, code and
// deadline all right; stage 19/20, agency 12/13, published 18/20). Misses: a 变更 giving the new deadline as a
// field of its own (原投标截止时间：A / 变更后投标截止时间：B) read as a correction; the agency under a joint heading
// "二、采购人、采购代理机构信息" taken from the heading (its next line, the buyer's, so dropped as the buyer); 生成日期
// not read; a 发文日期 whose date ran into the list number on the next line ("2031-06-02\n1.招标条件" joined as
// one date), so the signature a day earlier won. Rules added: times-only-change.ts reads a line labelled as a
// time's new value (变更后/延期后…截止时间：A) as a moved time; party-heading.ts skips a party label that heads its
// section when the line below is another field (only a 名称/全称/单位 line names the heading's party); dates.ts
// reads 生成日期 as a field of its own as the day of publication; date-scan.ts joins no digits across a line
// that opens with a list number (1. 2、 3）). After: 20 of 20 right; own-b152-enshi-lichuan-xczx-tender's
// published came right too; no own row that was right went wrong; dev and held-out unchanged.
//
// Batch b156 (private enterprises' and developers' own 招采 platforms, 20 rows, own-b156-*): 招标公告, 邀请招标,
// 入围 and 战略集采（框架） calls, 中标/定标/入围 results and 澄清/延期 notices from a developer group's 招采平台 (明源云
// style), a city company's 集采 and a listed manufacturer's SRM portal. The buyer is a project or city company
// (某置业有限公司, 某房地产开发有限公司, a plant's subsidiary under 采购组织) while the group names the page; the place
// is in the project's name (杭州临平·翡翠府, 福州闽侯·江悦府) or a 项目地点 line, and the region text is often the
// group's seat (上海市, 北京市 朝阳区, 青岛市, 慈溪市); 报名截止 stands before the 投标/响应文件递交 or 回标截止;
// budgets are a 招标控制价, a 目标成本 or a 预估采购规模, or none; results give 定标金额 or only unit prices and
// rates. Labels: a city company's 集采 over several districts is the city; a 入围公告 calling for applications is
// a prequalification; a 补遗 that also moves the 回标 time, and a 变更 of times only, are extensions. Scored once
// before any change: 5 of 20 right on every scored field (province 16/20, city 11/20, district 11/17 with region
// text, all right without; category 19/20, stage 17/20, budget 3/5, award 4/5, winners 7/8, buyer 16/20, code
// 16/17, deadline 8/11). Misses: the group's seat kept as region text over a project company's city; 天津市武清区
// in a site line not read against another city's text; 回标截止时间 not a deadline; 采购组织 not a buyer label and
// the group's unit in brackets after the buyer (（某地产苏州城市公司）, （某地产西北区域）); 目标成本 not a budget and
// read as the award beside 定标金额; a rate field (中标下浮率：18.5%（以集团基准价为准）) read as a winner; a 入围公告
// calling for applications read as a result; 回标时间调整 and "变更内容：时间调整" over a table of times not read as
// extensions; 寻源单号 not a code. Rules added: crawler-region-text.ts drops the region text for a developer's project
// company (置业/房地产开发 有限公司, not a 集团) as for a public buyer, treats a municipality as a city, and looks
// past other firms' names for the filed city; area-wide-scope.ts keeps a developer city company's lots per district
// at the city; remote-site.ts reads a district written with its municipality; parties.ts reads 采购组织 as a buyer
// field and group-unit-note.ts cuts the group's unit bracketed after the name; dates.ts reads 回标截止; budget-labels.ts
// reads 目标成本 with its figure as an estimate; award-amount.ts reads 定标金额; org-names.ts reads no name with a
// field's colon before a figure; shortlist-call.ts reads a 入围公告 with applications due and no result as a
// prequalification call; notice-rules.ts and times-only-change.ts read 回标时间调整 and 时间调整 as moves of time;
// project-code.ts reads 寻源单号. After: 20 of 20 right; no own row that was right went wrong; dev and held-out
// unchanged.
//
// Batch b158 (PPP, 特许经营 and EPC+O / 投建营一体化 selection of a 社会资本方 or 特许经营者): 资格预审公告 and its
// result, 招标/磋商公告, 中选/成交 and 中标候选人 公示 (consortia of a 牵头人 and members), a 确认谈判 result, a
// 合同公示, 更正/变更 and 终止, in the styles of a city's 公共资源交易 site, a province's procurement site and a
// PPP project library mirror; the buyer is the county-level 项目实施机构 beside a 政府方出资代表 and the 本级政府,
// the site often in one of its towns, and the money is 总投资, 建设投资, 资本金, 可用性/运维绩效付费 and rates.
// Labelled as the brief asked: 总投资 is no budget unless stated as 采购预算 or 最高限价. Scored once before any
// change: 11 of 20 right on every scored field (budget 13/20, award 19/20, stage 19/20, project code 19/20,
// deadline 19/20, all other fields 20/20). Misses: 总投资 read as the budget (6 rows) and a 185元/吨 cap read as one;
// a 资本金 within the 总投资 read as the award; "变更事项：…截止时间\n变更内容：原定于A，现变更为B" given no
// deadline; and two of our labels, corrected after the scoring: a 确认谈判 公示 of a 拟中选 party is candidates
// (as 拟中标 is everywhere in this set), and a code wrapped whole in brackets is read without them. Rules added:
// per-unit-figure.ts keeps a cap per tonne or piece (not per period) from being a budget; stated-no-budget.ts
// stops budget.ts falling back to 总投资 when a notice says it sets no budget; award-amount.ts reads no 资本金 as
// the award; change-item-line.ts lets dates.ts take the item line above a 变更内容 line as naming the deadline.
// After: 14 of 20 right; the six left are 总投资 read as the budget, which earlier rows of this set (b110) label
// as the budget in the same wording, so no general rule can part them. No own row that was right went wrong; dev
// unchanged, held-out budget (none stated) one better.
//
// Batch b159 (new-energy project companies' tenders and results, 20 rows, own-b159-*): EPC 总承包, 组件/逆变器/
// 风机/电解槽/储能电池舱 procurement, 升压站/送出线路/桩基 works, 监理, 中标候选人公示, 中标结果/定标, a 变更 of the
// bid deadline and a 招标失败 notice, in the styles of a central SOE group's 电子采购平台, a provincial energy
// investment group's 招标平台, a private developer's 供应商门户 and county 公共资源交易中心 pages for 整县屋顶分布式光伏.
// The buyer is a project company (某某（城市）新能源有限公司, 某某风力发电有限公司) and the region text, when there is
// one, is the group's or the company's seat (the provincial capital, or another city); the site is a county or
// district in the project's name (瓜州县200MW光伏治沙项目, 渌口区100MW/200MWh独立储能电站) or a 建设地点 line;
// capacities (MW, MWh, MWp, kV) and unit prices (元/W, 元/Wh, 元/kW) stand beside the money; lots carry their own
// 招标控制价 or first candidates. Labels: region = the plant's site; a several-lot award is lot 1's first candidate;
// a 招标失败 notice is other/termination. Scored once before any change: 10 of 20 right on every scored field
// (province 20/20, city 11/20 and district 11/20 with region text, 20/20 without; category 20/20, stage 20/20,
// budget 5/6, award 9/10, winners 10/10, buyer 20/20, agency 16/16, code 19/20, deadline 9/9). Misses: a seat's
// region text kept over the plant's county in the title (9 rows); "标段一：220kV升压站…" read as a lot budget of 220
// yuan; a first candidate named 某集团第二工程有限公司 taken for the end of its block, so lot 2's bid was read;
// 定标单号 not a code. Rules added: plant-site.ts tells a plant's title by capacity or kind (MW, MWh, 光伏, 风电,
// 储能, 渔光互补, 制氢, 充电站 …) and crawler-region-text.ts drops the region text when such a title names a county or
// district of another city and the filed city is named nowhere outside firms' names; count-figure.ts reads kV, 千伏,
// Wp and Ah after a figure as no money and lot-budget.ts ends a lot list at a lot whose first figure is one;
// award-amount.ts ends a first candidate's stretch at the next candidate's rank, not at any 第二; project-code.ts
// reads 定标单号. After: 20 of 20 right; no own row that was right went wrong; dev and held-out unchanged.
//
// Batch b160 (notices of projects financed by World Bank, ADB or AIIB loans or by foreign-government loans, 20 rows,
// own-b160-*): 国际/国内竞争性招标 and 询价采购 notices, 合同授予/中标结果/询价成交 notices, a 更正, a 澄清 and a 延期, a
// 资格预审, a General Procurement Notice (总体采购公告) and a 项目办's 年度采购计划, as published by a provincial or
// city 项目办 or a 国际招标 agent in the provincial capital. Headings and sentences are bilingual (Invitation for
// Bids, Contract Award, 贷款号 Loan No., 招标编号 IFB No. beside 合同包号 Contract No.); the buyer is a county bureau,
// hospital or 城投 as 项目实施单位/执行机构, or the 项目办 itself; the site is a county in thirteen provinces and three
// autonomous regions; deadlines are written in 北京时间 and in English; money is in 人民币, 美元 or 欧元. Labels: the
// code is the 招标编号 (or 询价编号) where one is given beside the contract number; an amount stated only in USD or
// EUR is no yuan figure (null); a 资格预审 is tender/prequalification and a General Procurement Notice or 采购计划 is
// intent/tender_plan, as earlier rows label them. Scored once before any change: 17 of 20 right on every scored
// field (category 19/20, stage 19/20, buyer 18/20, all other fields 20/20). Misses: a 总体采购公告 read as a tender
// by its 采购公告; "某局（Executing Agency 执行机构）现邀请…" read as a 执行机构 field whose value was the rest of the
// sentence; "某办公室（招标人，以下简称“项目办”）邀请…" given no buyer. Rules added: notice-rules.ts reads 总体采购公告
// and General Procurement Notice as a plan; role-note.ts takes a bracketed role with its English gloss first, with
// the short name to come after it, and 执行机构/实施单位 as buyer roles, and isRoleNote tells such a bracket from a
// field label. After: 20 of 20 right; no own row that was right went wrong; dev and held-out unchanged.
//
// Batch b161 (telecom and tower companies' procurement portals, 20 rows, own-b161-*): 招标公告, 比选公告, 中标候选人
// 公示, 中选结果公示, 单一来源采购信息公告 and 结果公告, a 变更 of the 投标截止时间（开标时间）, a 终止公告 and a 澄清公告,
// in the styles of 中国移动采购与招标网, 中国电信阳光采购网, 中国联通采购与招标网 and 中国铁塔电子采购平台. The buyer is a
// provincial company or a city, prefecture or county-level branch (某省有限公司某市分公司, 股份有限公司某分公司 without its
// province, 黔东南州分公司, 昆山分公司) and the region is the branch's, never the group's Beijing seat; codes are CMCC-…,
// CT…, TT-… or 16-digit 采购编号; lots carry 最高投标限价（不含税） beside the 含税 figure or a 合计; several 中选人 share
// the work by 中选份额 with no total; the agency is 中捷通信 or the province's own 采购中心. Labels: a 单一来源采购信息公告
// is tender/invitation with its 拟采购金额 as budget and no winner, its 结果公告 award/result; a several-lot candidates
// notice is lot 1's first candidate; 终止 is other/termination. Scored once before any change: 18 of 20 right on every
// scored field (province 20/20, city 18/18, district 1/1, category 20/20, stage 20/20, budget 9/9, award 5/5 and
// none-stated 14/15, winners 8/8, buyer 20/20, agency 8/9, code 20/20, deadline 10/10). Misses: the two-lot
// candidates row was labelled with no amount, against the set's lot-1 convention (relabelled to lot 1's first bid,
// which the parser read); "组织单位：某公司某省分公司采购中心" beside the 招标人 not read as the agency. Rule added:
// organising-centre.ts reads a 组织单位 (采购/招标组织单位) that is a 采购中心 or 招标中心 as the agency where a 招标人,
// 采购人 or 比选人 field names the buyer. After: 20 of 20 right; no own row that was right went wrong; dev and
// held-out unchanged.
//
// Batch b162 (20 rows, own-b162-*): posts of local 公众号 (某某发布, 住建, 发改, 投促, 招商 accounts) and industry
// media crawled as text, wrapper and all: the stamp "某某发布 2026-11-20 08:30 发表于浙江" (or the province alone
// after the time, the account's name on the line above), 点击蓝字关注, emoji and ▲▼● markers, picture captions
// (▲项目效果图, 图为开工现场), 来源/编辑/审核/责任编辑 lines, 阅读原文 and 分享 点赞 在看, IP属地, and a block for another
// account (推荐关注 | 某某基建圈, 【推荐关注】, 长按关注「某某」 under a ——推荐—— rule, 本号往期推送) naming its own project,
// place, winner or money. 9 news reports (集中开工/签约/竣工投产 of several projects, one project's 开工, 进展 or 竣工验收; an
// industry account 发表于北京 or 陕西 on a project in 贵州 or 甘肃), 5 proposed (环评拟批准公示, 立项, 可研 and 核准 批复 and a
// 备案 card posted by the office's own account), 4 tenders and 2 results reposted verbatim. Labels: a several-project
// article's budget is its stated 总投资 or 签约总额, as the set's earlier 集中开工 rows; the site is the county or district
// holding the event, not the poster's place; an account's own post is dated by its stamp, a reposted tender or result
// (来源：某交易中心) only by a date the notice states. Scored once before any change: 4 of 20 right on every scored field
// (province, city, district 20/20, category 20/20, stage 20/20, budget 17/18, award 2/2, winners 1/2, buyer 14/14,
// agency 6/6, code 10/10, deadline 4/4, names as written 20/21, published 2/15). Misses: the stamp not read as a date
// (10 left none, three 批复 took the signed date); a promoted account's 中标价 made a 招标控制价 go unread and added its
// winner; a buyer's full-width brackets not given back after an emoji (📢), which counts two units of the text where the
// name was looked for by one. Rules added: post-stamp.ts reads a 公众号 stamp in the first lines as a byline date
// (dates.ts; a 发布日期 the notice states still comes first); page-clutter.ts opens the page's foot at such a block for
// another account or the account's earlier posts; as-written.ts maps each UTF-16 unit of the folded text back to its
// source character. The last fix also gave own-b68-xj-1's buyer back as written, 织篢, where the label had the display
// form 织𬕂: relabelled (the label was wrong; matching was right both ways). After: 20 of 20 right; no own row that
// was right went wrong; dev and held-out unchanged.
//
// Batch b163 (villages' and townships' small works and purchases, 20 rows, own-b163-*): 发包公告, 比选公告, 竞争性谈判
// and 询价公告, 成交公示, 中标（成交）结果公示 and 发包结果公示, a 延期 and a 更正, a 村民代表大会决议公示 naming the builder,
// a 流标公告 and a 施工合同公示, as township governments' sites, county 农村产权交易中心 and 村务公开 boards print them.
// The buyer is a 村股份经济合作社, 村民委员会, 镇人民政府 or 街道办事处, mostly named with its town only; the place comes from
// the town, alone or (where towns of that name lie in several provinces: 长坝镇, 和顺镇, 段村镇, 营盘镇, 江湾镇, 甘溪镇)
// with the phone's area code, the 交易中心's county or an address; amounts are 控制价/最高限价/预算 in 万元 or 元; 报名 is by
// phone or on site, cut-offs are worded 下午3时, 下午4时30分, 下午3:00; winners are small labour firms, a 施工队 or a
// person; codes are 浏农交（2038）第027号 or none. Labels: a 决议公示 naming the builder and its price is award/result, as
// earlier village boards are; 流标 is other/termination, the contract公示 other/contract; where 报名 is the only cut-off
// given, its close is the deadline. Scored once before any change: 13 of 20 right on every scored field (province,
// city and district 20/20, category 20/20, stage 19/20, budget 8/8, award 8/8, winners 6/8, buyer 19/20, agency 2/2,
// code 8/8, deadline 6/10, published 9/9). Misses: four village 发包/比选 calls whose only cut-off is the close of
// 报名 (报名截止：…, 报名时间及方式：自公告之日起至…止, 请于…前…报名) read with no deadline; two persons named as 成交人
// (one bare, one noted 个人施工队) not read as winners; the 决议公示 given no stage, and no buyer from its signature
// with a 监督电话 line below it. Rules added: signup-cutoff.ts takes a village body or collective's works (村民委员会,
// 股份经济合作社, 村级工程) as registration-only, reads 报名时间及方式 as a registration label and "于…前…报名" as its
// close; bare-person-winner.ts reads a bare two- or three-character name after a label for a person (成交人, 中标人,
// 承包人); org-names.ts takes 个人施工队/个体施工队 as a person's note; notice-rules.ts reads "某公司报价最低，确定为施工
// 单位" as a result; parties.ts reads a signature past 监督电话/联系人 lines. After: 20 of 20 right; no own row that was
// right went wrong; dev and held-out unchanged.
//
// Batch b165 (notices published before a tender opens, 20 rows, own-b165-*): 采购需求公示 and 采购需求征求意见公告 (one
// titled without 公告), 招标文件（征求意见稿）公示 and 招标文件征求意见公告, a hospital's 技术参数征集, 市场调研 and a 询价调研（非
// 采购）, an 意向供应商征集, two 采购进口产品（专家）论证意见公示, a 招标计划 table and a single 发包计划, a 资格预审文件公示, from
// provinces' 政府采购网, county and district 公共资源交易中心 pages, hospitals and colleges; plus four ordinary tenders
// (公开招标, 竞争性磋商, 施工招标, 询价) whose text mentions the earlier 需求公示, 征求意见 or 市场调研. They state 征求意见期限,
// 意见反馈截止时间 or a 参数/报价 submission close (none of them a deadline), 预算金额, 拟采购预算, 最高投标限价 or 估算价,
// 预计采购时间 by month, a 联系人 for remarks, mostly a buyer and no agency. Labels follow the earlier rows: all sixteen
// are intent, pre_announcement (tender_plan for the 招标计划/发包计划), with no deadline; a plan table's budget is its
// first row's, as in own-b56 and own-b137. Scored once before any change: 14 of 20 right on every scored field
// (province and city 20/20, district 19/20, category 16/20, stage 16/20, budget 16/17, buyer 20/20, agency 3/3, code
// 4/5, deadline 4/4 with 15/16 none stated, published 4/4). Misses: the 意向供应商征集 read as a tender (its 供应商征集
// title) with its "于…前将…发送" as a deadline, though its body says 本次征集不是采购公告; the two 进口产品论证 公示 read as a
// tender and as other; the 资格预审文件公示 read as a prequalification call; 估算合同价 not read as a budget; a 调研编号
// not read as the code; and 龙泉市 for a college named 龙泉青瓷职业学院 whose only full place name is in its 递交地址 (read
// as a venue). Rules added: price-research.ts takes "不是采购公告/不是招标公告" as the no-procurement disclaimer;
// notice-rules.ts reads a title's 进口产品/进口设备（专家）论证 (not a 单一来源 公示) and 资格预审文件公示 as pre-announcements;
// budget-labels.ts reads 估算合同价 as 合同估算价; project-code.ts reads 调研编号. After: 19 of 20 right (the 龙泉市
// district still missed: a place's short name inside an institution's name is not read, and a submission address
// stays a venue); no own row that was right went wrong; dev and held-out unchanged.
//
// Batch b164 (20 rows, own-b164-*): notices on 公共资源交易 platforms, 产权交易所 and a court's auction site that are not
// procurement, beside procurement from the same platforms whose titles hold the same words, so a member following tenders
// is not sent land sales: a 国有建设用地使用权网上挂牌出让公告 (地块编号, 起始价, 竞买申请截止时间, 挂牌期) and a 拍卖出让成交公示
// (宗地号, 竞得人, 成交价), a 采矿权 挂牌出让 and a 探矿权 出让结果, a 股权转让公告 (转让方, 挂牌价, 意向受让方) and a 设备转让项目
// 成交公告 (受让方), an 排污权竞价出让, a 林木所有权及林地经营权挂牌转让, a 司法拍卖 of seized machinery, a 废旧物资竞价处置 and a
// 报废车辆拍卖成交 (买受人); two lettings (门面招租公告 and 招租结果公示) and a 土地经营权流转 call; and 6 procurements — a 出让地块
// 配套道路 施工招标, a 待招租门面房 维修 询价, a 拟出让地块 土壤调查 中标结果, a 储备出让地块 场地平整 中标候选人, a 土地出让地价评估
// 比选 and a 招租商铺 物业服务 成交. Labels follow the set's earlier sales and lettings: a sale of land, mineral, emission or
// forest rights, shares or assets, open or closed, is other with no stage, budget, award, winner, buyer or deadline (a
// 起始价 or 挂牌价 is no budget, a 竞得人 or 受让方 wins no procurement); a letting (招租, 经营权流转) is a tender with its lessor
// as buyer and its 报名 close as deadline, and its result an award naming the 承租人 with no award amount (rent taken in,
// as own-b123-person-1 has it); codes labelled 项目编号/交易编号 are the project code, a 地块编号 or 宗地号 is not. Scored once
// before any change: province, city and district 20/20 (the same without region text), category 13/20, stage 18/20,
// budget 3/3 and 17/17 none, award 3/3 and 15/17 none, winners 4/4 and 14/15 none named, buyer 8/9, agency 5/5, code
// 14/14, deadline 5/5 and 12/15 none, published 5/5. Misses: the open land, mineral and emission sales, the 股权转让, the
// 林权 转让 and the court's "关于拍卖…的公告" read as tenders (the 竞买申请截止 of three taken for bid deadlines), the 采矿权
// sale as a change, the 设备转让 成交 as an award with its 受让方 the winner and its 成交价 the award; the 招租结果's 年租金
// 起始价 read as its award; the 流转方 no buyer label. Rules added: rights-sale.ts reads a sale as the notice's own kind —
// rights (使用权, 所有权, 采矿权, 探矿权, 排污权, 林权, 产权, 股权), assets, land or a parcel, then 出让/转让/拍卖/变卖 right before
// 公告/公示 (or 成交/结果 then 公告), a court's 拍卖, "关于拍卖…的公告" — as other, and such a sale names no buyer
// (bulletin-parser); a sale's or letting's 起始价, 起拍价, 挂牌价 and 保留价 are no award (award-amount.ts); a letting's rent
// is taken in, so a lease result names its lessee but no award (rent-taken-in.ts); 流转方/流出方 label the buyer (parties.ts).
// After: all 20 right on every scored field (the eleven sales have no stage, as the set's earlier sales); the rest of the
// own set unchanged. Left: a 地块编号 or 宗地号 is still read as the project code (unscored, labelled none), and the 废旧物资
// 处置's buyer is still its 委托方 (unscored). Dev and held-out unchanged.
//
// Batch b166 (20 rows, own-b166-*): the stages the set had fewest rows of, each in the wording of another kind of
// source: 开标一览表 on a province 政府采购网 (预算金额 in 万元), a city 公共资源交易中心 开标记录 (招标控制价) and a state
// firm's platform (标包 最高限价 in 万元, 报价 in 万元); 履约验收结果公告 on a province 政府采购网, a college 采购与招标管理中心's
// 履约验收公示 (使用单位 a department, 校区地址 the campus) and a hospital 设备科's 验收结果公示; 最高投标限价公示 (with its
// 大写 and 暂列金额), a 住建局 招标控制价公示 table in 万元 and a state firm's 最高限价公示; a 政府采购合同公告 and a county
// 施工合同公示 (发包人, 承包人, 合同价款); a 拟采用单一来源采购方式公示 and a 变更采购方式公告 after a failed tender; a 资金申请报告
// 的批复, a 备案（赋码）信息表; an 环评 受理公示 and 批复公告; two signings (a county's, a state group's with a district) and a
// 竣工验收 news item. Labels follow the earlier rows of each stage: a bid opening and a price cap carry the cap as budget
// and no winner; acceptance and contract notices carry no budget, award or winner; a method change no budget; approvals,
// filings, 环评 and news the 总投资 as budget. Scored once before any change: province and city 20/20, district 19/20 (the
// same without region text), category 19/20, stage 18/20, budget 13/13 and 6/7 none, award 20/20 none, winners 20/20 none
// named, buyer 17/18, agency 5/5, code 15/15, deadline 20/20 none, published 7/7. Misses: two were wrong labels, relabelled
// — the 拟采用单一来源采购方式公示 (原采购方式 公开招标, 拟定供应商) is a tender with its budget, as own-b153-hlj-fail-to-sole
// has a 单一来源采购公示 after a failed tender, and the 资金申请报告的批复 is a project_approval (the set's stage for the
// other government approvals, 立项 and 初步设计), not a 核准; the college's 使用单位 (机电工程学院) read as its buyer, and its
// 伊川县 campus lost inside the winner's section. Rules added: a 使用单位 or 需求单位 that is a bare department (学院, 系, 科,
// 处, 部, 中心 with no place) of the 大学, 学院, 学校 or 医院 the title opens with names that institution as the buyer
// (department-institution.ts); 校区地址 and 院区地址 end a winner's section as 学校地址 does (body-sections.ts). After: all
// 20 right on every scored field; no other own row changed; dev and held-out unchanged.
//
// Batch b167: 20 notices as small county and township portals publish them, the text OCR read off a scanned, stamped
// PDF (扫描件) — 9 tenders (公开招标, 竞争性磋商, 询价, 竞争性谈判, a 施工 and a 监理 招标), 7 results (5 中标/成交, a 表格 成交
// and a 中标候选人 公示), a 延期 and an 更正, and 2 采购意向, from counties and county-level cities of 20 provinces. The
// damage falls on labels, figures, dates and the text around the names, never on the names: 釆购 for 采购, 己/巳 for 已,
// O and l for 0 and 1 in numbers and dates (2O39年1l月2O日9:3O, l0时), ￥ read as Y or doubled (¥¥86,2OO元), figures set one
// character apart (1 2 8 . 5 0 万元, 2 ,3 1 8 ,6 5 4 .0 0元, 1 0 : 0 0), labels spaced out or broken over two lines (招标代 /
// 理机构), page marks (第 2 页 共 3 页) in the body, a stamp's ring text (某县人民医院 采购专用章) among the signature lines, tables
// flattened into runs of spaces. Scored once before any change: province, city and district 20/20, category 20/20, stage
// 19/20, budget 1/11 and 9/9 none, award 2/7, winners 7/7, buyer 16/20, agency 17/17, code 18/18, deadline 4/11, published
// 3/3. Misses: every budget and award with a letter O or l, a Y or spaces in its figure (one read as 862 from ¥¥86,2OO,
// one as 10000 from 1 6 5 . O O 万元); the deadlines with O or l in their dates (two read 09:03 and 14:03 from 9：3O and
// 2：3O); the buyers labelled 釆购人/釆购单位; the 采购意向 titled 釆购意向 found no stage. Rule added: scan-ocr.ts reads a
// scan's damage back before the text's spacing is tidied (bulletin-parser) — 釆 as 采; O, o, 〇 and l as 0 and 1 in a run
// of digits standing apart from Latin letters that is plainly a number (two digits, or a 年月日时分元万 after it, or a colon
// or point in it: a code's ABO-2038 or a firm's O2O stays); three or more single digits parted by single spaces (a
// separator beside them allowed) closed up, while cells parted by runs of spaces stay apart; a Y before a money figure on
// a line of 金额/价/预算 as ￥, and ¥¥ as one. After: all 20 right on every scored field; the rest of the own set unchanged.
// Dev and held-out unchanged.
//
// Convention for a project's investment (issue #12; settles b110 against b158): a budget is 预算, 最高限价,
// 控制价, 估算 of what is bought, and 总投资 only for a proposed project (拟建) or a press report. In a tender,
// award, change, intent or other procurement notice (a contract, a termination) a project's 总投资, 项目总投资 or
// 估算总投资 is what the project costs, not the procurement: a notice whose only figure is that states no budget,
// while a 采购预算, 最高限价 or fee cap beside it still is one (b158 as labelled). Relabelled to no budget, their
// 总投资 having been labelled the budget: own-b110-sc-prequal, own-b110-js-tender, own-b110-pppplat-contract,
// own-b110-hb-tjy-tender, own-b110-jx-ppp-cs and own-b110-gz-ppp-stop (no other row of the set labels a bare
// 总投资 or 估算总投资 of a procurement notice as its budget; own-b110-hn-pianqu-tender keeps its 本次招标范围内投资,
// this tender's own share). Rule added: project-investment.ts — a notice that selects an investor (社会资本,
// PPP, 特许经营, 投资人, 投建营) and is not proposed or news reads no budget from 总投资-type labels (tiers 3-4 of
// budget-labels.ts and 估算总投资 in the estimates tier). Applied to every procurement notice the rule cost one dev
// row (a design tender whose 工程总投资 dev labels as the budget) and three held-out budget (stated) rows, so it is
// kept to investor selections. After: own budget (stated) 1374/1375 and (none stated) 2001/2001 (the six b158
// and six b110 rows right), nothing else in the set changed; dev and held-out unchanged.
//
// Batch b168: 20 notices of aid projects (对口支援, 援疆/援藏/援青, 东西部协作, 对口帮扶) published by or for a province or
// city far from the site: a 前方指挥部, 援藏工作队 or 对口帮扶工作组 of 上海, 江苏, 浙江, 广东/广州/深圳, 北京, 天津,
// 山东, 福建, 湖北 tendering schools, clinics, cold stores and roads in counties of 喀什, 伊犁, 阿克苏, 和田, 克州, 拉萨,
// 山南, 玉树, 海西, 凉山, 黔南, 毕节, 固原 and 红河, the agency and 开标 in the supporting city with its area code, the site
// written as 援建地, 受援地 or 项目地点; the region is the aided county, the buyer the body the notice names as 招标人 or
// 采购人 (指挥部, 工作组 or the local unit). 10 tenders, 6 results, 2 changes, 2 news. Before: province, city and district
// 16/20 each (the supporting province or city, from the buyer's name, where the site stood only on a 援建地/受援地 line or a
// bare 项目地点 county); buyer 16/20 (a 工作组 read as nothing or cut at its 工作队, a 工作队 that 组织建设 in a news item);
// stage 19/20 and published 9/11, both misses of labelling; every other field right. Relabelled: own-b168-18 (a 更正公告
// that only moves the deadline) extension, as the set labels those; own-b168-19/20 publish_date null, no date being
// written. Rules added: site-district.ts reads 援建地(点) and 受援地/受援县 as site lines; remote-site.ts counts, in an aid
// project, a bare county (县, 旗; not a 区) of a site line as written with its city; region.ts lets an aid body's name
// (对口支援, 援疆, 东西部协作 …) place nothing; org-names.ts ends a name at 工作组; parties.ts reads 组织建设 as an owner's
// verb. After: all 20 right on every scored field; the rest of the own set unchanged. Dev and held-out unchanged.
//
// Batch b169 (own-b169-1 … own-b169-20): notices of vertically managed and central units in the provinces, as
// 中央政府采购网, the 中央 channel of 中国政府采购网 or the units' own sites print them — 国家税务总局 district and
// county bureaus, 国家统计局 调查队, 市气象局, 国家金融监督管理总局 监管分局, 中国人民银行 市分行, customs named after
// their city and a 海关驻某办事处, railway 车务段/工务段, a county 供电公司 and 邮政 county branch, a 烟草 市公司,
// 消防救援 and 武警 支队; 9 tenders, 7 results, 2 changes, 2 intents, the agency often 中央国家机关政府采购中心 or
// another Beijing firm with its Beijing address and 010 phone, and several rows whose only place is inside the
// buyer's name. Before: province 19/20, city 18/20, district 5/8 (none labelled 12/12), stage 19/20, agency
// 14/15; category, budget (11), award (7), winners (7), buyer, project code (18), deadline (11) and published (2)
// all right — the Beijing agency placed none. Misses: 国家统计局武宁调查队 (a bare county name inside a longer
// name, not at a word's start, read as nothing); 中国铁路呼和浩特局集团有限公司集宁工务段 (the bureau's seat and the
// depot's place disagreeing, province only); 宁波海关驻北仑办事处 (北仑 before 办事处 read as a township's, city
// only); an agency 中科国际招标(北京)有限公司(北京市…5号院，010-…) read with its address up to the comma; and
// own-b169-17, a 更正公告 whose only change is a later deadline, relabelled correction → extension as the set
// labels such notices. Rules added: mention-scanner.ts — a bare place name before 调查队, a railway depot
// (工务段, 车务段, 机务段 …) or 监管分局 counts as the written-out name, wherever it stands; a railway bureau's
// seat (某局集团有限公司) before a depot named after another place is dropped; a bare name after 驻 before 办事处
// is the place the office is stationed in. org-names.ts — a bracket left open by a comma after a name that holds
// a figure (an address, a phone) is cut off, as one holding a colon already was. After: all 20 right, nothing
// else in the set changed; dev and held-out unchanged.
//
// Batch b170 (own-b170-1 … own-b170-20): notices of airports, ports and their groups — a provincial 机场集团
// (四川, 贵州, 云南, 黑龙江, 甘肃, 新疆) tendering for a branch airport in a county (稻城亚丁, 黎平, 泸沽湖, 漠河,
// 且末, 张掖甘州) with its agency in the capital, 萧山 and 天府 international airports, 民航某空管分局 with a
// 导航台 in another city (三亚, 敦煌, 格尔木), 港务/码头 companies and 港口集团 (黄骅港, 南沙, 宁波舟山港穿山港区,
// 龙口港区, 营口港鲅鱼圈), 海事局 with a 海事处 in a county (启东, 霞浦) and 航道事务中心 (赣江, 右江); codes like
// JC-2041-xxx. The region is the airport's or port's site as written, not the group's seat. 9 tenders, 7 results,
// 2 changes, 2 intents. Before: province 20/20, city 20/20, district 18/19 (none labelled 1/1); category, stage,
// budget (11), award (7), winners (7), buyer, agency (18), project code (18), deadline (11) and published (10) all
// right. The one miss: 广西壮族自治区右江航道事务中心, whose 右江航道 and 右江田东段 were read as 右江区 (the river
// shares the district's bare name) over the written 百色市田东县. Rule added: mention-scanner.ts — a county's
// bare name ending in 江 or 河 before a waterway word (航道, 航段, 航标, 流域, 干流, 上游 …) or before a reach named
// by another place (右江田东段) is the river, not the county; a city's name (九江航道处) or a full name keeps its
// place. After: all 20 right on every scored field, nothing else in the set changed; dev and held-out unchanged.
//
// Batch b171 (own-b171-1 … own-b171-20): notices of public units named after a place without an administrative
// suffix — 黄河河务局 county bureaus (东明, 长垣, 原阳, 垦利, 濮阳第一河务局), 灌区管理总局/管理处 (河套, 汤原),
// 水库管理局/管理处 named after their reservoir, 国有林场 named after a township or mountain (旺业甸, 阳岭, 塞罕坝),
// a 北大荒 farm company and a 兵团 farm (第十三师红星二场), 国家级自然保护区管理局/管理处 (卧龙, 八大公山),
// 风景名胜区管理委员会 (九华山, 三清山) and 国家公园 bureaus (东北虎豹 珲春分局, 武夷山); 9 tenders, 7 results,
// 2 changes, 2 intents across 14 provinces. The county or city is told by an address, a 项目地点, a phone's code or
// the supervising 县林业局, or by the unit's name alone. Before: province 17/20, city 17/20, district 16/19 (none
// labelled 1/1), buyer 17/20; category, stage, budget (11), award (7), winners (7), agency (17), project code (17)
// and deadline (11) all right. Misses: 东明黄河河务局 and 原阳黄河河务局 with nothing else placing them (a bare
// county name needs a province first); 卧龙国家级自然保护区管理局 read as 南阳's 卧龙区 over 汶川县 in its address;
// buyers 阳岭林场(隶属崇义县林业局) and 八大公山…管理处(桑植县天平山) read with their notes, and
// 新疆生产建设兵团第十三师红星二场 read as nothing (no suffix for a numbered 场). Rules added: mention-scanner.ts —
// a bare county name before 黄河河务局 counts as the written-out name; a bare county name before (国家级/省级 …)
// 自然保护区 is the reserve's, not the county's. org-names.ts — a note naming the body a unit belongs to (隶属…,
// 主管部门：…) and a site in a county (某县某山/湖/水库/景区) are dropped after a name; a 兵团 farm named with an
// ordinal after its 师 (红星二场) ends at its 场. After: all 20 right on every scored field; the rest of the own
// set unchanged; dev and held-out unchanged.
//
// Batch b172 (20 rows, own-b172-*): selections on online intermediary-service supermarkets (网上中介服务超市,
// 投资审批中介超市) of counties and cities — 8 选取公告/采购公告 (竞价选取, 随机抽取, 择优选取; 最高限价, 上限价,
// 服务金额, 预算; 报名截止 or 竞价截止), 8 中选结果 (5 with a 中选金额, 3 with only a 中选费率/下浮率, no award), 2
// 更正, 1 终止, 1 流标; buyers are county bureaus, township governments, schools, hospitals and a state company,
// 20 provinces, no region text. Before: province 20/20, city 19/20, district 19/20, category 19/20, stage 18/20,
// budget 5/9, award 4/5, winners 7/8, deadline 5/10; buyer, agency and project code all right. Two misses were my
// labels: a 更正 that only moves the 竞价截止 is an extension (as the set labels it), and a 更正 carries no
// budget (none in the set does). Misses: 服务金额 and 上限价 not read as budgets; 报名截止 of a 选取 notice that
// does not name the 超市 not read as its deadline; 弥勒市东风农场 placed by the 东风农场 the list files under
// 景洪市; a 闲置设备处置资产评估服务选取结果 read as a sale. Rules added: intermediary-fee.ts — 服务金额 as a field of
// an open notice (tier 2) and 上限价 as a field (tier 1) are budgets; intermediary-selection.ts — a notice
// choosing its firm by 选取 (选取方式, 竞价/随机/择优/直接/摇号选取, 中介机构选取/选聘) takes registrations, so
// signup-cutoff.ts reads its 报名截止; disposal-service.ts — an appraiser, auditor or agent bought for a disposal
// (…处置资产评估服务, …拍卖评估机构) is procurement, not the sale; libs/regions county-namesake-town.ts — a township
// right after a county's full name that the list files only under other counties names no place of its own.
// Left: a 更正 that keeps its 报名截止 ("仍为…") with nothing in the text saying it is a 选取 notice (own-b172-20);
// reading any 报名截止 there would take a bid notice's registration close for its deadline. After: province,
// city, district 20/20, category 20/20, stage 20/20, budget 8/8, award 5/5, winners 8/8, deadline 9/10; the
// rest of the own set unchanged; dev and held-out unchanged.
//
// Batch b173 (20 rows, own-b173-*): procurements under 框架协议采购 (封闭式 征集公告, 开放式框架协议公告, 入围结果
// with several 入围供应商 and only 入围价格/优惠率, 第二阶段 直接选定 and 二次竞价 results, 更正, 延期) and purchases on
// provincial 电子卖场 / 网上商城 (竞价, 反向竞价, 网上询价, 直购, 定点 results, 竞价终止); a provincial 政府采购中心 as
// 征集人 is labelled the buyer where no other buyer is named. Before: province 20/20, city 16/20 (four calls by a
// province's own body for its 省直/省级 units read at the capital from a venue, an address or a 0791 phone),
// district 19/20 (an 入围 firm's name 南宁青秀… read as 青秀区), category and stage 19/20 (开放式框架协议公告 read as
// nothing), winners 8/9 (a 定点 list numbered "1 名称 折扣率" kept its first only), project code 19/20 (a
// second-stage result numbered only by its 框架协议编号); budget, award, deadline, buyer and agency all right.
// Rules added: open-framework-call.ts — a 框架协议(采购)公告 is the open framework's call, a tender;
// framework-agreement-code.ts — 框架协议编号 is read as the code after the procedure's own labels; bare-serial.ts — a
// list line opened by a bare serial and a space ("1 某公司") is a numbered item under a label; own-units-scope.ts —
// a province's own body's 框架协议/协议供货/定点 pool for its 省直/省级 units stays at the province, not its
// capital (a single purchase for itself keeps its seat); libs/regions pool-winners-section.ts — an 入围/定点 list
// label (入围结果(排名不分先后)：, 定点供应商：) opens another party's section. After: all 20 right on every scored
// field; the rest of the own set unchanged except own-b109-changsha-xieyi (city) and own-b123-frame-5 (district),
// now right; dev and held-out unchanged.
//
// Batch b174 (20 rows, own-b174-*): emergency and urgent procurement as county, city and provincial portals publish
// it — 应急采购公告 with 报价截止 in hours, 竞争性谈判 and 单一来源 justified by 紧急情况, 应急采购结果公示 and 事后公告
// (成交供应商, 成交金额, 采购日期), 应急物资储备 framework calls and 入围 results, 灾后重建 and 水毁修复 works tenders
// with 总投资 beside 最高限价, 应急抢险 直接发包公示 (抢险单位, 发包金额), a 更正, a 终止 and 采购意向 for reserves.
// Before: province 20/20, city 18/20, district 20/20, category 17/20, stage 16/20, budget 9/9, award 5/8,
// winners 6/9, buyer, agency, code and deadline all right. Misses: two 直接发包公示 and an 采购事后公告 read as tenders
// (so no award or winner), and a province's 应急管理厅 stocking 省级应急物资储备 by 框架协议 placed in its capital;
// one stage miss was my label (a 单一来源采购公示 is an invitation), fixed. Rules added: libs/parsing
// direct-award-publicity.ts — a 直接发包(结果)公示/公告 title is a result (a plain 发包公告 stays a tender);
// after-the-fact-notice.ts — a 事后公告/事后公示 title is a result; provincial-reserve.ts — a 省级/自治区级
// 应急/救灾/防汛 物资储备 pool stays at the province like a pool for 省直单位 (own-units-scope.ts). After: all 20
// right on every scored field; the rest of the own set unchanged; dev and held-out unchanged.
//
// Batch b175 (20 rows, own-b175-*): government purchase of services from social organisations (政府购买服务) as
// 民政, 残联, 团委, 妇联, 街道 and 社区 publish them — 政府购买服务项目公告, 承接主体征集公告, 公益创投 项目征集
// (购买主体, 承接主体资格, 项目资金/项目经费, 服务期限, 申报/报名截止), 承接主体确定结果公示 and 中标社会组织 results,
// 评审结果公示 listing several funded projects, a 绩效评价 third-party selection and its result, 终止, 变更, 延期;
// the 购买主体 is the buyer and the 承接主体 (某某社会工作服务中心, 社工事务所, 服务社, 服务站) the winner.
// Before: province, city, district 20/20, category 19/20 (a 公益创投项目征集公告 read as other), stage 13/20 (five
// calls found no stage, two 评审结果公示 read as candidates), budget 2/7 (项目资金, 项目经费 not read), award 6/8,
// winners 1/8 (承接主体 no winner label; a 服务社 no supplier name), buyer 4/20 (购买主体 no buyer label),
// deadline 8/10 (a 承接主体 call's 报名截止 not read); agency and project code all right.
// Rules added: social-service-purchase.ts — 购买主体 as a buyer field (parties.ts); 承接主体/承接机构/中标社会组织 as
// a winner field or column, never 承接主体资格 or 原承接主体 (winners.ts), and repeated under a heading
// (org-names.ts); 服务社 as a supplier's name ending (org-names.ts); 承接主体征集, 公益创投/服务项目征集 and
// 政府购买服务项目公告 titles as calls and a 政府购买服务/公益创投 评审结果公示 as the result (notice-rules.ts);
// 项目资金/项目经费 fields as a budget (budget-labels.ts, tier 2); the fee below a 承接主体 or a 资助金额 column
// beside it as the award (award-amount.ts); a 承接主体 call's 报名截止 as its deadline when no bid deadline is
// stated (signup-cutoff.ts). After: all 20 right on every scored field; the rest of the own set unchanged; dev
// and held-out unchanged.
//
// Batch b176 (20 rows, own-b176-*): public bodies choosing banks, insurers and other financial institutions —
// 财政资金竞争性存放 and 社保基金定期存款 calls and results (中标银行 with 存放金额 and 利率), 国库集中支付代理银行 and
// 住房公积金归集银行 遴选, 大病保险 承办 (主承办/共保方) and 政策性农业保险 承保机构 by county, 会计师事务所/资产评估
// 机构 入围 for 国资委, 城投 债券承销商 选聘; 8 calls, 9 results, a 终止, a 更正 and a 延期. Before: category and stage
// 19/20 (定期存款存放公告 read as a change), award (none stated) 15/18 (a deposit's 存放金额 or a bond's 发行规模 read
// as the award), award 1/2, winners 4/9 (numbered banks under "确定以下4家银行为…承办银行：", 主承销商/联席主承销商
// and 主承办/共保方 labels, a rate note "(承销费率：…‰)" kept on the name), project code 16/20, district (none
// labelled) 11/14; budget, deadline, buyer and agency all right (publish_date labels of two rows were mine and
// wrong: the text states no date; set to null). Rules added: placed-funds.ts — a deposit placement or bond
// underwriting notice's sums are deposits or debt, no award unless a fee is stated in money; notice-rules.ts — a
// (存款|资金)存放公告 is an invitation; decided-list.ts — banks and insurers decided for their role
// (代理/承办/归集银行, 承办/承保机构) listed below; winners.ts — 主承销商, 联席主承销商, 主承办, 共保方 are winner
// labels, and an empty label heading such labelled lines names no one itself; org-names.ts — a rate note in per
// mille of a base is no part of a name. After: category and stage 20/20, award (none stated) 18/18, winners 7/9;
// left: a ranked 第一名/第二名/第三名 list all chosen ("以上三家银行入选") and a county-by-insurer table, the bare
// 公告编号 (the parser reads it as a notice's number, not a project code, on purpose), 中选服务费 (read elsewhere
// as the agency's fee charged to the winner), and a winner's branch name (榆次支行, 贺兰山银行) or 市辖区 giving a
// district; the rest of the own set unchanged; dev and held-out unchanged.
//
// Batch b177 (20 rows, own-b177-*): city-owned utilities and transit companies on their own 招采 portals — 地铁集团
// and 轨道交通集团 (土建施工 08标, 车辆段 机电, 运维 资格预审), 水务集团/自来水公司 (管网改造, 水厂扩建, 二次供水),
// 燃气集团 (询比价 with 报价截止, 比选, 燃气表), 公交集团 (新能源/氢燃料公交车), 供热公司, 城投 subsidiaries; 8
// tenders, 8 results (第一/二/三中标候选人 with 投标报价, 中标结果 with 中标价), 4 others (更正, 澄清, 终止, 招标计划),
// works district apart from the company's seat. Before: region, category, stage, award, winners, agency, code and
// deadline 20/20; buyer 19/20; budget 19/20. Misses: a buyer with its seat noted in brackets as district and road
// without a house number ("某城投建设有限公司（某区某大道）"); a 招标计划 table's budget, which I had labelled null
// where the set's convention reads the first row's 估算金额 (my label was wrong, fixed). Rules added:
// road-seat-note.ts — a trailing bracket holding district (or city and district) and a road, no number, is no part
// of a name (used in org-names.ts dropNameNote). After: 20/20 on every field; the rest of the own set unchanged; dev
// and held-out unchanged.
//
// Batch b178 (20 rows, own-b178-*): multi-year service procurements by schools, hospitals, government offices and
// parks (物业管理, 保安, 保洁, 食堂托管/餐饮, 信息系统运维, 绿化养护, 车辆租赁) with money per year, per month, per
// person or per square metre beside or instead of a total; 9 tenders, 9 results, a termination and a correction.
// Labelled as the existing rows do: the whole contract's money where stated (每年120万元…总预算360万元 → 360万元;
// 每月1.8万元，租期12个月，预算总额21.6万元 → 21.6万元), a 年度预算 or 元/年 alone as written, and no budget or
// award from a unit price alone (元/平方米·月, 每人每月, 每人每餐). Before: every field right on all 20 rows (no
// misses). Misses: none. Rules added: none. After: the same; the rest of the own set unchanged; dev and held-out
// unchanged.
//
// Batch b179 (20 rows, own-b179-*): military and armed-police procurement notices as 军队采购网 and unit
// portals publish them: the buyer a masked or coded unit (某部, 中国人民解放军某部队, 武警某部, 32xxx部队,
// 6xxxx部队, 某联勤保障中心***仓库) or a named 武警 支队, a 需求单位 beside the 采购单位, a 联勤保障中心's 采购站
// (or a firm) as the agency, 项目地点/交货地点/服务地点 naming the city or county (two rows say nothing of the
// place: labelled with no region), military project codes (2040-JQZC-F1-001, ZB-LQ-2041-0012), 报名 beside
// 响应文件递交截止 times, money in 元, 万元 or 大写 alone; 8 calls (公开招标, 竞争性谈判, 询价), 8 中标(成交)
// results, 2 更正 and 2 废标, some sections masked with "***" or "（略）". Masked units are labelled with no buyer.
// Before: every field right except stage 18/20 and budget (stated) 8/9. Misses: two 更正 that only move the
// 响应文件递交截止 (and 报名截止) time, which I had labelled correction; the project reads such a change as an
// extension (times-only-change.ts), so my labels were wrong and now say extension; and a 中标公告 stating its
// 采购预算, which I had labelled with that budget, while an award notice carries no budget here
// (bulletin-parser.ts textBudget): label now null. No parser misses. Rules added: none. After: every field
// right on all 20 rows; the rest of the own set unchanged; dev and held-out unchanged.
//
// Batch b180 (20 rows, own-b180-*): highway and rural-road works by 公路事业发展中心, 公路管理局/段, 交通运输局 and
// 农村公路 offices (养护工程, 大中修, 危桥改造, 安防工程, 灾毁修复) full of route codes and stake numbers that are no
// money, date, code or place (G212线K1203+500~K1210+800段, S302, X012, 桥梁中心桩号K45+120, 路面宽度7.5米, 里程12.6
// 公里, 工期90日历天), with 最高投标限价 in 元 or 万元, a 标段 table, 中标候选人 with 投标报价 and 中标结果; 9 tenders,
// 8 results/candidates, a correction, a clarification and a termination; the place is the county the route
// section lies in even where a city-level 公路中心/管理局 buys. Before: every field right on all 20 rows except stage
// on own-b180-18, a label mistake of ours (a 更正 that corrects a stake range and also 顺延s the deadline is a
// correction, as the existing rows label it, not an extension; relabelled). Misses: none left. Rules added: none.
// After: every field right on all 20 rows; the rest of the own set unchanged; dev and held-out unchanged.

const OWN_SET = join(__dirname, '../../test/fixtures/own-field-set.jsonl');

describe('own field-style check set', () => {
  const rows = readLabelled([OWN_SET]);
  const checks = rows.flatMap((row) => {
    const text = { title: row.title ?? row.project_name, body: row.body };
    return checksFor(row, parseBulletin({ ...text, regionText: row.region_text }), parseBulletin(text));
  });
  const tally = tallyChecks(checks);

  it('has enough bulletins and labels to measure each target', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    for (const metric of ['budget (stated)', 'award amount', 'winners', 'deadline'])
      expect(tally.get(metric)?.total).toBeGreaterThanOrEqual(20);
  });

  it.each(METRICS.filter(([, target]) => target !== null))('%s meets its target of %d %%', (metric, target) => {
    expect(percent(tally.get(metric))).toBeGreaterThanOrEqual(target!);
  });

  // The stage has no target: it is reported, and checked only where a row carries a stage label.
  it('checks the stage only on rows labelled with one', () => {
    const labelled = rows.filter((row) => row.stage !== undefined).length;
    expect(labelled).toBeGreaterThanOrEqual(150);
    expect(tally.get('stage')?.total).toBe(labelled);
  });

  it('counts a stage labelled null as right only when no stage is read', () => {
    const text = { title: '某项目投标截止时间延期公告', body: '投标截止时间延期至2031年5月8日9:30。' };
    const parsed = parseBulletin(text);
    const row = {
      id: 't',
      file: 't',
      title: text.title,
      project_name: null,
      body: text.body,
      region_text: null,
      buyer: null,
      agency: null,
    };
    const base = { ...row, category: 'change', region_label: null, publish_date: null, budget_amount_yuan: null };
    const stageCheck = (stage: string | null) => checksFor({ ...base, stage }, parsed, parsed).find((c) => c.metric === 'stage');
    expect(stageCheck('extension')?.right).toBe(true);
    expect(stageCheck(null)?.right).toBe(false);
    expect(checksFor(base, parsed, parsed).some((c) => c.metric === 'stage')).toBe(false);
  });

  it('never reads an award amount as a budget', () => {
    const t = tally.get('award read as budget');
    expect(t && t.right === t.total).toBe(true);
  });
});
