// Whether a suit needs its agency's head in court (法释〔2020〕3号 第四条: the court called; the region's own rule,
// seed 000 (十八), a region setting): the reasons with their sources, derived from the records on every read — the
// agency's first suit of the year is the earliest filed among its suits of that year, whatever was recorded later.
import { headRequiredReasons } from '@fazhi/core/litigation';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/connection';
import type { Tx } from '../../platform/write';
import { LOCAL_HEAD_RULE, litigationSettings, localHeadRuleBasis } from './settings';
import type { SuitRecord } from './tables';

type SuitFacts = Pick<
  SuitRecord,
  | 'region_code'
  | 'id'
  | 'body_org_id'
  | 'filed_on'
  | 'created_at'
  | 'major'
  | 'group_suit'
  | 'compensation'
  | 'court_called'
>;

/** Whether the suit is its agency's first filed in its year (by 立案日期, then by when it was recorded). */
export async function firstOfYear(db: Db | Tx, s: SuitFacts): Promise<boolean> {
  const earlier = await db
    .selectFrom('litigation_suits as e')
    .select('e.id')
    .where('e.region_code', '=', s.region_code)
    .where('e.body_org_id', '=', s.body_org_id)
    .where('e.id', '!=', s.id)
    .where(sql<boolean>`date_part('year', e.filed_on) = date_part('year', ${s.filed_on}::date)`)
    .where(sql<boolean>`(e.filed_on, e.created_at) < (${s.filed_on}::date, ${s.created_at})`)
    .limit(1)
    .executeTakeFirst();
  return !earlier;
}

/** Why the head must appear in the suit, each reason with its source; empty when nothing requires it. */
export async function headReasonsOf(db: Db | Tx, s: SuitFacts): Promise<string[]> {
  const rule = await litigationSettings.read(db, s.region_code, LOCAL_HEAD_RULE);
  return headRequiredReasons(
    {
      firstOfYear: rule.includes('first_of_year') ? await firstOfYear(db, s) : false,
      major: s.major,
      group: s.group_suit,
      compensation: s.compensation,
      courtCalled: s.court_called,
    },
    rule,
    localHeadRuleBasis,
  );
}
