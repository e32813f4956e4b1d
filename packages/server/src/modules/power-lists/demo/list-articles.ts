// The articles behind the demo region's five other lists (演示): each entry is one article (款, 项) that itself
// creates the thing the list holds — a licence (许可、批准、审批、注册), a filing (备案), a certificate a party presents
// (证明), a service the body owes (咨询、举报受理、公布、公开、查询、培训、指导、申诉处理) — named after the article's own words,
// with the words quoted (`excerpt`) so that extract-items.ts checks them against the saved text and the data-file
// test checks that they say what makes the item that kind. A list may be short; nothing in it is derived from
// another list. Columns are filled only where the article names them (a licence's certificate, a filing party, who
// is served); the 涉企经营许可 list's 改革方式 is left empty: the State Council's list that assigns it (国发〔2021〕7号)
// is not among the texts read, and the mode is never guessed — an adjustment of such an item must supply it (the
// column stays required, core power-lists/kinds.ts), while 开具单位 and 服务对象 are optional where no text names one.

/** the lists besides the powers list */
export type OtherList = 'licensing' | 'business_licensing' | 'filing' | 'certification' | 'public_service';

export interface ListArticle {
  list: Exclude<OtherList, 'business_licensing'>;
  /** the law's file, as in extract-items.ts's sources */
  file: string;
  /** the department's number in the demo codes (159901-<no>-…) */
  no: string;
  article: number;
  /** 1-based 款, when the article has more than one */
  clause?: number;
  /** 1-based 项 of that 款 */
  item?: number;
  name: string;
  /** words of the article (款, 项), verbatim */
  excerpt: string;
  /** a licence that licenses a business activity: also on the 涉企经营许可 list */
  business?: boolean;
  extra?: Record<string, string>;
}

/** The word an excerpt must contain for its list (the data-file test checks every one). */
export const listWord: Record<ListArticle['list'], RegExp> = {
  licensing: /许可|批准|审批|注册|同意/,
  filing: /备案/,
  certification: /证明/,
  public_service: /服务|咨询|举报|公布|公开|培训|指导|申诉/,
};

const food = '食品安全法(2021-04-29).md';
const safety = '安全生产法(2021-06-10).md';
const doctors = '医师法(2021-08-20).md';
const labour = '劳动合同法(2012-12-28).md';
const building = '建筑法(2019-04-23).md';
const schools = '民办教育促进法(2018-12-29).md';
const scrapCars = '报废机动车回收管理办法(2019-04-22).md';
const planning = '城乡规划法(2019-04-23).md';
const cityLook = '城市市容和环境卫生管理条例(2017-03-01).md';
const schoolParty = { filingParty: '民办学校' };
// issue 16 item 8: the regulations read for the larger list
const drugs = '药品管理法(2019-08-26).md';
const gas = '城镇燃气管理条例(2016-02-06).md';
const pesticides = '农药管理条例(2022-03-29).md';
const vetDrugs = '兽药管理条例(2020-03-27).md';
const animals = '动物防疫法(2021-01-22).md';
const forests = '森林法(2019-12-28).md';
const roads = '城市道路管理条例(2019-03-24).md';
const greening = '城市绿化条例(2017-03-01).md';
const venues = '公共场所卫生管理条例(2019-04-23).md';
const nurses = '护士条例(2020-03-27).md';
const hrMarket = '人力资源市场暂行条例(2018-06-29).md';
const crowds = '大型群众性活动安全管理条例(2007-09-14).md';
const fireworks = '烟花爆竹安全管理条例(2016-02-06).md';
const chemicals = '危险化学品安全管理条例(2013-12-07).md';
const quality = '建设工程质量管理条例(2019-04-23).md';
const livestock = '畜牧法(2022-10-30).md';
const investment = '企业投资项目核准和备案管理条例(2016-11-30).md';
const property = '物业管理条例(2018-03-19).md';
const fire = '消防法(2021-04-29).md';
const estate = '城市房地产开发经营管理条例(2020-11-29).md';
const air = '大气污染防治法(2018-10-26).md';
const soil = '土壤污染防治法(2018-08-31).md';
const wages = '保障农民工工资支付条例(2019-12-30).md';
const jobs = '就业促进法(2015-04-24).md';

