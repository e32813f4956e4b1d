// 证明事项: 37号 — 不得规定出具循环证明、重复证明、无谓证明的内容; 优化营商环境条例 第四十四条 — 证明事项应当有
// 法律、法规或者国务院决定依据; what the government can check itself (部门间核查、网络核验、告知承诺) may not be
// demanded as a certificate.
import { basisScope, chunkBefore, subjectAt } from '../features';
import { GB_37, NEGATED_TAIL, afterBasis, matchesIn, type ClauseRule } from './shared';

/** A demand for a certificate; "证明" followed by 其/自己… is the verb ("提供证据证明其没有过错"). */
const DEMAND = /(提供|提交|出具|开具|附具?|递交|补交|持|交验)[^，。；]{0,25}?证明(?!其|自己|本人|该|已|没有|不)/;
const ISSUED_BY_OTHERS =
  /由[^，。；]{0,15}?(社区|居委会|村委会|村民委员会|居民委员会|派出所|所在单位|工作单位|街道|原单位)[^，。；]{0,10}?(出具|开具|证明|盖章)/;
const NAMED_BAD = /循环证明|重复证明|无谓证明/;

/** Demands the reviewer should weigh most: circular, duplicate or already on file. */
const CIRCULAR =
  /循环|重复|再次|已[^，。；]{0,10}?(提交|提供|办理)[^，。；]{0,10}?(仍|还|再)|证明[^，。；]{0,8}的证明|分别[^，。；]{0,6}(开具|出具|提供)/;
/** Facts the government already holds: a certificate of them is pointless. */
const GOVERNMENT_HELD =
  /户籍|户口|婚姻|婚育|社保|社会保险|纳税|完税|不动产|房产|营业执照|无犯罪|无违法|违法犯罪|信用|亲属关系|出生|死亡|居住/;
/** The clause already dispenses with the certificate. */
const DISPENSED =
  /告知承诺|部门间核查|共享获取|信息共享|数据共享|网络核验|不再要求|免于提交|免予提交|免交|无需提供|无须提供|不再提交|证明事项清单/;

export const certificateRule: ClauseRule = (doc, f) => {
  const text = f.clause.text;
  if (!text.includes('证明')) return null;
  if (DISPENSED.test(text)) return null;
  const demands = [...matchesIn(f, DEMAND), ...matchesIn(f, ISSUED_BY_OTHERS), ...matchesIn(f, NAMED_BAD)].filter(
    (m) => {
      if (NEGATED_TAIL.test(chunkBefore(doc, f, m.start))) return false;
      if (/身份证明/.test(m.text)) return false;
      // A 行政机关 issuing a certificate itself ("登记机关应当出具证明") is a service, not a demand.
      if (/^(出具|开具)/.test(m.text) && subjectAt(doc, f, m.start) === 'administrative') return false;
      // A firm bound to issue its own results truthfully ("检验经营者应当如实出具检测报告、检验结果证明") certifies its
      // own work to its customers; a 证明事项 is what an applicant is made to obtain and hand in.
      if (/^(出具|开具)/.test(m.text) && /如实$/.test(chunkBefore(doc, f, m.start))) return false;
      return true;
    },
  );
  if (demands.length === 0) return null;
  const scope = basisScope(doc, f, { kinds: ['law', 'regulation', 'decision'], generic: true });
  const circular = CIRCULAR.test(text) || NAMED_BAD.test(text);
  return afterBasis(
    {
      category: 'certificate',
      severity: circular ? 'high' : 'medium',
      basis: `${GB_37}：不得规定出具循环证明、重复证明、无谓证明；《优化营商环境条例》第四十四条：证明事项应当有法律、法规或者国务院决定依据，能够通过部门间核查、网络核验、告知承诺等方式办理的，不得设定证明事项`,
      advice: GOVERNMENT_HELD.test(text)
        ? '所要求的证明涉及行政机关已掌握的信息。请改为部门间核查、数据共享或告知承诺，不再要求当事人提供；确需保留的，应当注明法律、法规或者国务院决定依据并列入证明事项清单。'
        : '请核对该证明事项有无法律、法规或者国务院决定依据；无依据的应当取消，或改为告知承诺、部门间核查；有依据的应当注明并列入证明事项清单。',
    },
    scope,
  );
};
