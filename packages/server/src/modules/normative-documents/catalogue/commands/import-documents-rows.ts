// Row-by-row validation of an import of 存量文件 (see import-documents.ts): required fields, the 文号 (core
// parseDocNumber, GB/T 9704-2012 7.2.4), dates, the type in Chinese, the issuer and drafting unit (in the importer's
// region, a unit the importer acts for, never an internal office), the validity limits (core checkPublicationDates:
// ordinary 5 years, 暂行/试行 2 years by default, per jurisdiction) and duplicate 文号 within the file and against
// the records. Every problem is collected; nothing is written here.
import { invisibleCharacterProblem } from '@fazhi/core/text';
import {
  checkPublicationDates,
  documentKindLabels,
  documentKinds,
  parseDocNumber,
  type DocNumber,
  type DocumentKind,
} from '@fazhi/core/normative-documents';
import type { Actor } from '../../../../platform/access/actor';
import type { Services } from '../../../../platform/services';
import type { ImportColumn } from '../documents/import-template';
import type { LegalBasis } from '../../tables';
import { text } from '../../../../platform/http/text';
import { validitySettings } from '../../support';

export interface ImportProblem {
  row: number;
  field: string;
  message: string;
}

export interface ExistingFacts {
  regionCode: string | null;
  orgs: { id: string; name: string; kind: string; region_code: string }[];
  /** units the importer may import for */
  allowed: ReadonlySet<string>;
  takenNumbers: ReadonlySet<string>;
  /** issuer/year/seq already registered (the registration's unique key) */
  takenSeqs: ReadonlySet<string>;
}

export interface ImportPlan {
  row: number;
  regionCode: string;
  title: string;
  docNumber: string;
  number: DocNumber;
  issuerOrgId: string;
  draftingOrgId: string;
  kind: DocumentKind;
  publishedOn: string;
  effectiveOn: string;
  expiresOn: string;
  importedOn: string;
  legalBases: LegalBasis[];
  articles: { heading: string; body: string }[];
}

const kindByLabel = new Map<string, DocumentKind>(documentKinds.map((k) => [documentKindLabels[k], k]));

