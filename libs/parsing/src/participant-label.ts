// "参与竞价的入围供应商：甲、乙、丙", "参加本次报价的供应商名称：…": a winner's word after 参与/参加 …的
// names those who took part (in a framework's second stage, every admitted supplier invited to
// bid again), not the one chosen; the winner has a label of its own.
const TOOK_PART_BEFORE = /(?:参与|参加)[^\n，,。；;：:]{0,12}的$/u;

/** Whether the label starting at `labelStart` names the bidders who took part. */
export function namesParticipants(text: string, labelStart: number): boolean {
  return TOOK_PART_BEFORE.test(text.slice(Math.max(0, labelStart - 16), labelStart));
}
