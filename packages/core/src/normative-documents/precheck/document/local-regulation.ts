// A 地方性法规 — the law of a province or a city with legislative power, enacted by its 人民代表大会 or its standing
// committee — may set what a 行政规范性文件 may not: 行政处罚法 第十二条 lets it set every penalty but restricting
// personal liberty and revoking a business licence, and 立法法 第八十二条 lets it make rules, duties included, for
// local affairs and to carry out laws. So in a 法规 the penalties and duties the clause rules find are not reported as
// likely violations: they stay `low`, asking the reviewer to check the limits. What no 法规 may do stays as found —
// the two penalties reserved to law, and reaching into communications (宪法 第四十条).
import type { PrecheckFinding, PrecheckInput } from '../types';

const LEGISLATURE = /人民代表大会(常务委员会)?$|人大常委会$/;
/**
 * "（2001年5月26日…人民代表大会常务委员会第二十四次会议通过）" as the first or second line of the text — not a 法规
 * cited later with the session that passed it.
 */
const ENACTED = /^[（(][^）)\n]{0,60}人民代表大会常务委员会第[^。）)\n]{1,12}次会议(通过|批准)/;
const RESERVED_TO_LAW = /拘留|限制人身自由|吊销[^，。；]{0,6}?营业执照/;

/** Whether the document is a 地方性法规: its issuer is a 人民代表大会 or its standing committee, or its head says so. */
export function isLocalRegulation(input: PrecheckInput): boolean {
  const issuer = input.issuer?.trim() ?? '';
  const head = input.text.trimStart().split('\n').slice(0, 2);
  return LEGISLATURE.test(issuer) || head.some((line) => ENACTED.test(line.trim()));
}

export function relaxForLocalRegulation(findings: PrecheckFinding[], input: PrecheckInput): PrecheckFinding[] {
  if (!isLocalRegulation(input)) return findings;
  return findings.map((f) => {
    if (f.severity === 'low') return f;
    if (f.category === 'penalty' && !RESERVED_TO_LAW.test(f.text)) {
      return {
        ...f,
        severity: 'low',
        advice: `${f.advice}本文件为地方性法规，可以设定除限制人身自由、吊销营业执照以外的行政处罚（《中华人民共和国行政处罚法》第十二条），请核对处罚的种类和幅度是否在法律、行政法规规定的范围内。`,
      };
    }
    if (f.category === 'obligation' && !f.basis.includes('宪法')) {
      return {
        ...f,
        severity: 'low',
        advice: `${f.advice}本文件为地方性法规，可以就地方性事务和执行法律、行政法规规定义务（《中华人民共和国立法法》第八十二条），请核对该义务是否属于只能由法律规定的事项。`,
      };
    }
    return f;
  });
}
