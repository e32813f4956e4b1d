// 溯及既往: 立法法 第一百零四条 — 法律、法规、规章不溯及既往，但为了更好地保护公民、法人和其他组织的权利和利益
// 而作的特别规定除外; a 规范性文件, lower in rank, is held to the same principle. And a document binds only once
// published (国发〔2008〕17号 §(13); 优化营商环境条例 第六十四条第二款: 未经公布的不得作为行政管理依据), so an
// effective date before publication is retroactive.
import type { DocumentFeatures } from '../features';
import { findDates } from '../numerals';
import type { PrecheckFinding } from '../types';

const BASIS =
  '《中华人民共和国立法法》第一百零四条：不溯及既往，但为了更好地保护公民、法人和其他组织的权利和利益而作的特别规定除外（规范性文件参照适用）；《优化营商环境条例》第六十四条第二款、国发〔2008〕17号：未经公布的规范性文件不得作为行政管理依据';

const EFFECTIVE = /(自|从)\s*([^，。；]{6,16}?)\s*(起)?(施行|实施|执行|生效|起算|至)/g;
const RETRO_WORD = /(追溯|溯及)(至|到|适用|执行|既往|自)/g;
const BEFORE_APPLIES =
  /本(办法|规定|细则|通知|意见|方案|决定|规则)(施行|实施|发布|印发|公布|生效)(之日)?(以)?前[^。；]{0,40}?(适用本|按照本|依照本|参照本|执行本|按本|依本)/;
/**
 * Statements of doctrine ("撤销的效力追溯至作出之日": what annulment means) and instructions to bring older documents
 * into line ("本办法施行前制定的文件…应当修订") apply nothing to past facts.
 */
const DOCTRINE = /(撤销|无效|撤回|确认违法)[^。；]{0,20}?(效力)?(追溯|溯及)/;
const REVISE = /(修订|修改|清理|废止|停止执行|予以调整|进行调整|相应调整|自行纠正)/;

/** Taking back what was already granted under the old rules: benefits paid, licences held, qualifications won. */
const CLAWBACK =
  /(施行前|实施前|印发前|发布前|此前|以前|之前|已经|已)[^。；]{0,30}?(发放|享受|拨付|领取|给予|取得|获得|兑现)[^。；]{0,30}?(追回|收回|退回|退还|返还|取消|停止发放|予以扣回|扣回)/;

/** Carrying over favourable treatment is the exception 立法法 第一百零四条 allows. */
const FAVOURABLE = /继续有效|按原|依照原|原规定|从旧|从轻|有利于|补贴|补助|救助|奖励|扶持|保障|享受|不适用本/;

export function retroactivityFindings(doc: DocumentFeatures, publication: string | undefined, fromSignature: boolean) {
  const findings: PrecheckFinding[] = [];
  for (const f of doc.clauses) {
    const t = f.clause.text;
    const base = {
      category: 'retroactivity' as const,
      text: t,
      start: f.clause.start,
      end: f.clause.end,
      basis: BASIS,
    };
    if (CLAWBACK.test(t) && !/(不予|不得|不再)(追回|收回|退回|退还|返还|取消)/.test(t)) {
      findings.push({
        ...base,
        severity: 'high',
        advice:
          '该条款要求追回、取消公布前已经依法给予的补贴、资格或其他利益，使新规定溯及既往并损害当事人的信赖利益。请删除追溯适用的内容；已给予的利益只在当事人以欺骗等不正当手段取得时方可依法撤销、追回，并应当说明依据。',
      });
      continue;
    }
    if (FAVOURABLE.test(t) || DOCTRINE.test(t)) continue;
    let dated = false;
    if (publication !== undefined && /施行|实施|执行|生效|有效期/.test(t)) {
      for (const m of t.matchAll(EFFECTIVE)) {
        const date = findDates(m[2] ?? '')[0];
        if (date === undefined || date.iso >= publication) continue;
        findings.push({
          ...base,
          severity: fromSignature ? 'medium' : 'high',
          advice: `施行日期（${date.iso}）早于${fromSignature ? '落款日期' : '公布日期'}（${publication}），属于溯及既往。请将施行日期改为公布之日或其后，涉及市场主体的宜预留适应调整期（《优化营商环境条例》第六十五条）；确需溯及的，只能是有利于当事人的规定，并应当说明理由。`,
        });
        dated = true;
        break;
      }
    }
    if (dated) continue;
    const worded = [...t.matchAll(RETRO_WORD)].some((m) => !/(不|不得|不予|无|可)$/.test(t.slice(0, m.index ?? 0)));
    if (worded || (BEFORE_APPLIES.test(t) && !REVISE.test(t))) {
      findings.push({
        ...base,
        severity: 'high',
        advice:
          '该条款使本文件适用于公布前已经发生的事实或行为。请删除溯及适用的内容；只有为更好地保护公民、法人和其他组织权益的规定方可例外，并应当说明理由。',
      });
    }
  }
  return findings;
}
