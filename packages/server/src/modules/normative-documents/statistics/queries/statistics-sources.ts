// The records behind each statistic, as one SQL SELECT per figure (core statistics.ts says what each counts). Every
// source yields the same columns, so the figure is `count(*)` of its source (and, for a rate, the numerator is
// `count(*) FILTER (WHERE in_numerator)`), and the records page is the same source ordered and sliced: the figure and
// its records can never disagree. Every source reaches documents through `d` filtered by the scope chokepoint.
import {
  filingOutcomeLabels,
  reviewResultLabels as reviewResultNames,
  type StatisticKey,
} from '@fazhi/core/normative-documents';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { SUBJECT } from '../../support';

export interface SourceContext {
  from: string;
  to: string;
  regionCode: string;
  orgId: string | null;
  /** scopeFilter(…, 'normative.read', 'd.drafting_org_id') */
  scope: RawBuilder<SqlBool>;
}

/** The columns every source yields. `kind` says what the record is (for its link). */
export interface SourceRow {
  record_id: string;
  kind: 'document' | 'campaign';
  document_id: string;
  title: string;
  doc_number: string | null;
  org_name: string | null;
  counted_on: string;
  in_numerator: boolean;
  note: string;
}

/** Documents of the region and unit asked for, that the actor may read. */
function documents(c: SourceContext) {
  const unit = c.orgId ? sql`AND d.drafting_org_id = ${c.orgId}::uuid` : sql``;
  return sql`normative_documents d JOIN orgs o ON o.id = d.drafting_org_id
    WHERE d.region_code = ${c.regionCode} AND ${c.scope} ${unit}`;
}

const between = (column: RawBuilder<unknown>, c: SourceContext) =>
  sql`${column} BETWEEN ${c.from}::date AND ${c.to}::date`;

/** SELECT list of a document-backed record. */
const docColumns = (recordId: RawBuilder<unknown>, docNumber: RawBuilder<unknown>, countedOn: RawBuilder<unknown>) =>
  sql`${recordId}::text AS record_id, 'document' AS kind, d.id::text AS document_id, d.title, ${docNumber} AS doc_number,
    o.name AS org_name, ${countedOn}::date::text AS counted_on`;

// core's names (reviewResultLabels, filingOutcomeLabels) are the one source of what the records pages say
const reviewResultLabels = sql`CASE r.result WHEN 'passed' THEN ${sql.lit(reviewResultNames.passed)}
  WHEN 'passed_with_changes' THEN ${sql.lit(reviewResultNames.passed_with_changes)} WHEN 'failed' THEN ${sql.lit(reviewResultNames.failed)}
  ELSE '审核中' END`;

function legalityReviews(c: SourceContext, date: 'submitted_on' | 'concluded_on', completion: boolean) {
  const column = sql.ref(`r.${date}`);
  const inNumerator = completion ? sql`(r.concluded_on IS NOT NULL AND r.concluded_on <= ${c.to}::date)` : sql`true`;
  return sql`SELECT ${docColumns(sql`r.id`, sql`d.doc_number`, column)}, ${inNumerator} AS in_numerator,
      '第' || r.round || '次报送，' || ${reviewResultLabels} AS note
    FROM normative_reviews r CROSS JOIN ${documents(c)}
      AND r.region_code = d.region_code AND r.document_id = d.id
      AND r.kind = 'legality' AND ${between(column, c)}`;
}

/** Filings joined with their registration (the 文号 filed) and the stored filing deadline of the document. */
function filings(c: SourceContext, where: RawBuilder<unknown>, inNumerator: RawBuilder<unknown>, date: string) {
  const column = sql.ref(`f.${date}`);
  return sql`SELECT ${docColumns(sql`f.id`, sql`g.doc_number`, column)}, ${inNumerator} AS in_numerator,
      CASE WHEN dl.due_on IS NULL THEN '' ELSE '备案期限届满日 ' || left(dl.due_on, 10) END
        || CASE f.outcome WHEN 'accepted' THEN ${sql.lit('；' + filingOutcomeLabels.accepted)}
           WHEN 'correction_ordered' THEN ${sql.lit('；' + filingOutcomeLabels.correction_ordered)}
           WHEN 'not_reviewable' THEN ${sql.lit('；' + filingOutcomeLabels.not_reviewable)} ELSE '' END AS note
    FROM normative_filings f
      JOIN normative_registrations g ON g.region_code = f.region_code AND g.id = f.registration_id
      LEFT JOIN deadlines dl ON dl.region_code = f.region_code AND dl.subject_type = ${SUBJECT}
        AND dl.subject_id = f.document_id::text AND dl.kind = 'filing'
      CROSS JOIN ${documents(c)} AND f.region_code = d.region_code AND f.document_id = d.id
      AND ${between(column, c)} AND ${where}`;
}

