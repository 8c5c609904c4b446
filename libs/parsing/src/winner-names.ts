import { readOrgAt } from './org-names';

// Names that run tenders for others, never win them.
export const AGENCY_NAME = /招标|代理|咨询|项目管理|工程管理|造价|交易中心|采购中心/u;

// Public bodies sell services too: a hospital (or one of its campuses, 院区) wins a staff health
// check, a bank the deposit of public funds, a university a study, a testing centre or station an
// inspection, a filling station (加油站) the fuel, a geological team (地质大队) a survey, a works unit
// (工程处) a job; a village's works team (建筑队, 施工队, 安装队) builds its small works and a hotel
// (酒店, 宾馆, 饭店) hosts a meeting. Under a winner's label followed by ":" such a body is the winner;
// the centres that run tenders (交易中心, 采购中心) never are.
const SERVICE_BODY =
  /(?:医院|卫生院|保健院|院区|分行|支行|银行|大学|学院|学校|中心|研究会|协会|站|所|院|大队|地质队|测绘队|勘察队|勘查队|工程处|(?:建筑|施工|工程|安装|维修)队|酒店|宾馆|饭店)$/u;

/** A public body that can win a service (a hospital, a bank, a testing station), never an agency; else null. */
export function serviceBodyIn(value: string): string | null {
  const name = readOrgAt(value, 0, 'any');
  return name && SERVICE_BODY.test(name) && !AGENCY_NAME.test(name) ? name : null;
}