export const listArticles: ListArticle[] = [
  // 行政许可
  { list: 'licensing', file: food, no: '01', article: 35, clause: 1, name: '食品生产经营许可', excerpt: '从事食品生产、食品销售、餐饮服务，应当依法取得许可', business: true },
  { list: 'licensing', file: food, no: '01', article: 39, clause: 1, name: '食品添加剂生产许可', excerpt: '国家对食品添加剂生产实行许可制度', business: true },
  { list: 'licensing', file: building, no: '05', article: 7, clause: 1, name: '建筑工程施工许可', excerpt: '向工程所在地县级以上人民政府建设行政主管部门申请领取施工许可证', extra: { licenceName: '施工许可证' } },
  { list: 'licensing', file: cityLook, no: '06', article: 11, clause: 2, name: '设置大型户外广告审批', excerpt: '大型户外广告的设置必须征得城市人民政府市容环境卫生行政主管部门同意后，按照有关规定办理审批手续' },
  { list: 'licensing', file: cityLook, no: '06', article: 14, name: '在街道两侧和公共场地临时堆放物料，搭建非永久性建筑物、构筑物或者其他设施审批', excerpt: '在街道两侧和公共场地临时堆放物料，搭建非永久性建筑物、构筑物或者其他设施的，必须征得城市人民政府市容环境卫生行政主管部门同意' },
  { list: 'licensing', file: cityLook, no: '06', article: 17, clause: 2, name: '在城市建筑物、设施上张挂、张贴宣传品等审批', excerpt: '须经城市人民政府市容环境卫生行政主管部门或者其他有关部门批准' },
  { list: 'licensing', file: doctors, no: '07', article: 13, clause: 3, name: '医师执业注册', excerpt: '准予注册，将注册信息录入国家信息平台，并发给医师执业证书', extra: { licenceName: '医师执业证书' } },
  { list: 'licensing', file: doctors, no: '07', article: 20, clause: 1, name: '医师个体行医审批', excerpt: '医师个体行医应当依法办理审批或者备案手续' },
  { list: 'licensing', file: planning, no: '09', article: 44, clause: 1, name: '城市、镇规划区内临时建设审批', excerpt: '在城市、镇规划区内进行临时建设的，应当经城市、县人民政府城乡规划主管部门批准' },
  { list: 'licensing', file: labour, no: '08', article: 57, clause: 2, name: '劳务派遣经营许可', excerpt: '经营劳务派遣业务，应当向劳动行政部门依法申请行政许可', business: true },
  { list: 'licensing', file: schools, no: '08', article: 12, name: '实施以职业技能为主的职业资格培训、职业技能培训的民办学校设立审批', excerpt: '由县级以上人民政府人力资源社会保障行政部门按照国家规定的权限审批' },
  { list: 'licensing', file: schools, no: '11', article: 12, name: '实施学历教育、学前教育、自学考试助学及其他文化教育的民办学校设立审批', excerpt: '由县级以上人民政府教育行政部门按照国家规定的权限审批' },
  { list: 'licensing', file: drugs, no: '01', article: 51, clause: 1, name: '药品零售经营许可', excerpt: '从事药品零售活动，应当经所在地县级以上地方人民政府药品监督管理部门批准，取得药品经营许可证', business: true, extra: { licenceName: '药品经营许可证' } },
  { list: 'licensing', file: gas, no: '05', article: 15, clause: 2, name: '燃气经营许可', excerpt: '由县级以上地方人民政府燃气管理部门核发燃气经营许可证', business: true, extra: { licenceName: '燃气经营许可证' } },
  { list: 'licensing', file: pesticides, no: '10', article: 24, clause: 1, name: '农药经营许可', excerpt: '国家实行农药经营许可制度，但经营卫生用农药的除外', business: true, extra: { licenceName: '农药经营许可证' } },
  { list: 'licensing', file: vetDrugs, no: '10', article: 22, clause: 3, name: '兽药经营许可', excerpt: '审查合格的，发给兽药经营许可证', business: true, extra: { licenceName: '兽药经营许可证' } },
  { list: 'licensing', file: animals, no: '10', article: 25, clause: 2, name: '动物防疫条件审查', excerpt: '受理申请的农业农村主管部门应当依照本法和《中华人民共和国行政许可法》的规定进行审查', extra: { licenceName: '动物防疫条件合格证' } },
  { list: 'licensing', file: forests, no: '09', article: 56, clause: 1, name: '林木采伐许可', excerpt: '采伐林地上的林木应当申请采伐许可证', extra: { licenceName: '采伐许可证' } },
  { list: 'licensing', file: roads, no: '06', article: 29, name: '依附于城市道路建设各种管线、杆线等设施审批', excerpt: '依附于城市道路建设各种管线、杆线等设施的，应当经市政工程行政主管部门批准，方可建设' },
  { list: 'licensing', file: roads, no: '06', article: 30, name: '占用、挖掘城市道路审批', excerpt: '未经市政工程行政主管部门和公安交通管理部门批准，任何单位或者个人不得占用或者挖掘城市道路' },
  { list: 'licensing', file: greening, no: '06', article: 20, clause: 2, name: '砍伐城市树木审批', excerpt: '砍伐城市树木，必须经城市人民政府城市绿化行政主管部门批准' },
  { list: 'licensing', file: venues, no: '07', article: 4, clause: 2, name: '公共场所卫生许可', excerpt: '“卫生许可证”由县以上卫生行政部门签发', business: true, extra: { licenceName: '卫生许可证' } },
  { list: 'licensing', file: nurses, no: '07', article: 8, clause: 1, name: '护士执业注册', excerpt: '对具备本条例规定条件的，准予注册，并发给护士执业证书', extra: { licenceName: '护士执业证书' } },
  { list: 'licensing', file: hrMarket, no: '08', article: 18, clause: 1, name: '人力资源服务许可（职业中介活动）', excerpt: '经营性人力资源服务机构从事职业中介活动的，应当依法向人力资源社会保障行政部门申请行政许可，取得人力资源服务许可证', business: true, extra: { licenceName: '人力资源服务许可证' } },
  { list: 'licensing', file: crowds, no: '12', article: 11, clause: 1, name: '大型群众性活动安全许可', excerpt: '公安机关对大型群众性活动实行安全许可制度' },
  { list: 'licensing', file: fireworks, no: '02', article: 19, clause: 2, name: '烟花爆竹经营（零售）许可', excerpt: '核发《烟花爆竹经营(零售)许可证》', business: true, extra: { licenceName: '烟花爆竹经营(零售)许可证' } },
  { list: 'licensing', file: fireworks, no: '12', article: 22, clause: 1, name: '烟花爆竹道路运输许可', excerpt: '经由道路运输烟花爆竹的，应当经公安部门许可', extra: { licenceName: '烟花爆竹道路运输许可证' } },
  // 行政备案
  { list: 'filing', file: food, no: '01', article: 35, clause: 1, name: '仅销售预包装食品备案', excerpt: '仅销售预包装食品的，应当报所在地县级以上地方人民政府食品安全监督管理部门备案', extra: { filingParty: '仅销售预包装食品的经营者' } },
  { list: 'filing', file: safety, no: '02', article: 40, clause: 2, name: '重大危险源及有关安全措施、应急措施备案', excerpt: '将本单位重大危险源及有关安全措施、应急措施报有关地方人民政府应急管理部门和有关部门备案', extra: { filingParty: '生产经营单位' } },
  { list: 'filing', file: planning, no: '09', article: 43, clause: 2, name: '依法变更后的规划条件备案', excerpt: '建设单位应当及时将依法变更后的规划条件报有关人民政府土地主管部门备案', extra: { filingParty: '建设单位' } },
  { list: 'filing', file: doctors, no: '07', article: 20, clause: 1, name: '医师个体行医备案', excerpt: '医师个体行医应当依法办理审批或者备案手续', extra: { filingParty: '个体行医的医师' } },
  { list: 'filing', file: schools, no: '11', article: 21, clause: 2, name: '民办学校理事长、理事或者董事长、董事名单备案', excerpt: '理事长、理事或者董事长、董事名单报审批机关备案', extra: schoolParty },
  { list: 'filing', file: schools, no: '11', article: 42, name: '民办学校招生简章和广告备案', excerpt: '民办学校的招生简章和广告，应当报审批机关备案', extra: schoolParty },
  { list: 'filing', file: hrMarket, no: '08', article: 18, clause: 2, name: '经营性人力资源服务机构开展人力资源服务业务备案', excerpt: '应当自开展业务之日起15日内向人力资源社会保障行政部门备案', extra: { filingParty: '经营性人力资源服务机构' } },
  { list: 'filing', file: quality, no: '05', article: 49, clause: 1, name: '建设工程竣工验收备案', excerpt: '将建设工程竣工验收报告和规划、公安消防、环保等部门出具的认可文件或者准许使用文件报建设行政主管部门或者其他有关部门备案', extra: { filingParty: '建设单位' } },
  { list: 'filing', file: fire, no: '05', article: 13, clause: 2, name: '建设工程消防验收备案', excerpt: '建设单位在验收后应当报住房和城乡建设主管部门备案', extra: { filingParty: '建设单位' } },
  { list: 'filing', file: property, no: '05', article: 16, clause: 1, name: '业主委员会备案', excerpt: '向物业所在地的区、县人民政府房地产行政主管部门和街道办事处、乡镇人民政府备案', extra: { filingParty: '业主委员会' } },
  { list: 'filing', file: estate, no: '05', article: 18, name: '房地产开发项目手册备案', excerpt: '记录在房地产开发项目手册中，并定期送房地产开发主管部门备案', extra: { filingParty: '房地产开发企业' } },
  { list: 'filing', file: livestock, no: '10', article: 39, clause: 2, name: '畜禽养殖场备案', excerpt: '向养殖场所在地县级人民政府农业农村主管部门备案，取得畜禽标识代码', extra: { filingParty: '畜禽养殖场兴办者' } },
  { list: 'filing', file: investment, no: '18', article: 13, clause: 3, name: '企业投资项目备案', excerpt: '备案机关收到本条第一款规定的全部信息即为备案', extra: { filingParty: '企业' } },
  // 证明事项: what the applicant must present to the approving body
  { list: 'certification', file: schools, no: '11', article: 13, item: 3, name: '申请筹设民办学校：资产来源、资金数额有效证明文件', excerpt: '资产来源、资金数额及有效证明文件，并载明产权', extra: { certificateName: '资产来源、资金数额有效证明文件' } },
  { list: 'certification', file: schools, no: '11', article: 13, item: 4, name: '申请筹设民办学校：捐赠校产相关有效证明文件', excerpt: '捐赠人的姓名、所捐资产的数额、用途和管理方法及相关有效证明文件', extra: { certificateName: '捐赠校产相关有效证明文件' } },
  { list: 'certification', file: schools, no: '11', article: 15, item: 4, name: '申请正式设立民办学校：学校资产有效证明文件', excerpt: '学校资产的有效证明文件', extra: { certificateName: '学校资产有效证明文件' } },
  { list: 'certification', file: schools, no: '11', article: 15, item: 5, name: '申请正式设立民办学校：校长、教师、财会人员资格证明文件', excerpt: '校长、教师、财会人员的资格证明文件', extra: { certificateName: '校长、教师、财会人员资格证明文件' } },
  { list: 'certification', file: vetDrugs, no: '10', article: 22, clause: 2, name: '申请兽药经营许可：符合经营条件的证明材料', excerpt: '并附具符合前款规定条件的证明材料', extra: { certificateName: '符合兽药经营条件的证明材料' } },
  { list: 'certification', file: chemicals, no: '02', article: 35, clause: 1, name: '申请危险化学品经营许可：符合经营条件的证明材料', excerpt: '申请人应当提交其符合本条例第三十四条规定条件的证明材料', extra: { certificateName: '符合危险化学品经营条件的证明材料' } },
  { list: 'certification', file: fireworks, no: '02', article: 19, clause: 2, name: '申请烟花爆竹零售经营许可：符合零售经营条件的有关材料', excerpt: '并提供能够证明符合本条例第十八条规定条件的有关材料', extra: { certificateName: '符合烟花爆竹零售经营条件的有关材料' } },
  // 公共服务
  { list: 'public_service', file: food, no: '01', article: 115, clause: 1, name: '食品安全咨询、投诉、举报受理', excerpt: '公布本部门的电子邮件地址或者电话，接受咨询、投诉、举报', extra: { serviceTarget: '咨询、投诉、举报人' } },
  { list: 'public_service', file: safety, no: '02', article: 73, clause: 1, name: '安全生产举报受理', excerpt: '公开举报电话、信箱或者电子邮件地址等网络举报平台，受理有关安全生产的举报' },
  { list: 'public_service', file: safety, no: '02', article: 89, name: '生产安全事故情况统计分析和公布', excerpt: '定期统计分析本行政区域内发生生产安全事故的情况，并定期向社会公布', extra: { serviceTarget: '社会' } },
  { list: 'public_service', file: scrapCars, no: '13', article: 17, clause: 1, name: '报废机动车回收违法行为举报受理', excerpt: '应当向社会公布本部门的联系方式，方便公众举报违法行为', extra: { serviceTarget: '公众' } },
  { list: 'public_service', file: doctors, no: '07', article: 21, name: '医师注册信息查询服务', excerpt: '通过网站提供医师注册信息查询服务' },
  { list: 'public_service', file: doctors, no: '07', article: 39, clause: 1, name: '医师分级分类培训', excerpt: '采取多种形式对医师进行分级分类培训，为医师接受继续医学教育提供条件', extra: { serviceTarget: '医师' } },
  { list: 'public_service', file: planning, no: '09', article: 54, name: '城乡规划监督检查情况和处理结果公开', excerpt: '监督检查情况和处理结果应当依法公开，供公众查阅和监督', extra: { serviceTarget: '公众' } },
  { list: 'public_service', file: labour, no: '08', article: 79, name: '违反劳动合同法行为举报的核实、处理', excerpt: '任何组织或者个人对违反本法的行为都有权举报，县级以上人民政府劳动行政部门应当及时核实、处理', extra: { serviceTarget: '任何组织或者个人' } },
  { list: 'public_service', file: schools, no: '11', article: 40, name: '民办学校教育教学工作、教师培训工作指导', excerpt: '对民办学校的教育教学工作、教师培训工作进行指导', extra: { serviceTarget: '民办学校' } },
  { list: 'public_service', file: schools, no: '11', article: 43, name: '民办学校受教育者申诉处理', excerpt: '受教育者及其亲属有权向教育行政部门和其他有关部门申诉，有关部门应当及时予以处理', extra: { serviceTarget: '受教育者及其亲属' } },
  { list: 'public_service', file: air, no: '03', article: 31, clause: 1, name: '大气污染举报受理', excerpt: '应当公布举报电话、电子邮箱等，方便公众举报', extra: { serviceTarget: '公众' } },
  { list: 'public_service', file: soil, no: '03', article: 84, clause: 2, name: '土壤污染防治举报受理', excerpt: '应当将土壤污染防治举报方式向社会公布，方便公众举报', extra: { serviceTarget: '公众' } },
  { list: 'public_service', file: wages, no: '08', article: 10, clause: 3, name: '拖欠农民工工资举报投诉受理', excerpt: '应当公开举报投诉电话、网站等渠道，依法接受对拖欠农民工工资行为的举报、投诉', extra: { serviceTarget: '举报、投诉人' } },
  { list: 'public_service', file: jobs, no: '08', article: 35, clause: 1, name: '公共就业服务', excerpt: '设立公共就业服务机构，为劳动者免费提供下列服务', extra: { serviceTarget: '劳动者' } },
]; // prettier-ignore
