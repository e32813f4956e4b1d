// Writes statute-items.json, the demo powers list (演示) drawn from real law texts: each item is what one article (or
// one enumerated item, 第（N）项, of it) punishes, licenses, inspects or coerces, named in that article's own words and
// citing it — so that a reader of the demo portal never sees an invented legal basis. The texts are markdown copies
// of the 国家法律法规数据库 (flk.npc.gov.cn) from the public repository Theonefkguy/Chinese-Laws, saved by hand under
// .fazhi-test/laws/ (not committed; law texts are not copyrighted, 著作权法 第五条). Run by hand, not by the tests:
//   node --import tsx packages/server/src/modules/power-lists/demo/extract-items.ts [laws-dir]
// Only an article whose acting body is the department's kind of body (县级以上…市场监督管理部门 …) — or names no body
// at all, the law naming its enforcer once (价格法 第三十三条, 产品质量法 第七十条) — gives that department an item.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PowerItemKind } from '@fazhi/core/power-lists';

interface Source {
  /** the file under the laws folder: 名称(版本日期).md, as the repository names it */
  file: string;
  /** where the repository keeps it */
  path: string;
  departments: { no: string; org: string; body: RegExp }[];
}

const market = { no: '01', org: '示范区市场监督管理局' };
/** In the departments' numbering of the demo list (its codes: 159901-<no>-<kind>-<seq>), in the laws' order. */
const sources: Source[] = [
  {
    file: '价格法(1997-12-29).md',
    path: '经济法/价格法(1997-12-29).md',
    departments: [
      { ...market, body: /价格主管部门/ },
      { no: '18', org: '示范区发展和改革委员会', body: /价格主管部门/ },
    ],
  },
  {
    file: '产品质量法(2018-12-29).md',
    path: '经济法/产品质量法(2018-12-29).md',
    departments: [{ ...market, body: /市场监督管理部门/ }],
  },
  {
    file: '食品安全法(2021-04-29).md',
    path: '行政法/食品安全法(2021-04-29).md',
    departments: [{ ...market, body: /食品安全监督管理/ }],
  },
  {
    file: '水污染防治法(2017-06-27).md',
    path: '生态环境法/水污染防治法(2017-06-27).md',
    departments: [{ no: '03', org: '示范区生态环境分局', body: /环境保护主管部门/ }],
  },
  {
    file: '城市市容和环境卫生管理条例(2017-03-01).md',
    path: '行政法规/城市市容和环境卫生管理条例(2017-03-01).md',
    departments: [{ no: '06', org: '示范区城市管理综合执法局', body: /市容环境卫生行政主管部门/ }],
  },
  {
    file: '劳动合同法(2012-12-28).md',
    path: '社会法/劳动合同法(2012-12-28).md',
    departments: [{ no: '08', org: '示范区人力资源和社会保障局', body: /劳动行政部门/ }],
  },
  {
    file: '安全生产法(2021-06-10).md',
    path: '社会法/安全生产法(2021-06-10).md',
    departments: [{ no: '02', org: '示范区应急管理局', body: /应急管理部门|负有安全生产监督管理职责的部门/ }],
  },
  {
    file: '统计法(2009-06-27).md',
    path: '经济法/统计法(2009-06-27).md',
    departments: [{ no: '16', org: '示范区统计局', body: /统计机构/ }],
  },
  {
    file: '广告法(2021-04-29).md',
    path: '经济法/广告法(2021-04-29).md',
    departments: [{ ...market, body: /市场监督管理部门/ }],
  },
  {
    file: '建筑法(2019-04-23).md',
    path: '经济法/建筑法(2019-04-23).md',
    departments: [{ no: '05', org: '示范区住房和城乡建设局', body: /建设行政主管部门/ }],
  },
  {
    file: '会计法(2024-06-28).md',
    path: '经济法/会计法(2024-06-28).md',
    departments: [{ no: '15', org: '示范区财政局', body: /财政部门/ }],
  },
  {
    file: '农产品质量安全法(2022-09-02).md',
    path: '经济法/农产品质量安全法(2022-09-02).md',
    departments: [
      { no: '10', org: '示范区农牧水利局', body: /农业农村主管部门/ },
      { ...market, body: /市场监督管理部门/ },
    ],
  },
  {
    file: '医师法(2021-08-20).md',
    path: '行政法/医师法(2021-08-20).md',
    departments: [{ no: '07', org: '示范区卫生健康委员会', body: /县级以上人民政府卫生健康主管部门/ }],
  },
  {
    file: '民办教育促进法(2018-12-29).md',
    path: '行政法/民办教育促进法(2018-12-29).md',
    departments: [{ no: '11', org: '示范区教育局', body: /教育行政部门/ }],
  },
];

