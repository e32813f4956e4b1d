// 增加义务、减损权利: 37号 — 不得违法减损公民、法人和其他组织的合法权益或者增加其义务，侵犯其人身权、财产权、
// 人格权、劳动权、休息权等基本权利; 优化营商环境条例 第六十四条 — 没有法律、法规或者国务院决定和命令依据的，行政
// 规范性文件不得减损市场主体合法权益或者增加其义务. This rule is the residual one: it runs only when no more
// specific category (许可、处罚、收费…) fired on the clause, because those carry the more precise basis.
import { basisScope, chunkBefore, subjectAt, type ClauseFeatures, type DocumentFeatures } from '../features';
import { PRIVATE_ACTIVITY, type ModalKind } from '../lexicon';
import { createsRule } from '../structure';
import { GB_37, afterBasis, matchesIn, type ClauseRule } from './shared';

/** Conditions for a benefit ("申请补贴的企业应当…") are not duties: nobody has to apply. */
const BENEFIT = /补贴|奖励|补助|扶持|资助|奖补|贴息|表彰|优惠政策|申报项目/;
/** Rights the 37号 names as basic: a restriction on them weighs more. */
const BASIC_RIGHTS =
  /人身|财产|房屋|住房|出租|出售|转让|买卖|出行|通行|居住|迁移|迁入|就业|辞职|入学|就医|婚|休息|加班|劳动|经营自主|人格|隐私/;
/** "对未缴清物业费的业主，不予办理…": bundling an unrelated matter takes a right away. */
const BUNDLING =
  /未[^，。；]{1,20}?[，,]?[^，。；]{0,12}?(不予|暂停|停止|不再)(办理|受理|审批|发放|享受|拨付|登记|供应|提供|入学)/;
/** Restrictions of basic freedoms, whoever is the grammatical subject. */
const FREEDOM_LIMIT = /(限制|禁止)[^，。；]{0,8}?(出行|通行|居住|迁移|就业|入学|就医|出租|出售|转让|买卖)/;

/**
 * Whether the modal at `t` binds a private party: a named one, or a bare ban ("禁止在住宅小区内饲养…") on what only
 * private parties do.
 */
function bindsPrivateParty(
  doc: DocumentFeatures,
  f: ClauseFeatures,
  t: { start: number; end: number; modal: ModalKind | null },
) {
  const subject = subjectAt(doc, f, t.start);
  if (subject !== null) return subject === 'private';
  if (t.modal !== 'prohibit' || chunkBefore(doc, f, t.start).trim() !== '') return false;
  const after = doc.text.slice(t.end, f.clause.end);
  return PRIVATE_ACTIVITY.test(after.split(/[，,]/)[0] ?? '');
}

export const obligationRule: ClauseRule = (doc, f) => {
  const text = f.clause.text;
  // An item list carries the duties; its announcing clause ("应当遵守下列规定：") adds none of its own. A duty the
  // parties agreed in a contract ("按照物业服务合同的约定") is theirs, not the document's.
  if (/[：:]$/.test(text) || /合同(的)?约定|协议(的)?约定/.test(text)) return null;
  // "…均应遵守本规定" states whom the document applies to; the duties are in its other articles.
  if (/(遵守|适用|执行)本(条例|办法|规定|细则|实施办法|实施细则|规则|制度|通知|意见|方案)。?$/.test(text)) return null;
  // "不得非法干涉…", "不得违法占用…": banning what is already unlawful adds no duty — the law that makes it so does.
  if (/不得(非法|违法|违规)/.test(text) && !/应当|必须|须/.test(text)) return null;
  // "未取得《行政执法证》的，不得从事行政执法活动": enforcement is the agency's own work; the rule binds its staff.
  if (/(从事|参与|开展|实施)[^，。；]{0,6}?(行政执法|执法)(活动|工作|检查)?/.test(text)) return null;
  if (!createsRule(doc, f)) return null;
  // "…应当配合做好相关工作" asks for cooperation with the agency's own task and adds no burden of its own.
  if (/应当?(积极)?(配合|协助|支持)[^，。；]{0,12}?工作。?$/.test(text)) return null;
  const duties = f.tokens.filter((t) => (t.modal === 'must' || t.modal === 'prohibit') && bindsPrivateParty(doc, f, t));
  const reductions = [...matchesIn(f, BUNDLING), ...matchesIn(f, FREEDOM_LIMIT)];
  if (duties.length === 0 && reductions.length === 0) return null;
  if (reductions.length === 0 && BENEFIT.test(text)) return null;
  const scope = basisScope(doc, f, { kinds: ['law', 'regulation', 'decision', 'rule'], generic: true });
  const heavy = reductions.length > 0 || BASIC_RIGHTS.test(text);
  return afterBasis(
    {
      category: 'obligation',
      severity: heavy ? 'high' : 'medium',
      basis: `${GB_37}：不得违法减损公民、法人和其他组织的合法权益或者增加其义务；《优化营商环境条例》第六十四条：没有法律、法规或者国务院决定和命令依据的，行政规范性文件不得减损市场主体合法权益或者增加其义务`,
      advice: heavy
        ? '该条款限制了公民、法人或者其他组织的权利（或以无关事项捆绑限制其权利）。请注明法律、法规依据；无依据的应当删除。'
        : '该条款为公民、法人或者其他组织设定了义务。请注明所依据的法律、法规、规章条文（写明《××》第××条）；无依据的应当删除，或改为“鼓励”“引导”等倡导性表述。',
    },
    scope,
  );
};
