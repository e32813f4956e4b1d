// The records behind each statistic, as one SQL SELECT per figure (core statistics.ts says what each counts). Every
// source yields the same columns, whatever the period: the day a record counts on (a flow: 起草、报送、发布…) or the
// days it holds (a state at the period end: 现行有效、废止…), and the day it joins a rate's numerator. The same
// source is (1) folded into the pre-aggregated counts the figures are summed from (statistic-facts.ts, the platform's
// statistic-counts.ts) and (2) read with a period for the records page — so a figure and its records are one
// definition. Every source reaches documents through `d`, filtered by the scope chokepoint on a read.
import {
  filingOutcomeLabels,
  reviewResultLabels as reviewResultNames,
  statisticDefinitions,
  type StatisticKey,
} from '@fazhi/core/normative-documents';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { SUBJECT } from '../../support';

export interface SourceContext {
  regionCode: string;
  /** which documents: on a read scopeFilter(…, 'normative.read', 'd.drafting_org_id') and the unit asked for; on a
   * fold the documents being folded */
  documents: RawBuilder<SqlBool>;
  /** a read's period: each source adds its date conditions in the form its indexes serve */
  period?: { from: string; to: string };
}

export interface ReadContext extends SourceContext {
  period: { from: string; to: string };
}

// A record of a state figure holds on the days from_on <= day < until_on; the others count on one day (from_on)
const stateFigures: ReadonlySet<StatisticKey> = new Set(['valid', 'not_yet_effective', 'repealed', 'lapsed']);
export const figureShape = (key: StatisticKey) => (stateFigures.has(key) ? 'state' : 'flow');
/** Figures summed from the pre-aggregated counts per unit: all but 清理次数, whose campaign covers documents of
 * several units and counts once (a handful a year, counted from its source). */
export const foldedFigures = statisticDefinitions.map((d) => d.key).filter((k) => k !== 'cleanup_campaigns');

const FOREVER = sql`'infinity'::date`;
const ALWAYS = sql`'-infinity'::date`;

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

/** Documents of the region that the context names. */
function documents(c: SourceContext) {
  return sql`normative_documents d JOIN orgs o ON o.id = d.drafting_org_id
    WHERE d.region_code = ${c.regionCode} AND ${c.documents}`;
}

/** On a read, the period's condition on the day a flow counts on (on a fold, every day). */
const between = (column: RawBuilder<unknown>, c: SourceContext) =>
  c.period ? sql`${column} BETWEEN ${c.period.from}::date AND ${c.period.to}::date` : sql`true`;

/** SELECT list of a document-backed record: counted on `countedOn` (a flow) or holding on `span` (a state). */
const docColumns = (
  recordId: RawBuilder<unknown>,
  docNumber: RawBuilder<unknown>,
  countedOn: RawBuilder<unknown>,
  numeratorOn: RawBuilder<unknown> = ALWAYS,
  span?: { from: RawBuilder<unknown>; until: RawBuilder<unknown> },
) =>
  sql`${recordId}::text AS record_id, 'document' AS kind, d.id::text AS document_id, d.drafting_org_id AS org_id,
    d.title, ${docNumber} AS doc_number, o.name AS org_name, ${countedOn}::date AS counted_day,
    ${span?.from ?? countedOn}::date AS from_on, ${span?.until ?? FOREVER}::date AS until_on,
    ${numeratorOn}::date AS numerator_on`;

// core's names (reviewResultLabels, filingOutcomeLabels) are the one source of what the records pages say
const reviewResultLabels = sql`CASE r.result WHEN 'passed' THEN ${sql.lit(reviewResultNames.passed)}
  WHEN 'passed_with_changes' THEN ${sql.lit(reviewResultNames.passed_with_changes)} WHEN 'failed' THEN ${sql.lit(reviewResultNames.failed)}
  ELSE '审核中' END`;

function legalityReviews(c: SourceContext, date: 'submitted_on' | 'concluded_on', completion: boolean) {
  const column = sql.ref(`r.${date}`);
  // 审结: in the numerator from the day the opinion was given
  const numeratorOn = completion ? sql`coalesce(r.concluded_on, ${FOREVER})` : ALWAYS;
  return sql`SELECT ${docColumns(sql`r.id`, sql`d.doc_number`, column, numeratorOn)},
      '第' || r.round || '次报送，' || ${reviewResultLabels} AS note
    FROM legality_reviews r CROSS JOIN ${documents(c)}
      AND r.region_code = d.region_code AND r.subject_id = d.id
      AND r.subject_type = ${SUBJECT} AND ${between(column, c)}`;
}