export interface StatuteLaw {
  title: string;
  version: string;
  source: string;
  /** the number of its last article: a cited article must not exceed it */
  articles: number;
}
export interface StatuteBasis {
  article: string;
  clause: string;
}
export interface StatuteItem {
  code: string;
  body: string;
  kind: PowerItemKind;
  name: string;
  law: string;
  bases: StatuteBasis[];
}

interface Clause {
  text: string;
  items: string[];
}
interface Article {
  no: number;
  label: string;
  chapter: string;
  clauses: Clause[];
}

const digits = '零一二三四五六七八九';
export function chineseNumber(s: string): number {
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else if (ch === '百') {
      total += cur * 100;
      cur = 0;
    } else cur = digits.indexOf(ch);
  }
  return total + cur;
}

const articleLine = /^第([零一二三四五六七八九十百]+)条[ \u3000](.*)$/;
const itemLine = /^[（(]([一二三四五六七八九十]+)[）)]\s*(.*)$/;

function parse(text: string) {
  const title = /^# (.+)$/m.exec(text)?.[1]?.trim() ?? '';
  const articles: Article[] = [];
  let chapter = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('<!--')) continue;
    if (line.startsWith('## ')) chapter = line.slice(3);
    if (line.startsWith('#')) continue;
    const a = articleLine.exec(line);
    const last = articles.at(-1);
    if (a)
      articles.push({ no: chineseNumber(a[1]!), label: `第${a[1]}条`, chapter, clauses: [{ text: a[2]!, items: [] }] });
    else if (last && itemLine.test(line)) last.clauses.at(-1)!.items.push(line);
    else if (last) last.clauses.push({ text: line, items: [] });
  }
  return { title, articles };
}

const ordinal = (n: number) => ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n - 1] ?? String(n);
const itemText = (line: string) => (itemLine.exec(line)?.[2] ?? line).replace(/[；。，：:]+$/, '').replace(/的$/, '');
const itemLabel = (line: string) => `第（${itemLine.exec(line)?.[1] ?? ''}）项`;

const punishes = /罚款|警告|没收|吊销|责令停产|责令停业|责令停止|处罚/;
const notAPenalty = /从轻|减轻|免予|财产不足/;
const bodyEnd = /责令|没收|吊销|处|给予|依照|依法|除|可以|并处|予以/;
/** a further 「…的，」 after the first conduct is another conduct unless it already says who acts or what follows */
const sanction = /^由|责令|没收|处以|给予|依照|并处/;

/** The conducts a sentence of a liability article punishes (…的，…的，由…), and who acts on them. */
function conductsOf(sentence: string) {
  let rest = sentence.replace(/^违反本(?:法|条例)(?:有关)?规定，/, '');
  const conducts: string[] = [];
  for (;;) {
    const m = /^(.*?(?:的|之一者))，/.exec(rest);
    if (!m) break;
    const c = m[1]!;
    if (conducts.length > 0 && sanction.test(c)) break;
    conducts.push(c);
    rest = rest.slice(m[0].length);
  }
  const body = rest.replace(/^由/, '').split(bodyEnd)[0] ?? '';
  return { conducts, body, rest };
}

const cleanConduct = (c: string) =>
  c
    .replace(/违反本(?:法|条例)规定，/g, '')
    .replace(/^除[^，]*外，/, '')
    .replace(/^或者/, '')
    .replace(/的$/, '');

/** 对……的行政处罚, the way published lists name a penalty (a conduct may itself begin with 对) */
const penaltyName = (conduct: string) => `${conduct.startsWith('对') ? '' : '对'}${conduct}的行政处罚`;

interface Found {
  kind: PowerItemKind;
  name: string;
  bases: StatuteBasis[];
}

function penalties(a: Article, byNo: Map<number, Article>, body: RegExp): Found[] {
  const out: Found[] = [];
  a.clauses.forEach((clause, k) => {
    const clauseLabel = a.clauses.length > 1 ? `第${ordinal(k + 1)}款` : '';
    for (const sentence of clause.text.split('。')) {
      if (!punishes.test(sentence) || notAPenalty.test(sentence)) continue;
      const { conducts, body: actor, rest } = conductsOf(sentence);
      // the article's own acting body, or none (the law names its enforcer once); never another body's power
      if (actor && !body.test(actor)) continue;
      if (!actor && /公安机关/.test(rest)) continue;
      for (const raw of conducts) {
        if (/[；。]|，由/.test(raw) || /^(有关法律|法律、行政法规|有前款)|前款规定违法|(前款|本条第一款)所列/.test(raw))
          continue;
        const conduct = cleanConduct(raw);
        const ref = /本法第([零一二三四五六七八九十百]+)条所列行为/.exec(conduct);
        const listed = ref ? byNo.get(chineseNumber(ref[1]!)) : undefined;
        if (/下列/.test(conduct) || listed) {
          const items = listed ? (listed.clauses[0]?.items ?? []) : clause.items;
          for (const line of items) {
            const what = itemText(line);
            if (/^法律、行政法规(?:禁止|规定)的其他/.test(what)) continue;
            const bases = listed
              ? [
                  { article: a.label, clause: clauseLabel },
                  { article: listed.label, clause: itemLabel(line) },
                ]
              : [{ article: a.label, clause: `${clauseLabel}${itemLabel(line)}` }];
            out.push({ kind: 'penalty', name: penaltyName(what), bases });
          }
        } else
          out.push({
            kind: 'penalty',
            name: penaltyName(conduct),
            bases: [{ article: a.label, clause: clauseLabel }],
          });
      }
    }
  });
  return out;
}

