// The law texts the demo lists are read from (extract-items.ts), each with the departments it gives items to and the
// kind of acting body that marks a department's article. New laws go at the end, so that the items already in the
// data file keep their codes. A county's list draws most of its items from the 行政法规 and departmental rules that
// carry out the laws, so those are read too, each for the department that enforces it in the demo region.
// Departments the demo region lacks give no items: 税务 (税收征收管理法 and its 实施细则 are enforced by the tax
// bureaus, vertical under the State Taxation Administration), 消防救援 (消防法's inspections and penalties, but for the
// 住房和城乡建设 departments' 消防设计审查验收), 文化和旅游 (娱乐场所管理条例, 互联网上网服务营业场所管理条例 and 旅游法
// but for the 公安 parts), and 政务服务 (19) and 信访 (20), which no law read gives a power.
export interface Department {
  /** the department's number in the demo codes (159901-<no>-<kind>-<seq>) */
  no: string;
  org: string;
  body: RegExp;
  /** in a law shared with a body the region lacks: the articles that are this department's */
  only?: number[];
  /** …and the items of them that are the other body's */
  not?: RegExp;
}
export interface Source {
  /** the file under the laws folder: 名称(版本日期).md, as the repository names it */
  file: string;
  /** where the repository keeps it */
  path: string;
  departments: Department[];
  /** for a text without a 法律责任 chapter (a 办法, a 规定): the first of its liability articles */
  liabilityFrom?: number;
}

const dept = (no: string, org: string, body: RegExp): Department => ({ no, org, body });
/** the same department, marked in one text by another name of its kind of body */
const as = (d: Department, body: RegExp): Department => ({ ...d, body });

const market = dept('01', '示范区市场监督管理局', /市场监督管理部门/);
/** the names the market regulators' predecessors carry in older texts (the 2018 reform merged them) */
const marketOld = as(market, /市场监督管理|工商行政管理|质量技术监督|产品质量监督|食品药品监督管理|药品监督管理|特种设备安全监督管理|负责特种设备安全监督管理/); // prettier-ignore
const safety = dept('02', '示范区应急管理局', /应急管理部门|安全生产监督管理|负有安全生产监督管理职责的部门/);
const ecology = dept('03', '示范区生态环境分局', /生态环境主管部门|环境保护主管部门|环境保护行政主管部门|生态环境部门/);
const transport = dept('04', '示范区交通运输局', /交通运输主管部门|交通主管部门|公路管理机构/);
const housing = dept('05', '示范区住房和城乡建设局', /住房和城乡建设主管部门|住房城乡建设主管部门|建设行政主管部门|建设主管部门|房地产管理部门|燃气管理部门|物业管理主管部门|城镇排水主管部门|供水行政主管部门|风景名胜区管理机构|城乡规划主管部门会同同级文物主管部门/); // prettier-ignore
const city = dept(
  '06',
  '示范区城市管理综合执法局',
  /市容环境卫生行政主管部门|城市绿化行政主管部门|市政工程行政主管部门/,
);
const health = dept(
  '07',
  '示范区卫生健康委员会',
  /卫生健康主管部门|卫生行政部门|卫生主管部门|卫生行政主管部门|卫生健康行政部门/,
);
const labour = dept('08', '示范区人力资源和社会保障局', /劳动行政部门|劳动保障行政部门|人力资源社会保障行政部门|人力资源社会保障部门|社会保险行政部门|人力资源和社会保障/); // prettier-ignore
const land = dept('09', '示范区自然资源分局', /自然资源主管部门|土地行政主管部门|国土资源主管部门|地质矿产主管部门|测绘地理信息主管部门|不动产登记机构/); // prettier-ignore
/** 林业 in the demo region sits with the natural resources bureau, as in most districts since the 2018 reform */
const forestry = as(land, /林业主管部门|林业行政主管部门|野生动物保护主管部门|野生植物行政主管部门/);
const farming = dept('10', '示范区农牧水利局', /农业农村主管部门|农业主管部门|农业行政主管部门|兽医主管部门|畜牧兽医行政管理部门|渔业行政主管部门|植物检疫机构|农业机械化主管部门|草原行政主管部门|农业机械化行政主管部门/); // prettier-ignore
/** 水利 sits with 农牧 in the demo region (示范区农牧水利局) */
const water = as(farming, /水行政主管部门|河道主管机关|防汛指挥机构/);
const education = dept('11', '示范区教育局', /教育行政部门|教育主管部门/);
const police = dept('12', '示范区公安分局', /公安机关|公安部门|公安派出所/);
const commerce = dept('13', '示范区商务局', /商务主管部门/);
const civil = dept('14', '示范区民政局', /民政部门|登记管理机关/);
const finance = dept('15', '示范区财政局', /财政部门/);
const statistics = dept('16', '示范区统计局', /统计机构/);
const audit = dept('17', '示范区审计局', /审计机关/);
const development = dept('18', '示范区发展和改革委员会', /价格主管部门/);