/** Filings joined with their registration (the 文号 filed) and the stored filing deadline of the document. */
function filings(c: SourceContext, where: RawBuilder<unknown>, numeratorOn: RawBuilder<unknown>, date: string) {
  const column = sql.ref(`f.${date}`);
  return sql`SELECT ${docColumns(sql`f.id`, sql`g.doc_number`, column, numeratorOn)},
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
 * The status of each document at a day: its last recorded act on or before that day — the one history row whose
 * span (from its day until `valid_until`, the next row's day, kept by the database) holds the day. A record of
 * these figures holds from `from_on` until `until_on`. `effective`: 现行有效 only from the 施行日期 on (a published
 * document not yet in force is not yet valid), 尚未施行 only until it.
 */
function statusSpans(c: SourceContext, statuses: readonly string[], effective?: 'in_force' | 'not_yet') {
  const until = sql`coalesce(h.valid_until, ${FOREVER})`;
  const span =
    effective === 'in_force'
      ? {
          from: sql`CASE WHEN h.to_status = 'published' THEN greatest(${inForceFrom}, d.effective_on) ELSE ${inForceFrom} END`,
          until,
        }
      : effective === 'not_yet'
        ? { from: inForceFrom, until: sql`least(${until}, d.effective_on)` }
        : { from: inForceFrom, until };
  // on a read, the rows whose span holds the period's last day, found through the span index
  const atEnd = c.period
    ? sql`AND ${inForceFrom} <= ${c.period.to}::date
      AND (h.valid_until IS NULL OR h.valid_until > ${c.period.to}::date)`
    : sql``;
  return sql`SELECT ${docColumns(sql`d.id`, sql`d.doc_number`, sql`h.acted_on`, ALWAYS, span)}, h.note AS note
    FROM normative_status_history h CROSS JOIN ${documents(c)}
      AND h.region_code = d.region_code AND h.document_id = d.id
      AND h.to_status IN (${sql.join(statuses.map((s) => sql`${s}`))}) ${atEnd}
      ${effective === 'not_yet' ? sql`AND d.effective_on IS NOT NULL` : sql``}
      AND ${span.from} < ${span.until}`;
}

const cleanupOutcomeLabels = sql`CASE i.outcome WHEN 'remains_valid' THEN '继续有效' WHEN 'amend' THEN '修改'
  WHEN 'repeal' THEN '废止' WHEN 'lapse' THEN '宣布失效' ELSE '未作出清理意见' END`;

/** Items of campaigns whose results were published in the period, on documents in scope. */
function cleanupItems(c: SourceContext, outcome: string | null) {
  const which = outcome ? sql`AND i.outcome = ${outcome}` : sql``;
  return sql`SELECT ${docColumns(sql`i.id`, sql`d.doc_number`, sql`k.published_on`)},
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
  return sql`SELECT k.id::text AS record_id, 'campaign' AS kind, k.id::text AS document_id, NULL::uuid AS org_id,
      k.title, NULL::text AS doc_number, NULL::text AS org_name, k.published_on AS counted_day,
      k.published_on AS from_on, ${FOREVER} AS until_on, ${ALWAYS} AS numerator_on,
      (CASE k.kind WHEN 'special' THEN '专项清理' ELSE '定期清理' END) AS note
    FROM normative_cleanup_campaigns k
    WHERE k.region_code = ${c.regionCode} AND k.status = 'published' AND ${between(sql`k.published_on`, c)}
      AND EXISTS (SELECT 1 FROM normative_cleanup_items i CROSS JOIN ${documents(c)}
        AND i.region_code = d.region_code AND i.document_id = d.id AND i.region_code = k.region_code
        AND i.campaign_id = k.id)`;
}

const filingOutcome = (outcome: string) => sql`f.outcome = ${outcome}`;