/** The inspections, coercive measures and approvals the other chapters give the body. */
function powers(a: Article, body: RegExp): Found[] {
  const out: Found[] = [];
  a.clauses.forEach((clause, k) => {
    const clauseLabel = a.clauses.length > 1 ? `第${ordinal(k + 1)}款` : '';
    const basis = (item = '') => [{ article: a.label, clause: `${clauseLabel}${item}` }];
    if (/下列职权/.test(clause.text) && body.test(clause.text))
      for (const line of clause.items) {
        const what = itemText(line);
        if (/查封|扣押/.test(what)) out.push({ kind: 'coercion', name: what, bases: basis(itemLabel(line)) });
        else if (/检查/.test(what)) out.push({ kind: 'inspection', name: what, bases: basis(itemLabel(line)) });
        else if (/登记保存/.test(what)) out.push({ kind: 'other', name: what, bases: basis(itemLabel(line)) });
      }
    for (const sentence of clause.text.split('。')) {
      if (!body.test(sentence)) continue;
      const watched = /对(.{2,40}?)(?:进行|实施)(?:监督检查|监督管理)/.exec(sentence);
      if (watched) out.push({ kind: 'inspection', name: `对${watched[1]}的监督检查`, bases: basis() });
      const approved = /^(.*?)(?:必须征得|须经)[^，。；]*?(?:同意|批准)/.exec(sentence);
      if (approved) {
        const what = approved[1]!
          .replace(/^因[^，]*，/, '')
          .replace(/^(?:一切)?单位和个人/, '')
          .replace(/[，的]+$/, '')
          .replace(/^(.+)的设置$/, '设置$1');
        if (what.length >= 4) out.push({ kind: 'licensing', name: `${what}审批`, bases: basis() });
      }
    }
  });
  return out;
}

const kindCode: Partial<Record<PowerItemKind, string>> = {
  licensing: 'XK', penalty: 'CF', coercion: 'QZ', inspection: 'JC', other: 'QT',
}; // prettier-ignore

export function extract(lawsDir: string) {
  const laws: StatuteLaw[] = [];
  const items: StatuteItem[] = [];
  const seq = new Map<string, number>();
  const seen = new Set<string>();
  for (const s of sources) {
    const { title, articles } = parse(readFileSync(join(lawsDir, s.file), 'utf8'));
    const law = `《${title}》`;
    const version = /\((\d{4}-\d{2}-\d{2})\)/.exec(s.file)?.[1] ?? '';
    laws.push({ title: law, version, source: s.path, articles: Math.max(...articles.map((a) => a.no)) });
    const byNo = new Map(articles.map((a) => [a.no, a]));
    for (const d of s.departments)
      for (const a of articles) {
        const found = /法律责任|罚则/.test(a.chapter) ? penalties(a, byNo, d.body) : powers(a, d.body);
        for (const f of found) {
          const key = `${d.no}|${f.kind}|${f.name}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const code = kindCode[f.kind] ?? 'QT';
          const n = (seq.get(`${d.no}-${code}`) ?? 0) + 1;
          seq.set(`${d.no}-${code}`, n);
          items.push({ code: `159901-${d.no}-${code}-${String(n).padStart(4, '0')}`, body: d.org, law, ...f });
        }
      }
  }
  return { laws, items };
}

if (process.argv[1]?.endsWith('extract-items.ts')) {
  const dir = process.argv[2] ?? join(process.cwd(), '.fazhi-test/laws');
  const missing = sources.filter((s) => !readdirSync(dir).includes(s.file));
  if (missing.length) throw new Error(`missing law texts in ${dir}: ${missing.map((s) => s.file).join(', ')}`);
  const data = {
    source: 'Theonefkguy/Chinese-Laws（国家法律法规数据库 flk.npc.gov.cn 文本的副本）',
    ...extract(dir),
  };
  const out = join(import.meta.dirname, 'statute-items.json');
  writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`${data.items.length} items from ${data.laws.length} laws → ${out}`);
}
