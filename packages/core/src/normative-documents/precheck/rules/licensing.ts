// 行政许可: 行政许可法 第十七条 — 除第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可; 第十六条第四款
// forbids adding conditions beyond the higher law; 优化营商环境条例 第三十九条 forbids licences in disguise (备案、
// 登记、认定、年检… as a precondition). Internal approvals between administrative bodies are outside the 许可法
// (第三条第二款), so a gate that binds only a 行政机关 is not flagged.
import { basisScope, chunkBefore, subjectAt, type ClauseFeatures, type DocumentFeatures } from '../features';
import { PRIVATE_ACTIVITY } from '../lexicon';
import { readStructure } from '../structure';
import { GB_37, NEGATED_TAIL, afterBasis, matchesIn, type ClauseRule, type Match } from './shared';
import { CLEARED_WITHOUT, CONSENT_BEFORE_ISSUE, OPINION_GATE, PRIOR_FILING } from './licensing-round8';

/** "须经…批准方可", "取得…许可证后方可", "经…备案后方可" (a licence in disguise). */
const GATE =
  /(经|取得|获得|报经|报请|办理|通过|领取)[^。；]{0,30}?(批准|审批|许可|同意|核准|审核|审定|认定|认证|验收|备案|登记|年检|准入|资格|许可证|执照|证书|准营证)[^。；]{0,8}?(后)?(方可|方能|才能|才可|始得|方得)/;
/** "未经…批准，不得…", "未取得…许可证的，不得从事…". */
const NEGATIVE_GATE =
  /未经?[^，。；]{0,25}?(批准|许可|审批|同意|核准|备案|登记|认定|许可证|准营证)[^，。；]{0,12}?[，,]?[^，。；]{0,12}?(不得|一律不得|禁止|严禁)/;
/** "须报街道办事处批准": an approval demanded of a private party, even without "方可". */
const DEMANDED_APPROVAL =
  /(须|需|应当|必须|应)(先|事先|预先)?(报|经|报经|报请)[^，。；]{0,20}?(批准|审批|同意|核准|许可)/;
/** "实行…许可管理", "实行审批制". */
const SCHEME = /实行[^。；]{0,12}?(许可|审批|准入|核准|资质)(制度|管理|制)/;
/** "应当申领《××准营证》". */
const PERMIT = /(申领|领取|申办|取得|持有)[^，。；]{0,15}?(许可证|准营证|准入证|经营证|准运证|上岗证|登记证|资格证)/;
/**
 * Licences in disguise (优化营商环境条例 第三十九条, 许可法 第十五条第二款): an annual 核验/年检 whose failure bars the
 * activity, registration demanded of firms from elsewhere before they may work, and a cap on numbers.
 */
const ANNUAL_CHECK =
  /(年检|年审|年度核验|年度检验|年度审核|核验|年度考核)[^。]{0,20}?(不合格|未通过|未参加|未按期)[^。]{0,20}?(不得|停止|暂停|取消|注销|不再|撤销|吊销|清退|移出)/;
/**
 * Round 7 (docs/precheck.md): registration with the local body demanded of whoever works in the area ("鉴定机构在本县
 * 行政区域范围内开展房屋安全鉴定业务的，在取得市住建局备案证明后应向县住建局进行登记") — the county's own gate on
 * top of the city's filing.
 */
const LOCAL_REGISTRATION =
  /在本(县|市|区|镇|乡)[^，。；]{0,12}?(开展|从事|承接|经营|执业)[^，。；]{0,20}?的[，,][^。；]{0,30}?(应当?|须|需|必须)[^。；]{0,6}?向[^。；]{0,15}?(进行)?(登记|备案|报备)/;
/** A check whose passing opens the door to the 营业执照 or a licence ("…实地核验、集体评审通过后，县市场监督管理局才可为经营者办理营业执照"). */
const PRIOR_CHECK =
  /(核验|评审|审查|检查|验收|审核|评估|考核|论证|会审)[^。；]{0,12}?(通过|合格)后[^。；]{0,20}?(方可|才可|才能|方能)[^。；]{0,12}?(办理|核发|发放|颁发|申领)[^。；]{0,10}?(营业执照|许可证|执照|证照)/;
/** Something made the precondition of a licence or its yearly review ("将“必须挂靠公司经营”…作为办理城镇燃气经营许可证和年审的前置条件"). */
const MADE_PRECONDITION =
  /作为[^。；]{0,20}?(办理|申请|取得|核发|申领|延续)[^。；]{0,24}?(许可证?|执照|审批|年审|年检|资质)[^。；]{0,8}?的?(前置条件|前提条件|前置要件|必备条件)/;