/** The records of a figure, whatever the period (on a fold) or those the period's conditions admit (on a read). */
export function factSource(key: StatisticKey, c: SourceContext): RawBuilder<unknown> {
  switch (key) {
    case 'drafted':
      return sql`SELECT ${docColumns(sql`d.id`, sql`d.doc_number`, sql`h.acted_on`)}, '' AS note
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
      return sql`SELECT ${docColumns(sql`g.id`, sql`g.doc_number`, sql`g.published_on`)},
          CASE g.reason WHEN 'renewal' THEN '后评估后重新登记发布' ELSE '首次登记发布' END AS note
        FROM normative_registrations g CROSS JOIN ${documents(c)}
          AND g.region_code = d.region_code AND g.document_id = d.id AND ${between(sql`g.published_on`, c)}`;
    case 'filed':
      return filings(c, sql`true`, ALWAYS, 'submitted_on');
    case 'filing_on_time_rate':
      // on time: filed no later than the deadline stored for the publication being filed (the deadline row is
      // the document's; a later renewal's deadline starts after this filing and so does not count for it)
      return filings(
        c,
        sql`true`,
        sql`CASE WHEN dl.due_on IS NOT NULL AND left(dl.start_on, 10)::date <= f.submitted_on
          AND f.submitted_on <= left(dl.due_on, 10)::date THEN ${ALWAYS} ELSE ${FOREVER} END`,
        'submitted_on',
      );
    case 'filing_accepted':
      return filings(c, filingOutcome('accepted'), ALWAYS, 'reviewed_on');
    case 'filing_correction_ordered':
      return filings(c, filingOutcome('correction_ordered'), ALWAYS, 'reviewed_on');
    case 'filing_not_reviewable':
      return filings(c, filingOutcome('not_reviewable'), ALWAYS, 'reviewed_on');
    case 'filing_rate': {
      // in the numerator from the day of the first filing on or after the publication the deadline is for
      const filedOn = sql`coalesce((SELECT min(f.submitted_on) FROM normative_filings f
        WHERE f.region_code = d.region_code AND f.document_id = d.id
          AND f.submitted_on >= left(dl.start_on, 10)::date), ${FOREVER})`;
      return sql`SELECT ${docColumns(sql`dl.id`, sql`d.doc_number`, sql`left(dl.due_on, 10)`, filedOn)},
          '发布日期 ' || left(dl.start_on, 10) AS note
        FROM deadlines dl CROSS JOIN ${documents(c)}
          AND dl.region_code = d.region_code AND dl.subject_type = ${SUBJECT} AND dl.subject_id = d.id::text
          AND dl.kind = 'filing' AND dl.status <> 'cancelled' AND ${between(sql`left(dl.due_on, 10)::date`, c)}`;
    }
    case 'corrections_confirmed':
      return sql`SELECT ${docColumns(sql`x.id`, sql`d.doc_number`, sql`x.confirmed_on`)}, x.opinion AS note
        FROM normative_corrections x CROSS JOIN ${documents(c)}
          AND x.region_code = d.region_code AND x.document_id = d.id
          AND x.status = 'confirmed' AND ${between(sql`x.confirmed_on`, c)}`;
    case 'valid':
      return statusSpans(c, ['published', 'amendment_pending'], 'in_force');
    case 'not_yet_effective':
      return statusSpans(c, ['published'], 'not_yet');
    case 'repealed':
      return statusSpans(c, ['repealed']);
    case 'lapsed':
      return statusSpans(c, ['lapsed']);
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

/**
 * The records a figure counts in a period, in the columns of SourceRow: a flow's records counted on a day of the
 * period, a state's records holding on its last day; `in_numerator` whether a rate's numerator has them by then.
 */
export function figureSource(key: StatisticKey, c: ReadContext): RawBuilder<unknown> {
  const { from, to } = c.period;
  const counted =
    figureShape(key) === 'state'
      ? sql`x.from_on <= ${to}::date AND x.until_on > ${to}::date`
      : sql`x.counted_day BETWEEN ${from}::date AND ${to}::date`;
  return sql`SELECT x.record_id, x.kind, x.document_id, x.title, x.doc_number, x.org_name,
      x.counted_day::text AS counted_on, x.numerator_on <= ${to}::date AS in_numerator, x.note
    FROM (${factSource(key, c)}) x WHERE ${counted}`;
}