// The expiry sweep records a lapse on the last day of validity (有效期至…届满); the document is still in force on that
// day and lapsed from the next, so for the state at a day the lapse counts from the day after. The expression is
// the one the span index (migration 202612070102_normative_statistics) is built on.
const inForceFrom = sql`(h.acted_on + CASE WHEN h.act = 'expire' THEN 1 ELSE 0 END)`;

/**
 * The status each document had at the end of the period: its last recorded act on or before that day — the one
 * history row whose span (from its day until `valid_until`, the next row's day, kept by the database) holds the
 * period's last day. `effective`: only documents already in force at the period end (施行日期 on or before it), or
 * only those not yet in force.
 */
function statusAtEndSql(c: SourceContext, statuses: readonly string[], effective?: 'in_force' | 'not_yet') {
  const unit = c.orgId ? sql`AND d.drafting_org_id = ${c.orgId}::uuid` : sql``;
  return sql`SELECT ${docColumns(sql`d.id`, sql`d.doc_number`, sql`h.acted_on`)}, true AS in_numerator,
      h.note AS note
    FROM normative_status_history h
      JOIN normative_documents d ON d.region_code = h.region_code AND d.id = h.document_id
      JOIN orgs o ON o.id = d.drafting_org_id
    WHERE h.region_code = ${c.regionCode} AND h.to_status IN (${sql.join(statuses.map((s) => sql`${s}`))})
      AND ${inForceFrom} <= ${c.to}::date AND (h.valid_until IS NULL OR h.valid_until > ${c.to}::date)
      AND ${c.scope} ${unit} ${
        effective === 'in_force'
          ? sql`AND (h.to_status <> 'published' OR d.effective_on IS NULL OR d.effective_on <= ${c.to}::date)`
          : effective === 'not_yet'
            ? sql`AND d.effective_on > ${c.to}::date`
            : sql``
      }`;
}

const cleanupOutcomeLabels = sql`CASE i.outcome WHEN 'remains_valid' THEN '继续有效' WHEN 'amend' THEN '修改'
  WHEN 'repeal' THEN '废止' WHEN 'lapse' THEN '宣布失效' ELSE '未作出清理意见' END`;

/** Items of campaigns whose results were published in the period, on documents in scope. */
function cleanupItems(c: SourceContext, outcome: string | null) {
  const which = outcome ? sql`AND i.outcome = ${outcome}` : sql``;
  return sql`SELECT ${docColumns(sql`i.id`, sql`d.doc_number`, sql`k.published_on`)}, true AS in_numerator,
      k.title || '：' || ${cleanupOutcomeLabels} AS note
    FROM normative_cleanup_items i
      JOIN normative_cleanup_campaigns k ON k.region_code = i.region_code AND k.id = i.campaign_id
      CROSS JOIN ${documents(c)} AND i.region_code = d.region_code AND i.document_id = d.id
      AND k.status = 'published' AND ${between(sql`k.published_on`, c)} ${which}`;
}

/**
 * Campaigns published in the period that cover at least one document in scope: a unit sees the cleanups of its
 * documents, the region the cleanups of all its documents (a campaign over no document is no cleanup result).
 */
function cleanupCampaigns(c: SourceContext) {
  return sql`SELECT k.id::text AS record_id, 'campaign' AS kind, k.id::text AS document_id, k.title,
      NULL::text AS doc_number, NULL::text AS org_name, k.published_on::text AS counted_on, true AS in_numerator,
      (CASE k.kind WHEN 'special' THEN '专项清理' ELSE '定期清理' END) AS note
    FROM normative_cleanup_campaigns k
    WHERE k.region_code = ${c.regionCode} AND k.status = 'published' AND ${between(sql`k.published_on`, c)}
      AND EXISTS (SELECT 1 FROM normative_cleanup_items i CROSS JOIN ${documents(c)}
        AND i.region_code = d.region_code AND i.document_id = d.id AND i.region_code = k.region_code
        AND i.campaign_id = k.id)`;
}