/** A capital or deposit threshold among an approval's requirements ("设立审批：需提供…银行存款证明，银行账户余额不少于5万元"). */
const CAPITAL_CONDITION =
  /(审批|许可|核准|准入)[^。；]{0,12}?[：:][^。；]{0,12}?(须|需|应当?|必须)[^。；]{0,30}?(验资|存款|注册资本|注册资金|实缴|账户余额|资金)[^。；]{0,20}?(不少于|不低于|以上|达到)/;
/**
 * A third party's assessment demanded of operators, confined to bodies with a filing or a qualification the text names
 * ("民宿经营者要委托在省消防总队备案有法定资质的第三方鉴定机构对民宿消防安全进行评估"): an intermediary service as
 * the condition of operating, which needs a law, a regulation or a State Council decision (优化营商环境条例 第四十三条).
 */
/**
 * The document's own conditions as the gate to an activity ("符合以下条件的运输企业，方可在本区范围内从事…运输业务"),
 * and a roster as the gate ("个人或未纳入运输企业准入名录的企业及车辆，不得在县域范围内从事建筑垃圾运输").
 */
const CONDITIONS_GATE =
  /符合(以下|下列|本办法规定的?|上述)条件的[^，。；]{0,12}?(企业|单位|个人|经营者|机构)[，,]?(方可|才可|才能|方能)[^。；]{0,10}?(从事|经营|开展|进入|承接)/;
const ROSTER_GATE =
  /未(纳入|列入|进入|取得)[^，。；]{0,12}?(准入名录|名录|名单|准入资格|目录)[^。；]{0,16}?(不得|禁止|一律不得)[^，。；]{0,16}?(从事|经营|开展|进入|承接)/;
const DEMANDED_INTERMEDIARY =
  /(要|应当|须|需|必须)[^，。；]{0,4}?(委托|聘请)[^，。；]{0,4}?(在[^，。；]{1,12}?备案|具有[^，。；]{0,10}?资质|有[^，。；]{0,6}?资质)[^，。；]{0,16}?(机构|单位)[^，。；]{0,20}?(评估|鉴定|检测|论证)/;
const OUTSIDERS_REGISTER =
  /(外地|外省|外市|外县|外区|市外|县外|省外|区外|非本地|本地以外|域外)[^。]{0,30}?(登记|备案|报备|注册|核准|审核)[^。]{0,15}?(后方可|方可|才能|才可|前不得|否则不得)/;
/** "凭备案证明开展土地估价业务": a 备案 whose receipt is the key to the activity is a licence under another name. */
const FILING_RECEIPT_GATE =
  /凭[^，。；]{0,6}?(备案|登记|认定|核验|审核)(证明|回执|凭证|证书|通知书|文件)[^，。；]{0,6}?(开展|从事|经营|承接|执业|营业|进入)/;
/**
 * "申请办理《烟花爆竹零售许可证》的零售店（点），必须与辖区内批发企业签订连锁经营协议": a licence some higher law
 * sets, its applicants made to contract with a third party first — a condition the 法规 granting it does not name.
 */
const CONTRACT_CONDITION =
  /申请(办理|领取|取得)?《[^》]{2,24}》[^。；]{0,30}?(必须|须|应当|需)[^。；]{0,6}?(与|向)[^。；]{0,20}?(签订|订立|签署|加入)/;
const QUANTITY_CAP =
  /(不得超过|不超过|最多|限设|限定|总量控制)[^，。；]{0,6}?[0-9０-９一二三四五六七八九十百]+(个|家|户|处|辆|座|间)/;

/** "除具备…规定的条件外，还应当…": conditions added to a licence set elsewhere. */
const EXTRA_CONDITION =
  /除[^。；]{0,40}?(规定|条件)[^。；]{0,6}?外[^。；]{0,6}?(还|另|并|同时)(应当|须|需|应|必须)|(申请|办理)[^。；]{0,20}?(许可|资质|执照|审批|登记)[^。；]{0,20}?(还应当|还须|另须|还需|同时须)/;

function bindsPrivateParty(doc: DocumentFeatures, f: ClauseFeatures, m: Match): boolean {
  const subject = subjectAt(doc, f, m.start) ?? subjectAt(doc, f, m.end);
  if (subject !== null) return subject === 'private';
  return PRIVATE_ACTIVITY.test(doc.text.slice(m.start, Math.min(f.clause.end, m.end + 12)));
}

const BASIS = `《中华人民共和国行政许可法》第十七条：除本法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可；第十六条第四款：不得增设违反上位法的其他条件；《优化营商环境条例》第三十九条：严禁以备案、登记、认定等形式变相设定行政许可；${GB_37}：不得设定行政许可、增加办理行政许可事项的条件`;

/** Cheap pre-filter: a clause without any of these words cannot create a licence. */
const TRIGGER =
  /批准|审批|许可|同意|核准|审核|审定|认定|认证|验收|备案|登记|年检|年审|核验|检验|准入|资格|执照|证|条件|《|资质|考核/;