/** 2024-03-01, 2024/3/1, 2024.3.1 or 2024年3月1日 → 2024-03-01; anything else (or an impossible date) → null. */
export function parseImportDate(value: string): string | null {
  const m = /^(\d{4})\s*(?:-|\/|\.|年)\s*(\d{1,2})\s*(?:-|\/|\.|月)\s*(\d{1,2})\s*日?$/.exec(value.trim());
  if (!m) return null;
  const iso = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

const ARTICLE = /^(第[一二三四五六七八九十百零〇两]+条)[\s\u3000]*(.*)$/;

/** The text as articles: a paragraph opening with 第…条 starts an article; other paragraphs continue it. A text
 * without any 条 keeps its paragraphs as they are (without invented headings). */
export function splitArticles(body: string): { heading: string; body: string }[] {
  const lines = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (!lines.some((l) => ARTICLE.test(l))) return lines.map((l) => ({ heading: '', body: l }));
  const out: { heading: string; body: string }[] = [];
  for (const l of lines) {
    const m = ARTICLE.exec(l);
    const last = out[out.length - 1];
    if (m) out.push({ heading: m[1] ?? '', body: m[2] ?? '' });
    else if (last) last.body = last.body ? `${last.body}\n${l}` : l;
    else out.push({ heading: '', body: l }); // a preamble before the first article
  }
  return out.filter((a) => a.body !== '' || a.heading !== '').map((a) => ({ ...a, body: a.body || a.heading }));
}

export async function planRows(
  services: Services,
  actor: Actor,
  rows: { row: number; values: Record<ImportColumn, string> }[],
  facts: ExistingFacts,
  problems: ImportProblem[],
): Promise<ImportPlan[]> {
  const report = (row: number, field: string, message: string) => problems.push({ row, field, message });
  const t = services.clock.today();
  const region = facts.regionCode;
  if (!region) {
    report(2, '发文机关', '您的账号没有所属行政区域，无法导入');
    return [];
  }
  const settings = await validitySettings(services.db, region);
  const byName = new Map(facts.orgs.map((o) => [o.name, o]));
  const seenNumbers = new Map<string, number>();
  const seenSeqs = new Map<string, number>();
  const plans: ImportPlan[] = [];
  void actor;

  for (const { row, values: v } of rows) {
    const before = problems.length;
    const need = (c: ImportColumn, what = c) => {
      if (!v[c]) report(row, c, `请填写${what}`);
      return v[c];
    };
    const title = text('文件标题', 200).safeParse(need('标题'));
    if (v['标题'] && !title.success) report(row, '标题', title.error.issues[0]?.message ?? '标题格式不正确');

    const numberText = need('文号');
    const number = numberText ? parseDocNumber(numberText) : null;
    if (numberText && !number)
      report(row, '文号', `文号「${numberText}」格式不正确，应为 发文机关代字〔年份〕序号号，如 示政规〔2024〕3号`);
    const docNumber = number ? `${number.prefix}〔${number.year}〕${number.seq}号` : '';
    if (number) {
      if (facts.takenNumbers.has(docNumber)) report(row, '文号', `文号「${docNumber}」已在平台登记，不能重复导入`);
      const first = seenNumbers.get(docNumber);
      if (first !== undefined) report(row, '文号', `文号「${docNumber}」与第${first}行重复`);
      else seenNumbers.set(docNumber, row);
    }

    const issuerName = need('发文机关');
    const issuer = issuerName ? byName.get(issuerName) : undefined;
    if (issuerName && !issuer) report(row, '发文机关', `发文机关「${issuerName}」不是本行政区域已登记的单位`);
    if (issuer?.kind === 'internal_office')
      report(row, '发文机关', `不得以部门内设机构（${issuer.name}）名义制发规范性文件（国办发〔2018〕37号）`);
    const draftingName = v['起草单位'] || issuerName;
    const drafting = draftingName ? byName.get(draftingName) : undefined;
    if (v['起草单位'] && !drafting) report(row, '起草单位', `起草单位「${v['起草单位']}」不是本行政区域已登记的单位`);
    if (issuer && drafting && issuer.id !== drafting.id && issuer.kind !== 'government')
      report(row, '发文机关', '发文机关应为起草单位或本级人民政府');
    if (drafting && !facts.allowed.has(drafting.id))
      report(row, v['起草单位'] ? '起草单位' : '发文机关', `您无权为「${drafting.name}」登记规范性文件`);
    if (issuer && number) {
      const key = `${issuer.id}/${number.year}/${number.seq}`;
      if (facts.takenSeqs.has(key))
        report(row, '文号', `${issuer.name}${number.year}年第${number.seq}号已登记，发文顺序号不能重复`);
      else if (seenSeqs.has(key)) report(row, '文号', `与第${seenSeqs.get(key)}行的发文机关、年份和顺序号重复`);
      else seenSeqs.set(key, row);
    }

    const kindText = need('类型');
    const kind = kindByLabel.get(kindText);
    if (kindText && !kind) report(row, '类型', `类型应为：${[...kindByLabel.keys()].join('、')}`);

    const date = (c: ImportColumn, required: boolean) => {
      const raw = required ? need(c) : v[c];
      if (!raw) return null;
      const iso = parseImportDate(raw);
      if (!iso) report(row, c, `${c}「${raw}」不是有效日期，应如 2024-03-01 或 2024年3月1日`);
      return iso;
    };
    const publishedOn = date('发布日期', true);
    const effectiveOn = date('施行日期', true);
    const expiresGiven = date('有效期至', false);
    if (publishedOn && publishedOn > t) report(row, '发布日期', '发布日期不能晚于今天（只导入已经发布的文件）');
    if (publishedOn && number && number.year > Number(publishedOn.slice(0, 4)))
      report(row, '文号', `文号年份${number.year}晚于发布日期的年份`);
    let expiresOn = '';
    if (publishedOn && effectiveOn && kind && title.success) {
      const verdict = checkPublicationDates(
        { kind, title: title.data, publishedOn, effectiveOn, expiresOn: expiresGiven ?? undefined },
        settings,
      );
      if (!verdict.ok) {
        const msg = {
          effective_before_publication: ['施行日期', '施行日期不能早于发布日期'],
          expiry_not_after_effective: ['有效期至', '有效期截止日期应晚于施行日期'],
          validity_exceeds_limit: ['有效期至', `有效期不得超过${verdict.limitYears}年（自施行之日起计算）`],
        }[verdict.reason];
        report(row, msg[0] ?? '有效期至', msg[1] ?? '');
      } else {
        expiresOn = verdict.expiresOn;
        if (expiresOn < t)
          report(
            row,
            expiresGiven ? '有效期至' : '施行日期',
            `有效期已于${expiresOn}届满，已失效的文件不作为现行文件导入`,
          );
      }
    }

    const bases = v['制定依据']
      .split(/[；;\n]/)
      .map((b) => b.trim())
      .filter((b) => b !== '');
    if (bases.some((b) => b.length > 200)) report(row, '制定依据', '每项制定依据不能超过200个字符');
    const body = need('正文');
    const articles = body ? splitArticles(body) : [];
    if (articles.length > 300) report(row, '正文', '条文不能超过300条');
    for (const [column, value] of Object.entries(v)) {
      const problem = invisibleCharacterProblem(column, value, true);
      // A column already refused (the title's own text check) is not reported twice.
      if (problem && !problems.slice(before).some((p) => p.field === column)) report(row, column, problem);
    }

    if (problems.length > before || !number || !issuer || !drafting || !kind || !publishedOn || !effectiveOn) continue;
    if (!title.success) continue;
    plans.push({
      row,
      regionCode: region,
      title: title.data,
      docNumber,
      number,
      issuerOrgId: issuer.id,
      draftingOrgId: drafting.id,
      kind,
      publishedOn,
      effectiveOn,
      expiresOn,
      importedOn: t,
      legalBases: bases.map((b) => ({ title: b })),
      articles,
    });
  }
  return plans;
}
