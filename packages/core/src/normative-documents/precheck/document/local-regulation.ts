// A 地方性法规 — the law of a province or a city with legislative power, enacted by its 人民代表大会 or its standing
// committee — may set what a 行政规范性文件 may not: 行政处罚法 第十二条 lets it set every penalty but restricting
// personal liberty and revoking a business licence, and 立法法 第八十二条 lets it make rules, duties included, for
// local affairs and to carry out laws; 行政许可法 第十五条 lets it set a licence where no law or administrative
// regulation has; and a 法规 on heating, water or fees sets and governs the charges of its field, which 37号 forbids
// only to 行政规范性文件. So in a 法规 the penalties, duties, licences and charges the clause rules find are not
// reported as likely violations: they stay `low`, asking the reviewer to check the limits. What no 法规 may do stays
// as found — the two penalties reserved to law, and reaching into communications (宪法 第四十条). 行政强制法 第十条第三款
// lets a 法规 set 查封 and 扣押 where no law or administrative regulation has and the matter is local: a clause setting
// only those is a check; 限制人身自由, 冻结 (第九条第一项、第四项) and enforcement (第十三条) stay as found. A 法规 is
// itself the basis 优化营商环境条例 第四十四条 asks a 证明事项 for: only a circular or duplicate certificate stays.
import type { DocumentFeatures } from '../features';
import { setsOnlySeizure } from '../rules/coercion';
import type { PrecheckFinding, PrecheckInput } from '../types';

const LEGISLATURE = /人民代表大会(常务委员会)?$|人大常委会$/;
/**
 * "（2001年5月26日…人民代表大会常务委员会第二十四次会议通过）" as the first or second line of the text, in brackets or
 * led by its date as the national database prints it ("2019年12月18日 台州市…常务委员会第二十四次会议通过") — not a
 * 法规 cited later with the session that passed it, which neither opens a line with a date nor stands in brackets.
 */
const ENACTED =
  /^(?:[（(]|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)[^）)\n]{0,60}人民代表大会常务委员会第[^。）)\n]{1,12}次会议(通过|批准)/;
const RESERVED_TO_LAW = /拘留|限制人身自由|吊销[^，。；]{0,6}?营业执照/;

/** Whether the document is a 地方性法规: its issuer is a 人民代表大会 or its standing committee, or its head says so. */
export function isLocalRegulation(input: Pick<PrecheckInput, 'text' | 'issuer'>): boolean {
  const issuer = input.issuer?.trim() ?? '';
  const head = input.text.trimStart().split('\n').slice(0, 2);
  return LEGISLATURE.test(issuer) || head.some((line) => ENACTED.test(line.trim()));
}

const SEIZURE_BASIS =
  '《中华人民共和国行政强制法》第十条第三款：尚未制定法律、行政法规，且属于地方性事务的，地方性法规可以设定本法第九条第二项、第三项的行政强制措施；第十一条第一款：法律对行政强制措施的对象、条件、种类作了规定的，行政法规、地方性法规不得作出扩大规定';

export function relaxForLocalRegulation(
  findings: PrecheckFinding[],
  input: PrecheckInput,
  doc: DocumentFeatures,
): PrecheckFinding[] {
  if (!isLocalRegulation(input)) return findings;
  const clauseAt = (f: PrecheckFinding) =>
    doc.clauses.find((c) => c.clause.start === f.start && c.clause.end === f.end);
  return findings.map((f) => {
    if (f.severity === 'low') return f;
    const clause = f.category === 'coercion' ? clauseAt(f) : undefined;
    if (clause !== undefined && setsOnlySeizure(doc, clause)) {
      return {
        ...f,
        severity: 'low',
        basis: SEIZURE_BASIS,
        advice:
          '本文件为地方性法规，可以设定查封场所、设施或者财物和扣押财物的行政强制措施（《中华人民共和国行政强制法》第十条第三款）。请核对该事项是否尚未制定法律、行政法规且属于地方性事务；法律已规定该措施的对象、条件、种类的，不得扩大（第十一条第一款）。',
      };
    }
    if (f.category === 'penalty' && !RESERVED_TO_LAW.test(f.text)) {
      return {
        ...f,
        severity: 'low',
        advice: `${f.advice}本文件为地方性法规，可以设定除限制人身自由、吊销营业执照以外的行政处罚（《中华人民共和国行政处罚法》第十二条），请核对处罚的种类和幅度是否在法律、行政法规规定的范围内。`,
      };
    }
    if (f.category === 'licensing') {
      return {
        ...f,
        severity: 'low',
        advice: `${f.advice}本文件为地方性法规，尚未制定法律、行政法规的，可以设定行政许可（《中华人民共和国行政许可法》第十五条），请核对该许可是否属于应当由国家统一确定的资格、资质，是否限制外地个人或者企业进入本地市场。`,
      };
    }
    // A 法规 is itself the basis 优化营商环境条例 第四十四条 asks a 证明事项 for; a circular or duplicate one stays high.
    if (f.category === 'certificate' && f.severity === 'medium') {
      return {
        ...f,
        severity: 'low',
        advice: `${f.advice}本文件为地方性法规，可以作为证明事项的依据（《优化营商环境条例》第四十四条），请核对该证明能否通过部门间核查、网络核验或者告知承诺取得。`,
      };
    }
    if (f.category === 'fee') {
      return {
        ...f,
        severity: 'low',
        advice: `${f.advice}本文件为地方性法规，请核对该收费是否有法律、行政法规依据或者经国务院、省级人民政府批准，以及是否属于由价格主管部门核定的经营服务价格。`,
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