export const licensingRule: ClauseRule = (doc, f) => {
  if (!TRIGGER.test(f.clause.text)) return null;
  if (['define', 'list', 'restate'].includes(readStructure(doc, f).mode)) return null;
  // Added conditions are flagged even beside a citation: the citation is the law being exceeded, unless the added
  // part itself cites a basis.
  const added = [
    ...matchesIn(f, EXTRA_CONDITION).filter((x) => bindsPrivateParty(doc, f, x)),
    ...matchesIn(f, CONTRACT_CONDITION),
    // A ban on preconditions ("不得将无关事项作为办理许可证的前置条件") protects the applicant.
    ...[MADE_PRECONDITION, CAPITAL_CONDITION]
      .flatMap((re) => matchesIn(f, re))
      .filter((m) => !NEGATED_TAIL.test(chunkBefore(doc, f, m.start))),
  ];
  for (const m of added) {
    const addedAt = m.start + Math.max(0, m.text.search(/(还|另|并|同时)?(应当|须|需|应|必须)/));
    const citedAfter = f.basis.citations.some((c) => c.start > addedAt && c.kind !== 'policy');
    if (!citedAfter) {
      return {
        category: 'licensing',
        severity: 'high',
        basis: BASIS,
        advice:
          '该条款在上位法规定的许可条件之外增设了条件。请删除增设的条件，或注明其法律、行政法规依据；规范性文件只能对上位法规定的条件作出不增加义务的具体说明。',
      };
    }
  }
  const disguised = [
    ANNUAL_CHECK,
    OUTSIDERS_REGISTER,
    FILING_RECEIPT_GATE,
    LOCAL_REGISTRATION,
    PRIOR_CHECK,
    CONDITIONS_GATE,
    ROSTER_GATE,
    CONSENT_BEFORE_ISSUE,
    PRIOR_FILING,
    OPINION_GATE,
    CLEARED_WITHOUT,
  ]
    .flatMap((re) => matchesIn(f, re))
    .filter((m) => !NEGATED_TAIL.test(chunkBefore(doc, f, m.start)));
  // A cap on how many may operate is an entry restriction when a body's consent decides who gets in.
  const capped =
    matchesIn(f, QUANTITY_CAP).length > 0 &&
    /(同意|批准|审批|审核|核准|许可)/.test(f.clause.text) &&
    /(设立|设置|新设|开办|经营|网点|门店|摊位)/.test(f.clause.text);
  if (disguised.length > 0 || capped) {
    return licensingHit(
      doc,
      f,
      false,
      '该条款以年检核验、登记备案、数量控制加审批同意等方式决定当事人能否从事活动，属于变相设定行政许可。请删除，或注明设定该许可的法律、行政法规、国务院决定或省级政府规章条文；监管需要的，改为事中事后监管或告知承诺。',
    );
  }
  const intermediary = matchesIn(f, DEMANDED_INTERMEDIARY).filter((m) => bindsPrivateParty(doc, f, m));
  if (intermediary.length > 0) {
    const scope = basisScope(doc, f, { kinds: ['law', 'regulation', 'decision'], generic: false });
    return afterBasis(
      {
        category: 'licensing',
        severity: 'medium',
        basis: `${BASIS}；《优化营商环境条例》第四十三条：作为办理行政审批条件的中介服务事项……应当有法律、法规或者国务院决定依据；……行政机关不得为市场主体指定或者变相指定中介服务机构`,
        advice:
          '该条款要求当事人委托限定资质或备案的中介机构出具评估、鉴定意见，实际构成从事该活动的前置条件。请核对该中介服务有无法律、法规或国务院决定依据（资质许可已取消的不得再作要求）；无依据的，请删除，改由主管部门依法监管。',
      },
      scope,
    );
  }
  const gates = [GATE, NEGATIVE_GATE, DEMANDED_APPROVAL, SCHEME, PERMIT]
    .flatMap((re) => matchesIn(f, re))
    .filter((m) => !NEGATED_TAIL.test(chunkBefore(doc, f, m.start)) && bindsPrivateParty(doc, f, m));
  if (gates.length === 0) return null;
  return licensingHit(
    doc,
    f,
    true,
    '规范性文件不得设定行政许可，也不得以备案、登记、认定等方式变相设定许可。请删除该审批（许可）要求，或注明设定该许可的法律、行政法规、国务院决定或省级政府规章条文，并与行政许可事项清单核对。',
  );
};

/** A high licensing finding unless a basis is cited; `generic` lets "依法" count as one. */
function licensingHit(doc: DocumentFeatures, f: ClauseFeatures, generic: boolean, advice: string) {
  const scope = basisScope(doc, f, { kinds: ['law', 'regulation', 'decision', 'rule'], generic });
  return afterBasis({ category: 'licensing', severity: 'high', basis: BASIS, advice }, scope);
}