const filingOutcome = (outcome: string) => sql`f.outcome = ${outcome}`;

export function figureSource(key: StatisticKey, c: SourceContext): RawBuilder<unknown> {
  switch (key) {
    case 'drafted':
      return sql`SELECT ${docColumns(sql`d.id`, sql`d.doc_number`, sql`h.acted_on`)}, true AS in_numerator,
          '' AS note
        FROM normative_status_history h CROSS JOIN ${documents(c)}
          AND h.region_code = d.region_code AND h.document_id = d.id AND h.act = 'draft'
          AND ${between(sql`h.acted_on`, c)}`;
    case 'review_submitted':
      return legalityReviews(c, 'submitted_on', false);
    case 'reviewed':
      return legalityReviews(c, 'concluded_on', false);
    case 'review_completion_rate':
      return legalityReviews(c, 'submitted_on', true);
    case 'published':
      return sql`SELECT ${docColumns(sql`g.id`, sql`g.doc_number`, sql`g.published_on`)}, true AS in_numerator,
          CASE g.reason WHEN 'renewal' THEN '后评估后重新登记发布' ELSE '首次登记发布' END AS note
        FROM normative_registrations g CROSS JOIN ${documents(c)}
          AND g.region_code = d.region_code AND g.document_id = d.id AND ${between(sql`g.published_on`, c)}`;
    case 'filed':
      return filings(c, sql`true`, sql`true`, 'submitted_on');
    case 'filing_on_time_rate':
      // on time: filed no later than the deadline stored for the publication being filed (the deadline row is
      // the document's; a later renewal's deadline starts after this filing and so does not count for it)
      return filings(
        c,
        sql`true`,
        sql`(dl.due_on IS NOT NULL AND left(dl.start_on, 10)::date <= f.submitted_on
          AND f.submitted_on <= left(dl.due_on, 10)::date)`,
        'submitted_on',
      );
    case 'filing_accepted':
      return filings(c, filingOutcome('accepted'), sql`true`, 'reviewed_on');
    case 'filing_correction_ordered':
      return filings(c, filingOutcome('correction_ordered'), sql`true`, 'reviewed_on');
    case 'filing_not_reviewable':
      return filings(c, filingOutcome('not_reviewable'), sql`true`, 'reviewed_on');
    case 'filing_rate':
      return sql`SELECT ${docColumns(sql`dl.id`, sql`d.doc_number`, sql`left(dl.due_on, 10)`)},
          EXISTS (SELECT 1 FROM normative_filings f WHERE f.region_code = d.region_code AND f.document_id = d.id
            AND f.submitted_on >= left(dl.start_on, 10)::date AND f.submitted_on <= ${c.to}::date) AS in_numerator,
          '发布日期 ' || left(dl.start_on, 10) AS note
        FROM deadlines dl CROSS JOIN ${documents(c)}
          AND dl.region_code = d.region_code AND dl.subject_type = ${SUBJECT} AND dl.subject_id = d.id::text
          AND dl.kind = 'filing' AND dl.status <> 'cancelled' AND ${between(sql`left(dl.due_on, 10)::date`, c)}`;
    case 'corrections_confirmed':
      return sql`SELECT ${docColumns(sql`x.id`, sql`d.doc_number`, sql`x.confirmed_on`)}, true AS in_numerator,
          x.opinion AS note
        FROM normative_corrections x CROSS JOIN ${documents(c)}
          AND x.region_code = d.region_code AND x.document_id = d.id
          AND x.status = 'confirmed' AND ${between(sql`x.confirmed_on`, c)}`;
    case 'valid':
      return statusAtEndSql(c, ['published', 'amendment_pending'], 'in_force');
    case 'not_yet_effective':
      return statusAtEndSql(c, ['published'], 'not_yet');
    case 'repealed':
      return statusAtEndSql(c, ['repealed']);
    case 'lapsed':
      return statusAtEndSql(c, ['lapsed']);
    case 'cleanup_campaigns':
      return cleanupCampaigns(c);
    case 'cleanup_documents':
      return cleanupItems(c, null);
    case 'cleanup_remains_valid':
      return cleanupItems(c, 'remains_valid');
    case 'cleanup_amend':
      return cleanupItems(c, 'amend');
    case 'cleanup_repeal':
      return cleanupItems(c, 'repeal');
    case 'cleanup_lapse':
      return cleanupItems(c, 'lapse');
  }
}
