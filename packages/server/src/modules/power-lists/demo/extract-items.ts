// Writes statute-items.json, the demo powers list (演示) drawn from real law texts: each item is what one article (or
// one enumerated item, 第（N）项, of it) punishes, licenses, inspects or coerces, named in that article's own words and
// citing it — so that a reader of the demo portal never sees an invented legal basis. The texts are markdown copies
// of the 国家法律法规数据库 (flk.npc.gov.cn) from the public repository LawRefBook/Laws (the first 22 were read from
// Theonefkguy/Chinese-Laws, which carries the same texts; LawRefBook's keep a few more paragraph breaks, so some
// citations gained their 第一款), saved by hand under .fazhi-test/laws/, every file in one folder by its name (not
// committed; law texts are not copyrighted, 著作权法 第五条). Run by hand, not by the tests:
//   node --import tsx packages/server/src/modules/power-lists/demo/extract-items.ts [laws-dir]
// Only an article whose acting body is the department's kind of body (县级以上…市场监督管理部门 …) — or names no body
// at all, the law naming its enforcer once (价格法 第三十三条, 产品质量法 第七十条) — gives that department an item.
// The five other lists come from the articles listed in list-articles.ts, their quoted words checked against the text.
// Codes are stable: an item the data file already holds keeps its code, a new one is numbered after them.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PowerItemKind } from '@fazhi/core/power-lists';
import { listArticles, type ListArticle, type OtherList } from './list-articles';
import { sources } from './statute-sources';

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
/** an item of one of the five other lists: the article's own words quoted in `excerpt` */
export interface StatuteListItem extends Omit<StatuteItem, 'kind'> {
  excerpt: string;
  extra: Record<string, string>;
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
const itemText = (line: string) => (itemLine.exec(line)?.[2] ?? line).replace(/[；;。，：:]+$/, '').replace(/的$/, '');
const itemLabel = (line: string) => `第（${itemLine.exec(line)?.[1] ?? ''}）项`;

const punishes = /罚款|警告|没收|吊销|责令停产|责令停业|责令停止|处罚/;
const notAPenalty = /从轻|减轻|免予|财产不足/;
const bodyEnd = /责令|没收|吊销|处|给予|依照|依法|除|可以|并处|予以/;
/** a further 「…的，」 after the first conduct is another conduct unless it already says who acts or what follows */
const sanction = /^由|责令|没收|处以|给予|依照|并处/;

/** The conducts a sentence of a liability article punishes (…的，…的，由…), and who acts on them. */
function conductsOf(sentence: string) {
  let rest = sentence.replace(/^违反本(?:法|条例)(?:有关|的)?规定，/, '');
  const conducts: string[] = [];
  for (;;) {
    const m = /^(.*?(?:的|之一者))，/.exec(rest);
    if (!m) break;
    const c = m[1]!;
    if (conducts.length > 0 && sanction.test(c)) break;
    conducts.push(c);
    rest = rest.slice(m[0].length);
  }
  // 「…的，除依照本条例有关规定予以处罚外，由教育行政部门…」 (校车安全管理条例 第五十五条): the body after the 除…外
  const body =
    rest
      .replace(/^除[^，]*外，/, '')
      .replace(/^由/, '')
      .split(bodyEnd)[0] ?? '';
  return { conducts, body, rest };
}

const cleanConduct = (c: string) =>
  c
    .replace(/违反本(?:法|条例)的?规定，/g, '')
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
      // a power the law gives the State Council's or a province's department is not a county body's
      if (/^(?:国务院|国家|省级|省、自治区|设区的市级以上)/.test(actor)) continue;
      if (!actor && /公安机关/.test(rest)) continue;
      // a case the body hands to the police (环境保护法 第六十三条: 移送公安机关…拘留) is the police's penalty
      if (/移送公安机关/.test(rest)) continue;
      // 「…的，依照《另一部法律》的规定予以处罚」 is that law's penalty and its enforcer's, not this body's
      // (or other laws named by their field: 校车安全管理条例 第四十三条, 依照道路交通安全、产品质量管理的法律…处罚)
      if (!actor && /^依照(?:《|[^，。]*的法律)/.test(rest)) continue;
      for (const raw of conducts) {
        if (
          /[；。]|，由/.test(raw) ||
          /^(有关法律|法律、行政法规|有前款)|前款规定(?:违法|的行为)|有前款违法情形|(前款|本条第一款)所列/.test(raw) ||
          // a sanction read as a conduct, another law's penalty, or a rule of repetition is no item of its own
          /罚款|构成违反治安管理|(?<!不)构成犯罪|应受(?:行政)?处罚|不服|已经予以处罚|情节轻微|违法行为轻微|有规定的$/.test(
            raw,
          ) ||
          // a conduct named only by another clause's (有前款行为) or a degree (情节严重) is not one a reader can know
          /有前[两三四]?款|前[两三四]?款(?:规定)?(?:的)?(?:行为|情形)|上述违法行为|^(?:对)?情节/.test(raw)
        )
          continue;
        const conduct = cleanConduct(raw);
        const ref = /本法第([零一二三四五六七八九十百]+)条所列行为/.exec(conduct);
        const listed = ref ? byNo.get(chineseNumber(ref[1]!)) : undefined;
        if (/下列/.test(conduct) || listed) {
          const items = listed ? (listed.clauses[0]?.items ?? []) : clause.items;
          for (const line of items) {
            const what = itemText(line);
            // an enumerated 项 that carries its own fine (道路运输条例 第六十三条) is named up to its 的
            if (/^法律、行政法规(?:禁止|规定)的其他/.test(what) || /罚款/.test(what)) continue;
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
      // what the State Council's, a province's or the army's department watches is not a county body's power
      if (/^(?:国务院|国家|省、自治区|省级|中国人民解放军)/.test(sentence)) continue;
      const watched = /对(.{2,40}?)(?:进行|实施)(?:监督检查|监督管理)/.exec(sentence);
      // a capture spanning a comma is a sentence, not an object (医师法 第二十条: 对个体行医的医师，应当按照…), and
      // one that begins with a pronoun or a list (其、下列) names nothing a reader of the list can know
      if (watched && !watched[1]!.includes('，') && !/^(?:其|下列|象)/.test(watched[1]!))
        out.push({ kind: 'inspection', name: `对${watched[1]}的监督检查`, bases: basis() });
      const approved = /^(.*?)(?:必须征得|须经)[^，。；]*?(?:同意|批准)/.exec(sentence);
      if (approved) {
        const what = approved[1]!
          // 必须经…批准 leaves its 必 behind the subject (城市绿化条例 第二十条: 砍伐城市树木，必须经…)
          .replace(/[，的]*必$/, '')
          .replace(/^因[^，]*，/, '')
          .replace(/^(?:一切)?单位和个人/, '')
          .replace(/[，的]+$/, '')
          .replace(/^(.+)的设置$/, '设置$1');
        // an approval of an inspector's act (直销管理条例 第三十五条: 实施查封、扣押的，必须经…批准) is no licence
        // …and one that first forbids (草原法 第十三条: 不得…调整；个别确需适当调整的，必须经…) names no one thing
        if (what.length >= 4 && !/检查|查封|扣押|；/.test(what))
          out.push({ kind: 'licensing', name: `${what}审批`, bases: basis() });
      }
    }
  });
  return out;
}

