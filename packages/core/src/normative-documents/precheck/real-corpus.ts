// The real-document evaluation corpus of the pre-check (bench/precheck-corpus/): public 行政规范性文件 and 规章 texts
// nobody here wrote, each file headed by its title, issuer, 文号, level and source address, then "---" and the text.
// `lawful/` holds documents in force that no review corrected; `violations/` holds documents whose offending clauses
// a published 备案审查 or cleanup decision named, marked in the text as 【违法:<category>】…【/违法】.
// Files say whether they hold the whole text (全文: 是) or an excerpt (全文: 否).
// A fixed hash of the file name puts about 30% of the files in the held-out part, which no rule is tuned on; files
// whose held-out findings were read move to the tuning part by the explicit `tuningOverride` list, never by renaming.
// Files collected in round 3 (header `轮次: 3`) that the hash holds out form the fresh held-out part, scored apart;
// those of each later round (`轮次: 4` … `轮次: 8`) form held-out parts of their own, so each round's unseen files are
// measured on their own.
// Pure: the bench and the tests read the files and hand their names and contents to `parseCorpusFile`.
import { precheck } from './run';
import { precheckCategories, type PrecheckCategory, type PrecheckFinding } from './types';

export interface MarkedClause {
  category: PrecheckCategory;
  start: number;
  end: number;
}

export interface RealDocument {
  file: string;
  kind: 'lawful' | 'violation';
  /** tuning; held-out (rounds 1–2, the part nobody read); fresh (held out, round 3); round4…round8 (held out). */
  part: CorpusPart;
  title: string;
  issuer: string;
  docNumber: string;
  level: string;
  source: string;
  /** False for an excerpt: a missing 有效期 cannot be judged on it, so its validity findings are not counted. */
  complete: boolean;
  text: string;
  marked: MarkedClause[];
}

/** FNV-1a over the file name: stable across machines and runs, so the held-out part never changes. */
export function isHeldOut(file: string): boolean {
  let h = 0x811c9dc5;
  for (const ch of file) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 10 < 3;
}

const READ_IN_ROUND_2 = 'read in round 2, 2026-12-06 (docs/precheck.md lists what the pre-check did on it)';

/**
 * Held-out files whose pre-check findings were read: the round-2 table of held-out misses (violation files) and the
 * lawful files whose false alarms were read to name their cause. Reading them made them tuning material; they are
 * moved here, openly, so the held-out parts stay unread.
 */
export const tuningOverride: Readonly<Record<string, string>> = Object.fromEntries(
  [
    // the nine violation files in the round-2 table of held-out misses
    'heze-yjj-2020-fireworks-retail-chain.txt',
    'suizhou-zrzy-2021-land-appraiser-filing.txt',
    'jinan-2021-nonlocal-vehicle-transfer.txt',
    'kunming-district-wlj-2022-tourism-subsidy.txt',
    'huanggang-cgw-2021-tender-agent-premises.txt',
    'puning-jyj-2019-school-uniform-five.txt',
    'tongren-zjj-2022-property-staff-training.txt',
    'nanchang-jyj-2019-school-fee-bank-card.txt',
    'gansu-2011-road-traffic-call-records.txt',
    // the lawful files whose held-out false alarms were read (agency duties, the issuer rule, a 法规's fine)
    'alxa-asbf-2007-22-document-handling.txt',
    'beihai-bzf-2003-41-export-zone.txt',
    'ggj-2011-236-maintenance-fund.txt',
    'province-enforcement-procedure-recusal.txt',
    'qingdao-ling-252-school-management.txt',
    'zhejiang-zwbjd-2021-1-enforcement-standard.txt',
  ].map((file) => [file, READ_IN_ROUND_2]),
);

export type CorpusPart = 'tuning' | 'held-out' | 'fresh' | 'round4' | 'round5' | 'round6' | 'round7' | 'round8';

/** The held-out parts, in the order they were collected. */
export const heldOutParts: readonly CorpusPart[] = [
  'held-out',
  'fresh',
  'round4',
  'round5',
  'round6',
  'round7',
  'round8',
];

/** The part a file belongs to: by the hash of its name, the override list, and the round it was collected in. */
export function corpusPart(file: string, round: number): CorpusPart {
  if (!isHeldOut(file) || tuningOverride[file] !== undefined) return 'tuning';
  if (round >= 8) return 'round8';
  if (round === 7) return 'round7';
  if (round === 6) return 'round6';
  if (round === 5) return 'round5';
  if (round === 4) return 'round4';
  return round >= 3 ? 'fresh' : 'held-out';
}

