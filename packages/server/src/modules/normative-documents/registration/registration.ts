// 统一登记、统一编号: one registration per publication (the first, and each renewal after post-evaluation). The
// number comes from the issuer's yearly sequence, taken with an upsert that row-locks the counter until the
// transaction ends, so concurrent publications get distinct consecutive numbers and a rolled-back publication
// gives its number back. The unique keys on (issuer, year, seq) and on the 文号 are the second line.
import { randomUUID } from 'node:crypto';
import { checkEffectiveGap, checkPublicationDates, formatDocNumber } from '@fazhi/core/normative-documents';
import { sql } from 'kysely';
import { setDeadline } from '../../../platform/deadlines';
import { invalid } from '../../../platform/errors';
import type { Writer } from '../../../platform/write';
import { documentLink, justiceBureauFor, SUBJECT, validitySettings } from '../support';
import { normativeSettings } from '../settings';
import type { DocumentRow } from '../workflow';

export interface PublicationDates {
  publishedOn: string;
  effectiveOn: string;
  expiresOn?: string | undefined;
  /** why the document takes effect sooner than the region's gap after publication (initial publication only) */
  effectiveSoonReason?: string | undefined;
}

export async function registerPublication(
  w: Writer,
  row: DocumentRow,
  dates: PublicationDates,
  reason: 'initial' | 'renewal',
) {
  const settings = await validitySettings(w.tx, row.region_code);
  const verdict = checkPublicationDates({ kind: row.kind, title: row.title, ...dates }, settings);
  if (!verdict.ok) {
    const messages = {
      effective_before_publication: ['effectiveOn', '施行日期不能早于发布日期（未经公布的文件不得作为行政管理依据）'],
      expiry_not_after_effective: ['expiresOn', '有效期截止日期应晚于施行日期'],
      validity_exceeds_limit: [
        'expiresOn',
        `有效期不得超过${verdict.limitYears}年（${row.kind === 'ordinary' && verdict.limitYears === settings.validityMaxYears ? '一般文件' : '暂行、试行文件'}，自施行之日起计算）`,
      ],
    } as const;
    const [path, message] = messages[verdict.reason];
    throw invalid('VALIDITY_INVALID', message, [{ path, message }]);
  }
  // a renewal continues a text already in force, so only a first publication keeps the gap before 施行
  let effectiveSoon = false;
  if (reason === 'initial') {
    const minDays = await normativeSettings.read(w.tx, row.region_code, 'normative.effective-gap.min-days');
    const gap = checkEffectiveGap({ ...dates, minDays, reason: dates.effectiveSoonReason });
    if (!gap.ok)
      throw invalid(
        'EFFECTIVE_TOO_SOON',
        `施行日期距发布日期不足${minDays}日：一般应自发布之日起${minDays}日后施行（${gap.earliest}起），参照《规章制定程序条例》第三十二条；确需自发布之日起施行或提前施行的，请说明理由`,
        [{ path: 'effectiveSoonReason', message: `施行日期早于${gap.earliest}的，请说明理由` }],
      );
    effectiveSoon = gap.soon;
  }
  const issuer = await w.tx
    .selectFrom('normative_issuers as i')
    .innerJoin('orgs as o', 'o.id', 'i.org_id')
    .select(['i.number_prefix', 'o.name', 'o.kind'])
    .where('i.region_code', '=', row.region_code)
    .where('i.org_id', '=', row.issuer_org_id)
    .executeTakeFirst();
  if (!issuer)
    throw invalid('ISSUER_PREFIX_MISSING', '发文机关尚未设置文号代字（如“示政规”），请系统管理员先行设置', [
      { path: 'issuerOrgId', message: '未设置发文机关代字' },
    ]);
  const year = Number(dates.publishedOn.slice(0, 4));
  const next = await sql<{ last_seq: number }>`
    INSERT INTO normative_number_sequences (region_code, issuer_org_id, year, last_seq)
    VALUES (${row.region_code}, ${row.issuer_org_id}, ${year}, 1)
    ON CONFLICT (region_code, issuer_org_id, year)
    DO UPDATE SET last_seq = normative_number_sequences.last_seq + 1
    RETURNING last_seq`.execute(w.tx);
  const seq = next.rows[0]?.last_seq ?? 1;
  const docNumber = formatDocNumber({ prefix: issuer.number_prefix, year, seq });
  const registrationId = randomUUID();
  await w.tx
    .insertInto('normative_registrations')
    .values({
      region_code: row.region_code,
      id: registrationId,
      document_id: row.id,
      issuer_org_id: row.issuer_org_id,
      year,
      seq,
      doc_number: docNumber,
      reason,
      published_on: dates.publishedOn,
      effective_on: dates.effectiveOn,
      expires_on: verdict.expiresOn,
      registered_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  // 备案: within the filing period after publication — a document in the name of the government (or its office) by
  // its own rule (15 days nationally, 5 in the demo district), a department's by the general one (15 days)
  const inGovernmentName = issuer.kind === 'government';
  const subject = {
    regionCode: row.region_code,
    subjectType: SUBJECT,
    subjectId: row.id,
    subjectTitle: `《${row.title}》（${docNumber}）`,
    link: documentLink(row.id),
    from: dates.publishedOn,
  };
  const filing = await setDeadline(w, {
    ...subject,
    kind: 'filing',
    label: '报送备案',
    ruleId: inGovernmentName ? 'normative.filing-government-name' : 'normative.filing',
    responsibleOrgId: row.drafting_org_id,
  });
  // 报上级备案: the government's legal office files a government document with the government one level up and the
  // people's congress standing committee within 15 days of publication (国发〔2008〕17号 (十四); seed 000 (五))
  if (inGovernmentName)
    await setDeadline(w, {
      ...subject,
      kind: 'onward-filing',
      label: '报上一级人民政府和本级人大常委会备案',
      ruleId: 'normative.onward-filing',
      responsibleOrgId: (await justiceBureauFor(w.tx, row.region_code)).id,
    });
  return {
    registrationId,
    docNumber,
    seq,
    year,
    expiresOn: verdict.expiresOn,
    filingDue: filing.due,
    effectiveSoon,
    update: {
      doc_number: docNumber,
      published_on: dates.publishedOn,
      effective_on: dates.effectiveOn,
      expires_on: verdict.expiresOn,
      filing_status: 'not_submitted' as const,
    },
  };
}