/** One text: its path in the repository (the file is its last part) and the departments it gives items to. */
const law = (path: string, departments: Department[], liabilityFrom?: number): Source => ({
  file: path.slice(path.lastIndexOf('/') + 1),
  path,
  departments,
  ...(liabilityFrom ? { liabilityFrom } : {}),
});

/** In the departments' numbering of the demo list, in the order the texts were added. */
export const sources: Source[] = [
  law('经济法/价格法(1997-12-29).md', [as(market, /价格主管部门/), development]),
  law('经济法/产品质量法(2018-12-29).md', [market]),
  law('行政法/食品安全法(2021-04-29).md', [as(market, /食品安全监督管理/)]),
  law('行政法/水污染防治法(2017-06-27).md', [as(ecology, /环境保护主管部门/)]),
  law('行政法规/城市市容和环境卫生管理条例(2017-03-01).md', [as(city, /市容环境卫生行政主管部门/)]),
  law('社会法/劳动合同法(2012-12-28).md', [as(labour, /劳动行政部门/)]),
  law('社会法/安全生产法(2021-06-10).md', [as(safety, /应急管理部门|负有安全生产监督管理职责的部门/)]),
  law('经济法/统计法(2009-06-27).md', [statistics]),
  law('经济法/广告法(2021-04-29).md', [market]),
  law('经济法/建筑法(2019-04-23).md', [as(housing, /建设行政主管部门/)]),
  law('经济法/会计法(2024-06-28).md', [finance]),
  law('经济法/农产品质量安全法(2022-09-02).md', [as(farming, /农业农村主管部门/), market]),
  law('行政法/医师法(2021-08-20).md', [as(health, /县级以上人民政府卫生健康主管部门/)]),
  law('行政法/民办教育促进法(2018-12-29).md', [as(education, /教育行政部门/)]),
  law('经济法/公路法(2017-11-04).md', [as(transport, /交通主管部门/)]),
  law('行政法/居民身份证法(2011-10-29).md', [as(police, /公安机关/)]),
  law('行政法规/社会团体登记管理条例(2016-02-06).md', [as(civil, /登记管理机关/)]),
  law('经济法/审计法(2021-10-23).md', [audit]),
  // 第四条: 县级以上地方人民政府负责报废机动车回收管理的部门 — the commerce department (商务主管部门) in practice
  law('行政法规/报废机动车回收管理办法(2019-04-22).md', [as(commerce, /负责报废机动车回收管理的部门/)], 19),
  // 城乡规划 passed to the natural resources departments in the 2018 reform
  law('行政法/城乡规划法(2019-04-23).md', [as(land, /城乡规划主管部门/)]),
  law('行政法规/道路运输条例(2023-07-20).md', [as(transport, /县级以上地方人民政府交通运输主管部门/)]),
  law('行政法规/民办非企业单位登记管理暂行条例(1998-10-25).md', [as(civil, /登记管理机关/)]),
  // issue 16 item 8: the laws of the region's departments and the 行政法规 and rules that carry them out
  law('行政法/大气污染防治法(2018-10-26).md', [ecology]),
  law('行政法/固体废物污染环境防治法(2020-04-29).md', [ecology]),
  law('行政法/环境保护法(2014-04-24).md', [ecology]),
  law('行政法/环境影响评价法(2018-12-29).md', [ecology]),
  law('行政法/噪声污染防治法(2021-12-24).md', [ecology]),
  law('行政法/土壤污染防治法(2018-08-31).md', [ecology]),
  law('行政法/放射性污染防治法(2003-06-28).md', [ecology]),
  law('行政法规/建设项目环境保护管理条例(2017-07-16).md', [ecology]),
  law('行政法规/排污许可管理条例(2021-01-24).md', [ecology]),
  law('行政法规/医疗废物管理条例(2011-01-08).md', [ecology, health]),
  law('行政法/药品管理法(2019-08-26).md', [marketOld]),
  law('行政法规/药品管理法实施条例(2019-03-02).md', [marketOld]),
  law('行政法/疫苗管理法(2019-06-29).md', [marketOld, health]),
  law('行政法规/医疗器械监督管理条例(2021-02-09).md', [marketOld]),
  law('行政法规/化妆品监督管理条例(2020-06-16).md', [marketOld]),
  law('行政法规/食品安全法实施条例(2019-10-11).md', [marketOld]),
  law('行政法规/乳品质量安全监督管理条例(2008-10-09).md', [marketOld]),
  law('社会法/特种设备安全法(2013-06-29).md', [marketOld]),
  law('行政法规/特种设备安全监察条例(2009-01-24).md', [marketOld]),
  law('经济法/计量法(2018-10-26).md', [marketOld]),
  law('经济法/标准化法(2017-11-04).md', [as(market, /标准化行政主管部门/)]),
  law('经济法/反不正当竞争法(2019-04-23).md', [marketOld]),
  law('民法商法/消费者权益保护法(2013-10-25).md', [marketOld]),
  law('民法商法/电子商务法(2018-08-31).md', [marketOld]),
  law('民法商法/商标法(2019-04-23).md', [marketOld]),
  law('行政法规/认证认可条例(2023-07-20).md', [marketOld]),
  law('行政法规/工业产品生产许可证管理条例(2023-07-20).md', [marketOld]),
  law('行政法规/市场主体登记管理条例(2021-07-27).md', [as(market, /登记机关/)]),
  law('行政法规/直销管理条例(2017-03-01).md', [marketOld]),
  law('行政法规/禁止传销条例(2005-08-23).md', [marketOld]),
  law('行政法规/无证无照经营查处办法(2017-08-06).md', [marketOld], 13),
  law('行政法规/价格违法行为行政处罚规定(2010-12-04).md', [as(market, /价格主管部门/)], 4),
  law('部门规章/市场监督管理总局/侵害消费者权益行为处罚办法(2015-01-05).md', [market], 15),
  law('部门规章/市场监督管理总局/明码标价和禁止价格欺诈规定(2022-04-14).md', [market], 22),
  law('部门规章/市场监督管理总局/食品生产经营监督检查管理办法(2021-12-24).md', [market]),
  law('部门规章/市场监督管理总局/化妆品生产经营监督管理办法(2021-08-02).md', [marketOld]),
  law('部门规章/市场监督管理总局/医疗器械生产监督管理办法(2022-03-10).md', [marketOld]),
  law('部门规章/市场监督管理总局/医疗器械经营监督管理办法(2022-03-10).md', [marketOld]),
  law('部门规章/市场监督管理总局/特种设备安全监督检查办法(2022-05-26).md', [marketOld]),
  law('部门规章/市场监督管理总局/市场主体登记管理条例实施细则(2022-03-01).md', [market]),
  law('行政法规/危险化学品安全管理条例(2013-12-07).md', [safety, police]),
  law('行政法规/烟花爆竹安全管理条例(2016-02-06).md', [safety, police]),
  law('行政法规/生产安全事故报告和调查处理条例(2007-04-09).md', [safety]),
  law('行政法规/生产安全事故应急条例(2019-02-17).md', [safety]),
  law('行政法规/安全生产许可证条例(2014-07-29).md', [safety], 19),
  law('行政法规/公路安全保护条例(2011-03-07).md', [transport]),
  law('行政法规/收费公路管理条例(2004-09-13).md', [transport]),
  law('行政法规/建设工程质量管理条例(2019-04-23).md', [housing]),
  law('行政法规/建设工程安全生产管理条例(2003-11-24).md', [housing]),
  law('行政法规/建设工程勘察设计管理条例(2017-10-07).md', [housing]),
  law('行政法规/城镇燃气管理条例(2016-02-06).md', [housing]),
  law('行政法规/物业管理条例(2018-03-19).md', [as(housing, /房地产行政主管部门/)]),
  law('行政法/城市房地产管理法(2019-08-26).md', [as(housing, /房产管理部门/), as(land, /土地管理部门/)]),
  law('行政法规/城市房地产开发经营管理条例(2020-11-29).md', [as(housing, /房地产开发主管部门/)]),
  law('行政法规/城镇排水与污水处理条例(2013-10-02).md', [housing]),
  law('行政法规/城市供水条例(2020-03-27).md', [housing]),
  law('行政法规/民用建筑节能条例(2008-08-01).md', [housing]),
  law('行政法规/风景名胜区条例(2016-02-06).md', [housing]),
  law('行政法规/历史文化名城名镇名村保护条例(2017-10-07).md', [housing]),
  // 消防法: only the 住房和城乡建设 departments' 消防设计审查验收 (the rest is the 消防救援机构's)
  law('行政法/消防法(2021-04-29).md', [
    { ...as(housing, /住房和城乡建设主管部门/), only: [58, 59], not: /公众聚集场所/ },
  ]),
  law('行政法规/城市绿化条例(2017-03-01).md', [city]),
  law('行政法规/城市道路管理条例(2019-03-24).md', [city]),
  law('行政法/传染病防治法(2013-06-29).md', [health]),
  law('行政法规/医疗机构管理条例(2016-02-06).md', [health]),
  law('行政法规/护士条例(2020-03-27).md', [health]),
  law('行政法/母婴保健法(2017-11-04).md', [health]),
  law('行政法/献血法(1997-12-29).md', [health], 18),
  law('经济法/职业病防治法(2018-12-29).md', [health]),
  law('行政法/精神卫生法(2018-04-27).md', [health]),
  law('行政法/中医药法(2016-12-25).md', [as(health, /中医药主管部门/)]),
  law('行政法规/公共场所卫生管理条例(2019-04-23).md', [as(health, /卫生防疫机构|卫生行政部门/)]),
  law('行政法规/医疗纠纷预防和处理条例(2018-07-31).md', [health]),
  law('行政法/基本医疗卫生与健康促进法(2019-12-28).md', [health]),
  law('行政法/人口与计划生育法(2021-08-20).md', [health]),
  law('行政法规/乡村医生从业管理条例(2003-08-05).md', [health]),
  law('行政法规/艾滋病防治条例(2019-03-02).md', [health]),
  law('社会法/劳动法(2018-12-29).md', [labour]),
  law('社会法/社会保险法(2018-12-29).md', [labour]),
  law('行政法规/劳动保障监察条例(2004-11-01).md', [labour]),
  law('行政法规/保障农民工工资支付条例(2019-12-30).md', [labour]),
  law('社会法/就业促进法(2015-04-24).md', [labour]),
  law('行政法规/人力资源市场暂行条例(2018-06-29).md', [labour]),
  law('行政法规/工伤保险条例(2010-12-20).md', [labour]),
  law('行政法规/禁止使用童工规定(2002-10-01).md', [labour], 6),
  law('行政法规/社会保险费征缴暂行条例(2019-03-24).md', [labour]),
  law('行政法规/失业保险条例(1999-01-22).md', [labour]),
  law('行政法/土地管理法(2019-08-26).md', [land]),
  law('行政法规/土地管理法实施条例(2021-07-02).md', [land]),
  law('经济法/森林法(2019-12-28).md', [forestry]),
  law('行政法规/森林法实施条例(2018-03-19).md', [forestry]),
  law('经济法/矿产资源法(2024-11-08).md', [land]),
  law('行政法/测绘法(2017-04-27).md', [land]),
  law('行政法规/不动产登记暂行条例(2019-03-24).md', [land]),
  law('行政法规/基本农田保护条例(2011-01-08).md', [land]),
  law('行政法规/土地复垦条例(2011-03-05).md', [land]),
  law('行政法规/地质灾害防治条例(2003-11-24).md', [land]),
  law('行政法规/野生植物保护条例(2017-10-07).md', [forestry]),
  law('行政法规/陆生野生动物保护实施条例(2016-02-06).md', [forestry]),
  law('经济法/野生动物保护法(2022-12-30).md', [forestry]),
  law('经济法/动物防疫法(2021-01-22).md', [farming]),
  law('经济法/种子法(2021-12-24).md', [as(farming, /农业农村、林业草原主管部门|农业农村主管部门/)]),
  law('行政法规/农药管理条例(2022-03-29).md', [farming]),
  law('行政法规/兽药管理条例(2020-03-27).md', [farming]),
  law('行政法规/饲料和饲料添加剂管理条例(2017-03-01).md', [as(farming, /饲料管理部门/)]),
  law('经济法/畜牧法(2022-10-30).md', [farming]),
  law('经济法/渔业法(2013-12-28).md', [farming]),
  law('行政法规/渔业法实施细则(2020-11-29).md', [farming]),
  law('行政法规/农业机械安全监督管理条例(2019-03-02).md', [farming]),
  law('行政法规/生猪屠宰管理条例(2021-06-25).md', [farming]),
  law('行政法规/植物检疫条例(2017-10-07).md', [farming], 18),
  law('经济法/草原法(2021-04-29).md', [farming]),
  law('经济法/水法(2016-07-02).md', [water]),
  law('经济法/防洪法(2016-07-02).md', [water]),
  law('经济法/水土保持法(2010-12-25).md', [water]),
  law('行政法规/河道管理条例(2018-03-19).md', [water]),
  law('行政法规/取水许可和水资源费征收管理条例(2017-03-01).md', [water]),
  law('行政法/教育法(2021-04-29).md', [education]),
  law('行政法/义务教育法(2018-12-29).md', [education]),
  law('行政法/教师法(2009-08-27).md', [education]),
  law('行政法规/民办教育促进法实施条例(2021-04-07).md', [education]),
  law('行政法规/校车安全管理条例(2012-04-05).md', [education, police]),
  law('行政法/学前教育法(2024-11-08).md', [as(education, /教育行政部门|教育等有关部门/)]),
  law('行政法/道路交通安全法(2021-04-29).md', [police]),
  law('行政法规/道路交通安全法实施条例(2017-10-07).md', [police]),
  law('部门规章/公安部/机动车登记规定(2021-12-17).md', [police]),
  law('部门规章/公安部/机动车驾驶证申领和使用规定(2021-12-17).md', [police]),
  law('行政法/枪支管理法(2015-04-24).md', [police]),
  law('行政法/出境入境管理法(2012-06-30).md', [police]),
  law('行政法规/娱乐场所管理条例(2020-11-29).md', [as(police, /公安部门|公安机关/)]),
  law('行政法规/旅馆业治安管理办法(2020-11-29).md', [police], 15),
  law('行政法规/民用爆炸物品安全管理条例(2014-07-29).md', [police]),
  law('行政法规/易制毒化学品管理条例(2018-09-18).md', [police]),
  law('行政法规/保安服务管理条例(2022-03-29).md', [police]),
  law('行政法规/大型群众性活动安全管理条例(2007-09-14).md', [police]),
  law('行政法/禁毒法(2007-12-29).md', [police]),
  law('行政法规/企业事业单位内部治安保卫条例(2004-09-27).md', [police], 19),
  law('社会法/慈善法(2023-12-29).md', [civil]),
  law('行政法规/殡葬管理条例(2012-11-09).md', [civil]),
  law('行政法规/基金会管理条例(2004-03-08).md', [civil]),
  law('行政法规/志愿服务条例(2017-08-22).md', [civil]),
  law('行政法规/婚姻登记条例(2003-08-08).md', [civil]),
  law('行政法规/地名管理条例(2022-03-30).md', [as(civil, /地名行政主管部门/)]),
  law('经济法/预算法(2018-12-29).md', [finance]),
  law('经济法/政府采购法(2014-08-31).md', [finance]),
  law('行政法规/政府采购法实施条例(2015-01-30).md', [finance]),
  law('经济法/注册会计师法(2014-08-31).md', [finance]),
  law('行政法规/财政违法行为处罚处分条例(2011-01-08).md', [finance], 13),
  law('行政法规/统计法实施条例(2017-05-28).md', [statistics]),
  law('行政法规/审计法实施条例(2010-02-11).md', [audit]),
  law(
    '行政法规/企业投资项目核准和备案管理条例(2016-11-30).md',
    [as(development, /项目核准机关|备案机关|投资主管部门/)],
    18,
  ),
  law('经济法/节约能源法(2018-10-26).md', [as(development, /管理节能工作的部门/)]),
  law('行政法规/粮食流通管理条例(2021-02-15).md', [as(development, /粮食和储备行政管理部门/)]),
];