const MARK = /【违法:([a-z]+)】([\s\S]*?)【\/违法】/g;

/** One corpus file: its name, whether it sits in `lawful/` or `violations/`, and its contents. */
export function parseCorpusFile(file: string, kind: RealDocument['kind'], raw: string): RealDocument {
  const cut = raw.indexOf('\n---\n');
  if (cut < 0) throw new Error(`${file}: missing "---" after the header`);
  const header = new Map<string, string>();
  for (const line of raw.slice(0, cut).split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) header.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  const need = (key: string) => {
    const v = header.get(key);
    if (!v) throw new Error(`${file}: header "${key}" missing`);
    return v;
  };
  const fields = {
    title: need('标题'),
    issuer: need('制定机关'),
    docNumber: need('文号'),
    level: need('层级'),
    source: need('来源'),
    complete: need('全文').startsWith('是'),
  };
  const round = Number(header.get('轮次') ?? '2');
  let body = raw.slice(cut + 5).replace(/\s+$/, '');
  const marked: MarkedClause[] = [];
  let text = '';
  let last = 0;
  for (const m of body.matchAll(MARK)) {
    const category = m[1] as PrecheckCategory;
    if (!precheckCategories.includes(category)) throw new Error(`${file}: unknown category ${m[1]}`);
    text += body.slice(last, m.index);
    marked.push({ category, start: text.length, end: text.length + (m[2] ?? '').length });
    text += m[2] ?? '';
    last = (m.index ?? 0) + m[0].length;
  }
  text += body.slice(last);
  body = text;
  if (kind === 'violation' && marked.length === 0) throw new Error(`${file}: a violation file marks no clause`);
  return {
    file,
    kind,
    part: corpusPart(file, round),
    ...fields,
    text: body,
    marked,
  };
}

export interface PartScore {
  lawfulDocuments: number;
  /** High and medium findings on lawful documents, and on clauses of violation files that no mark covers. */
  falseAlarms: number;
  falseAlarmsPerLawfulDocument: number;
  marked: number;
  /** Marked clauses with a high or medium finding of the marked category over them. */
  found: number;
  recall: number;
  byCategory: Record<PrecheckCategory, { truePositives: number; falsePositives: number; falseNegatives: number }>;
  /** Every false alarm, for reading the tuning part (never print the held-out one while tuning). */
  alarms: { file: string; finding: PrecheckFinding }[];
}

/** Findings that count: high and medium; validity only on a complete text (an excerpt may have cut its 附则). */
function counted(doc: RealDocument): PrecheckFinding[] {
  // Headers note what the source page lacked in brackets ("（来源页摘录未载…）"); only a plain name is an issuer.
  const issuer = doc.issuer.split('（')[0]?.trim();
  const title = doc.title.startsWith('（') ? undefined : doc.title;
  return precheck({ text: doc.text, title, issuer: issuer === '' ? undefined : issuer })
    .findings.filter((f) => f.severity !== 'low')
    .filter((f) => doc.complete || f.category !== 'validity');
}

const overlaps = (f: PrecheckFinding, m: MarkedClause) => f.start < m.end && m.start < f.end;

export function scoreRealCorpus(docs: readonly RealDocument[]): PartScore {
  const byCategory = Object.fromEntries(
    precheckCategories.map((c) => [c, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  ) as PartScore['byCategory'];
  const alarms: PartScore['alarms'] = [];
  let found = 0;
  let marked = 0;
  for (const doc of docs) {
    const findings = counted(doc);
    for (const m of doc.marked) {
      marked++;
      if (findings.some((f) => f.category === m.category && overlaps(f, m))) {
        found++;
        byCategory[m.category].truePositives++;
      } else byCategory[m.category].falseNegatives++;
    }
    for (const f of findings) {
      if (doc.marked.some((m) => overlaps(f, m))) continue;
      byCategory[f.category].falsePositives++;
      alarms.push({ file: doc.file, finding: f });
    }
  }
  const lawfulDocuments = docs.filter((d) => d.kind === 'lawful').length;
  return {
    lawfulDocuments,
    falseAlarms: alarms.length,
    falseAlarmsPerLawfulDocument: lawfulDocuments === 0 ? 0 : alarms.length / lawfulDocuments,
    marked,
    found,
    recall: marked === 0 ? 1 : found / marked,
    byCategory,
    alarms,
  };
}
