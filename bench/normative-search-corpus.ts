// Generated Chinese normative-document text for bench/normative-search.bench.ts: titles, 文号 and articles built
// from the vocabulary of real 行政规范性文件 (管理办法、实施细则、若干规定) with a seeded generator, so every run
// loads the same corpus. Fictional content, never stored outside the throw-away benchmark database.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const topics = [
  '机动车停放服务收费',
  '经营性停车场',
  '养犬',
  '电动自行车停放充电',
  '户外广告设置',
  '城镇燃气安全',
  '农村宅基地',
  '政府采购意向公开',
  '食品摊贩',
  '住宅物业',
  '建筑垃圾处置',
  '校外培训机构',
  '城乡居民医疗保障',
  '就业创业补贴',
  '高层次人才引进',
  '消防安全网格化',
  '河道采砂',
  '不可移动文物保护',
  '旅游市场秩序',
  '网络预约出租汽车',
  '互联网租赁自行车',
  '农贸市场',
  '二次供水',
  '房屋征收补偿',
  '扬尘污染防治',
  '餐厨垃圾',
  '社会救助',
  '养老服务补贴',
  '公共租赁住房',
  '行政执法公示',
];

const titleForms = ['管理办法', '实施细则', '若干规定', '暂行办法', '实施办法', '管理规定（试行）', '补贴办法'];
const subjects = ['经营者', '物业服务企业', '建设单位', '从业人员', '申请人', '产权人', '运营企业', '管理单位'];
const organs = ['区市场监督管理局', '区城市管理局', '区住房和城乡建设局', '区财政局', '区人力资源和社会保障局'];
const duties = [
  '应当建立健全安全管理制度，落实安全生产主体责任',
  '应当在显著位置公示收费项目、收费标准和投诉电话',
  '应当按照规定办理登记手续，并如实提供相关材料',
  '应当定期开展隐患排查，及时消除安全隐患',
  '应当配合有关部门依法开展监督检查',
  '应当妥善保存相关记录，保存期限不少于二年',
  '不得擅自改变用途或者扩大经营范围',
  '不得以任何形式向服务对象收取押金',
];
const sanctions = [
  '由{o}责令限期改正；逾期不改正的，依照有关法律、法规的规定处理',
  '由{o}依法予以处理，并记入信用档案',
  '由{o}给予批评教育，督促其改正',
];
const purposes = [
  '为了规范{t}管理，维护公共秩序，保障公民、法人和其他组织的合法权益，根据有关法律、法规，结合本区实际，制定本办法。',
  '为了加强{t}工作，提升公共服务水平，根据国家和省有关规定，制定本细则。',
];
const scopes = [
  '本办法适用于本区行政区域内{t}及其监督管理活动。',
  '区人民政府有关部门按照各自职责，做好{t}相关工作。街道办事处、乡镇人民政府予以配合。',
];

export interface GeneratedDocument {
  title: string;
  topic: string;
  articles: string[];
}

export function generateDocument(random: () => number, n: number): GeneratedDocument {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const topic = pick(topics);
  const title = `示范区${topic}${pick(titleForms)}`;
  const articles = [pick(purposes).replaceAll('{t}', topic), pick(scopes).replaceAll('{t}', topic)];
  const count = 2 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) {
    const subject = pick(subjects);
    articles.push(
      `${subject}${pick(duties)}。${subject}违反本办法第${i + 3}条规定的，${pick(sanctions).replace('{o}', pick(organs))}。`,
    );
  }
  articles.push(`本办法自发布之日起施行，有效期5年（第${n}号生成文本）。`);
  return { title, topic, articles };
}

/** The searches: single common and rare words, several words, 文号 whole and in part, two characters, no match. */
export function generateQueries(random: () => number, docNumbers: readonly string[], count: number): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const kinds: (() => string)[] = [
    () => pick(topics),
    () => `${pick(topics).slice(0, 4)} ${pick(['公示', '补贴', '押金', '隐患排查', '信用档案'])}`,
    () => pick(['停车场', '养犬', '押金', '宅基地', '扬尘', '文物', '物业', '燃气']),
    () => pick(docNumbers),
    () => {
      const d = pick(docNumbers);
      return d.slice(d.indexOf('〔') + 1, -1);
    },
    () => pick(['收费标准', '安全管理制度', '监督检查', '合法权益']),
    () => pick(['管理', '规定']),
    () => '量子计算产业园区',
  ];
  return Array.from({ length: count }, (_, i) => (kinds[i % kinds.length] as () => string)());
}
