// One SQL source per figure of the enforcement statistics: one row per record the figure counts (record_id, title,
// body_name, counted_on, note, and in_numerator for a rate), so that the figure, the records page and the export
// count the same rows. Every source is limited to the region's units the actor reads (the scope chokepoint).
import type { EnforcementStatisticKey } from '@fazhi/core/enforcement';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { officerTrainingHoursSql } from '../../training/hours/queries/hours-of';

export interface SourceContext {
  regionPath: string;
  from: string;
  to: string;
  validityYears: number;
  minimumHours: number;
  reviewerPercent: number;
  /** the scope chokepoint on an organisation id column */
  units: (column: string) => RawBuilder<SqlBool>;
}

export interface SourceRow {
  record_id: string;
  title: string;
  body_name: string;
  counted_on: string;
  note: string | null;
  in_numerator: boolean;
}

const inRegion = (ctx: SourceContext) => sql`r.path LIKE ${ctx.regionPath.replace(/[\\%_]/g, (c) => `\\${c}`) + '%'}`;

function bodies(ctx: SourceContext, where: RawBuilder<unknown>, note: RawBuilder<unknown>) {
  return sql`SELECT b.org_id::text AS record_id, o.name AS title, o.name AS body_name,
      b.created_at::date::text AS counted_on, ${note} AS note, false AS in_numerator
    FROM enforcement_bodies b JOIN orgs o ON o.id = b.org_id JOIN regions r ON r.code = b.region_code
    WHERE b.status = 'active' AND ${inRegion(ctx)} AND ${ctx.units('b.org_id')} AND ${where}`;
}

/** a certificate past the region's validity at the period's end (never, when the region sets no term) */
const expired = (ctx: SourceContext) =>
  ctx.validityYears > 0
    ? sql`(f.issued_on + make_interval(years => ${ctx.validityYears}))::date <= ${ctx.to}::date`
    : sql`false`;

function officers(ctx: SourceContext, where: RawBuilder<unknown>, note: RawBuilder<unknown>, numerator = sql`false`) {
  return sql`SELECT f.id::text AS record_id, f.name || coalesce('（' || f.certificate_number || '）', '') AS title,
      o.name AS body_name, coalesce(f.issued_on, f.created_at::date)::text AS counted_on, ${note} AS note,
      ${numerator} AS in_numerator
    FROM enforcement_officers f JOIN orgs o ON o.id = f.org_id JOIN regions r ON r.code = f.region_code
    WHERE ${inRegion(ctx)} AND ${ctx.units('f.org_id')} AND ${where}`;
}

const certified = (ctx: SourceContext) => sql`f.kind <> 'auxiliary' AND f.issued_on <= ${ctx.to}::date`;

export function figureSource(key: EnforcementStatisticKey, ctx: SourceContext): RawBuilder<unknown> {
  switch (key) {
    case 'bodies':
      return bodies(
        ctx,
        sql`true`,
        sql`CASE b.legal_status WHEN 'statutory' THEN '法定行政机关'
        WHEN 'authorised' THEN '法律法规授权组织' ELSE '受委托组织' END`,
      );
    case 'bodies_entrusted':
      return bodies(
        ctx,
        sql`b.legal_status = 'entrusted'`,
        sql`'委托机关：' || (SELECT e.name FROM orgs e WHERE e.id = b.entrusting_org_id) || '；期限至' || b.entrustment_to::text`,
      );
    case 'officers':
      return officers(ctx, sql`f.kind = 'enforcement' AND f.issued_on <= ${ctx.to}::date`, sql`f.category`);
    case 'supervisors':
      return officers(ctx, sql`f.kind = 'supervision' AND f.issued_on <= ${ctx.to}::date`, sql`f.category`);
    case 'auxiliaries':
      return officers(ctx, sql`f.kind = 'auxiliary'`, sql`f.category`);
    case 'certificates_valid':
      return officers(
        ctx,
        sql`${certified(ctx)} AND f.certificate_status = 'valid' AND NOT ${expired(ctx)}`,
        sql`f.category`,
      );
    case 'certificates_suspended':
      return officers(ctx, sql`${certified(ctx)} AND f.certificate_status = 'suspended'`, sql`f.category`);
    case 'certificates_revoked':
      return officers(ctx, sql`${certified(ctx)} AND f.certificate_status = 'revoked'`, sql`f.category`);
    case 'certificates_expired':
      return officers(
        ctx,
        sql`${certified(ctx)} AND f.certificate_status = 'valid' AND ${expired(ctx)}`,
        sql`'有效期' || ${ctx.validityYears}::text || '年'`,
      );
    case 'training_completion': {
      const hours = officerTrainingHoursSql('f.id', ctx.from, ctx.to);
      return officers(
        ctx,
        certified(ctx),
        sql`'培训' || round(${hours} / 10.0, 1)::text || '学时'`,
        sql`${hours} >= ${ctx.minimumHours * 10}`,
      );
    }
    case 'bodies_below_reviewer_ratio': {
      const count = (cond: RawBuilder<unknown>) =>
        sql`(SELECT count(*) FROM enforcement_officers f WHERE f.org_id = b.org_id AND ${cond})`;
      const staff = count(sql`f.kind = 'enforcement' AND f.issued_on <= ${ctx.to}::date`);
      const reviewers = count(sql`f.is_legal_reviewer AND f.issued_on <= ${ctx.to}::date`);
      return bodies(
        ctx,
        sql`${reviewers} * 100 < ${staff} * ${ctx.reviewerPercent}`,
        sql`'执法人员' || ${staff}::text || '人，法制审核人员' || ${reviewers}::text || '人，应不少于' ||
          ceil(${staff} * ${ctx.reviewerPercent} / 100.0)::text || '人'`,
      );
    }
  }
}
