// Rights the document takes away without a basis (37号: 不得违法减损公民、法人和其他组织的合法权益): punishing a
// 失信 entry with a blanket bar on everything ("暂停其一切行政审批事项"), which 国办发〔2020〕49号 forbids — 失信惩戒
// 措施 must have a legal basis and be proportionate, and may not be extended at will — and closing the road to
// review and court ("未经复查的，不得申请行政复议或者提起行政诉讼"), which 行政复议法 第二条 and 行政诉讼法
// 第二条 open to every party who thinks an act infringes its rights.
import { basisScope, chunkBefore } from '../features';
import { GB_37, NEGATED_TAIL, afterBasis, matchesIn, type ClauseRule, type RuleHit } from './shared';

const BLANKET_CREDIT =
  /(失信|黑名单|信用(等级)?[^，。；]{0,6}(差|低|D级|不良))[^。]{0,40}?(暂停|停止|不予|限制|取消)[^，。；]{0,10}?(一切|所有|全部|各类|各项|任何)/;
const CREDIT_BASIS =
  '国办发〔2020〕49号《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》：失信惩戒措施必须以法律、法规或者党中央、国务院政策文件为依据，严格依法依规实施，不得擅自增设或者加重惩戒，确保过惩相当';

const GATE_BEFORE_REMEDY =
  /(未经|应当先|须先|必须先|先行|先向)[^。]{0,30}?(复查|复核|申诉|信访|调解|协商|内部审查)[^。]{0,30}?(不得|方可|才能|后再|始得|不予受理)[^。]{0,12}?(行政复议|行政诉讼|复议|诉讼|起诉)/;
const REMEDY_BASIS =
  '《中华人民共和国行政复议法》第二条：公民、法人或者其他组织认为行政机关的行政行为侵犯其合法权益，向行政复议机关提出行政复议申请；《中华人民共和国行政诉讼法》第二条：公民、法人或者其他组织认为行政机关和行政机关工作人员的行政行为侵犯其合法权益，有权依照本法向人民法院提起诉讼';

/**
 * Communications reached into ("可以查阅或者复制交通事故当事人通讯记录，有关单位应当…无偿提供"): 宪法 第四十条
 * allows only the police or the procuratorate, by a procedure a law sets, to inspect communications, and only for
 * state security or criminal investigation — no 规范性文件 or 地方性法规 may open them to other purposes.
 */
const COMMUNICATIONS =
  /(查阅|复制|调取|调阅|提供|获取|检查)[^，。；]{0,12}?(通讯|通信|通话|电话|短信|聊天)(记录|内容|资料|信息|清单|详单)/;
const COMMUNICATIONS_BASIS =
  '《中华人民共和国宪法》第四十条：中华人民共和国公民的通信自由和通信秘密受法律的保护。除因国家安全或者追查刑事犯罪的需要，由公安机关或者检察机关依照法律规定的程序对通信进行检查外，任何组织或者个人不得以任何理由侵犯公民的通信自由和通信秘密';

/** A high finding for a right the clause takes away, citing what protects it together with 37号. */
function rightTaken(protection: string, advice: string): RuleHit {
  return {
    category: 'obligation',
    severity: 'high',
    basis: `${protection}；${GB_37}：不得违法减损公民、法人和其他组织的合法权益`,
    advice,
  };
}

export const rightsRule: ClauseRule = (doc, f) => {
  const text = f.clause.text;
  const credit = matchesIn(f, BLANKET_CREDIT).filter((m) => !NEGATED_TAIL.test(chunkBefore(doc, f, m.start)));
  if (credit.length > 0) {
    const scope = basisScope(doc, f, { kinds: ['law', 'regulation'], generic: false });
    return afterBasis(
      rightTaken(
        CREDIT_BASIS,
        '该条款对失信主体概括性地暂停、限制全部事项，超出法定的失信惩戒措施。请逐项列明所依据的法律、法规或国务院文件规定的具体惩戒措施，并与失信行为相当；无依据的惩戒应当删除。',
      ),
      scope,
    );
  }
  const communications = matchesIn(f, COMMUNICATIONS).filter((m) => !NEGATED_TAIL.test(chunkBefore(doc, f, m.start)));
  if (communications.length > 0 && !/国家安全|刑事犯罪|刑事案件|侦查/.test(text)) {
    return rightTaken(
      COMMUNICATIONS_BASIS,
      '该条款允许查阅、复制或要求提供公民的通讯记录，涉及宪法保护的通信自由和通信秘密。只有法律规定的机关依照法律规定的程序、为国家安全或者追查刑事犯罪才可检查通信，请删除该规定。',
    );
  }
  if (/复议|诉讼|起诉/.test(text) && matchesIn(f, GATE_BEFORE_REMEDY).length > 0) {
    return rightTaken(
      REMEDY_BASIS,
      '该条款把内部复查、复核或信访设为申请行政复议、提起行政诉讼的前置条件，限制了法定救济权利。请删除前置要求，并在告知中写明当事人可以依法直接申请行政复议或者提起行政诉讼。',
    );
  }
  return null;
};
