// Which documents must state a 有效期. The validity limit is a rule of local 行政规范性文件 management (each region's
// own 办法; 国发〔2008〕17号 requires their periodic cleanup): it binds the local 行政规范性文件 a county, city or
// provincial government or department issues. It does not bind what the State Council and its ministries issue, nor
// 规章 (government orders, 政府令), nor a 地方性法规 (its issuer is a 人大 or its standing committee, or its head names
// the session that passed it), nor a government's internal 工作规则. The title, the issuer and a 令 number tell.
import { issuerFromTitle } from './issuer';
import { isLocalRegulation } from './local-regulation';

/** State Council, its office, and the ministries, commissions and administrations under it. */
const CENTRAL =
  /^(国务院|国家[^省市县区]{1,16}(局|委员会|委|署|总局|部)|中华人民共和国[^省市县区]{1,12}(部|委员会|署|总局)|(财政|教育|科学技术|工业和信息化|公安|民政|司法|人力资源社会保障|人力资源和社会保障|自然资源|生态环境|住房和城乡建设|住房城乡建设|交通运输|水利|农业农村|商务|文化和旅游|应急管理|外交|国防|审计|退役军人事务)部|中国人民银行|海关总署|市场监管总局|国家市场监督管理总局|税务总局)/;
const RULE = /政府令|令第[0-9０-９一二三四五六七八九十百零〇]+号|规章/;
/**
 * A body's rules for its own work (工作规则, 工作规范, 规范化建设标准…) and its work plans (工作要点, 任务分解): 37号 and
 * every local 办法 place the 管理规范、工作制度、工作方案 an agency applies inside itself outside 行政规范性文件.
 */
const INTERNAL_WORK = /(工作规则|议事规则|工作制度|工作规范|管理规范|规范化建设标准|工作要点|任务分解表?|会议纪要)$/;

/** Whether the title names a body's internal work rules or plans rather than rules for the public. */
export function isInternalWorkDocument(title: string): boolean {
  const bare = title
    .trim()
    .replace(/[》”」]?的?通知$/, '')
    .replace(/（[^（）]*）$/, '')
    .replace(/[《“「》”」]/g, '');
  return INTERNAL_WORK.test(bare);
}

export interface DocumentKindInput {
  title?: string;
  issuer?: string;
  text: string;
}

/** Why a document needs no validity clause, or null when it must carry one. */
export function validityExemption(input: DocumentKindInput): string | null {
  const title = input.title?.trim() ?? '';
  const issuer = input.issuer?.trim() || (title ? issuerFromTitle(title) : null) || '';
  if (CENTRAL.test(issuer) || CENTRAL.test(title)) return '中央国家机关制发的文件';
  const head = input.text.slice(0, 400);
  if (RULE.test(title) || /政府令|令\s*(〔[0-9]{4}〕)?\s*第[0-9０-９一二三四五六七八九十百零〇]+号/.test(head))
    return '规章';
  if (isLocalRegulation({ text: input.text, issuer })) return '地方性法规';
  if (isInternalWorkDocument(title)) return '内部工作规则或工作安排';
  return null;
}