const kindCode: Partial<Record<PowerItemKind, string>> = {
  licensing: 'XK', penalty: 'CF', coercion: 'QZ', inspection: 'JC', other: 'QT',
}; // prettier-ignore

const listCode: Record<OtherList, string> = {
  licensing: 'XK', business_licensing: 'SQ', filing: 'BA', certification: 'ZM', public_service: 'GF',
}; // prettier-ignore

/** Hands out codes: the one a key had in the previous data file, else the next after every code of its prefix. */
function coder(previous: ReadonlyMap<string, string>) {
  const last = new Map<string, number>();
  for (const code of previous.values()) {
    const prefix = code.slice(0, -5);
    last.set(prefix, Math.max(last.get(prefix) ?? 0, Number(code.slice(-4))));
  }
  return (key: string, prefix: string) => {
    const kept = previous.get(key);
    if (kept) return kept;
    const n = (last.get(prefix) ?? 0) + 1;
    last.set(prefix, n);
    return `${prefix}-${String(n).padStart(4, '0')}`;
  };
}

/** The words an entry of list-articles.ts cites: its 项, its 款, or the whole article. */
function citedText(a: Article, e: ListArticle) {
  const clauses = e.clause ? [a.clauses[e.clause - 1]] : a.clauses;
  if (e.item) return clauses[0]?.items[e.item - 1] ?? '';
  return clauses.map((c) => [c?.text ?? '', ...(c?.items ?? [])].join('')).join('');
}

export interface PreviousData {
  items: { code: string; body: string; kind: string; name: string }[];
  lists?: Partial<Record<OtherList, { code: string; body: string; name: string }[]>>;
}

export function extract(lawsDir: string, previous: PreviousData = { items: [] }) {
  const laws: StatuteLaw[] = [];
  const items: StatuteItem[] = [];
  const seen = new Set<string>();
  const prior = new Map(previous.items.map((i) => [`${i.body}|${i.kind}|${i.name}`, i.code]));
  for (const [list, rows] of Object.entries(previous.lists ?? {}))
    for (const r of rows ?? []) prior.set(`${list}|${r.body}|${r.name}`, r.code);
  const codeOf = coder(prior);
  const texts = new Map<string, { law: string; byNo: Map<number, Article> }>();
  const orgOf = new Map<string, string>();
  for (const s of sources) {
    const { title, articles } = parse(readFileSync(join(lawsDir, s.file), 'utf8'));
    const law = `《${title}》`;
    const version = /\((\d{4}-\d{2}-\d{2})\)/.exec(s.file)?.[1] ?? '';
    laws.push({ title: law, version, source: s.path, articles: Math.max(...articles.map((a) => a.no)) });
    const byNo = new Map(articles.map((a) => [a.no, a]));
    texts.set(s.file, { law, byNo });
    for (const d of s.departments) {
      orgOf.set(d.no, d.org);
      for (const a of articles) {
        if (d.only && !d.only.includes(a.no)) continue;
        const liability =
          /法律责任|罚\s*则|惩罚/.test(a.chapter) || (s.liabilityFrom !== undefined && a.no >= s.liabilityFrom);
        const found = liability ? penalties(a, byNo, d.body) : powers(a, d.body);
        for (const f of found) {
          if (d.not?.test(f.name)) continue;
          const key = `${d.org}|${f.kind}|${f.name}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const code = codeOf(key, `159901-${d.no}-${kindCode[f.kind] ?? 'QT'}`);
          items.push({ code, body: d.org, law, ...f });
        }
      }
    }
  }
  const lists: Record<OtherList, StatuteListItem[]> = {
    licensing: [], business_licensing: [], filing: [], certification: [], public_service: [],
  }; // prettier-ignore
  for (const e of listArticles) {
    const text = texts.get(e.file);
    const a = text?.byNo.get(e.article);
    const body = orgOf.get(e.no);
    if (!text || !a || !body) throw new Error(`${e.file} 第${e.article}条 (${e.no}) was not read`);
    if (!citedText(a, e).includes(e.excerpt)) throw new Error(`${e.file} ${a.label}: 「${e.excerpt}」 is not its text`);
    const clause = `${e.clause && a.clauses.length > 1 ? `第${ordinal(e.clause)}款` : ''}${e.item ? `第（${ordinal(e.item)}）项` : ''}`;
    const cited = { law: text.law, bases: [{ article: a.label, clause }], excerpt: e.excerpt, extra: e.extra ?? {} };
    if (e.list === 'licensing') {
      // a licence is a power too: the powers list's item for the same article, or a new one after its items
      const same = items.find((i) => i.body === body && i.kind === 'licensing' && i.law === text.law
        && i.bases.some((b) => b.article === a.label && b.clause === clause)); // prettier-ignore
      const code = same?.code ?? codeOf(`${body}|licensing|${e.name}`, `159901-${e.no}-XK`);
      if (!same) items.push({ code, body, kind: 'licensing', name: e.name, law: text.law, bases: cited.bases });
      lists.licensing.push({ code, body, name: same?.name ?? e.name, ...cited });
      if (e.business)
        lists.business_licensing.push({
          code: codeOf(`business_licensing|${body}|${e.name}`, `159901-${e.no}-SQ`),
          body,
          name: e.name,
          ...cited,
        });
    } else
      lists[e.list].push({
        code: codeOf(`${e.list}|${body}|${e.name}`, `159901-${e.no}-${listCode[e.list]}`),
        body,
        name: e.name,
        ...cited,
      });
  }
  return { laws, items, lists };
}

/** The data file with one item a line: thousands of items stay a file a reader can scan and a diff can show. */
function serialise(data: {
  source: string;
  laws: StatuteLaw[];
  items: StatuteItem[];
  lists: Record<string, unknown[]>;
}) {
  const rows = (xs: readonly unknown[], indent: string) => xs.map((x) => `${indent}${JSON.stringify(x)}`).join(',\n');
  const lists = Object.entries(data.lists).map(
    ([k, xs]) => `    ${JSON.stringify(k)}: [\n${rows(xs, '      ')}\n    ]`,
  );
  return [
    '{',
    `  "source": ${JSON.stringify(data.source)},`,
    `  "laws": [\n${rows(data.laws, '    ')}\n  ],`,
    `  "items": [\n${rows(data.items, '    ')}\n  ],`,
    `  "lists": {\n${lists.join(',\n')}\n  }`,
    '}',
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('extract-items.ts')) {
  const dir = process.argv[2] ?? join(process.cwd(), '.fazhi-test/laws');
  const missing = sources.filter((s) => !readdirSync(dir).includes(s.file));
  if (missing.length) throw new Error(`missing law texts in ${dir}: ${missing.map((s) => s.file).join(', ')}`);
  const out = join(import.meta.dirname, 'statute-items.json');
  const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as PreviousData) : undefined;
  const data = {
    source: 'LawRefBook/Laws（国家法律法规数据库 flk.npc.gov.cn 文本的副本）',
    ...extract(dir, previous),
  };
  writeFileSync(out, serialise(data));
  console.log(`${data.items.length} items from ${data.laws.length} laws → ${out}`);
}
