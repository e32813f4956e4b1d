// What other modules read of the training register: an officer's hours over a period, as a SQL expression they put
// into their own queries (the officers' list, the shortfall, the enforcement statistics), as power-lists exports
// `itemsInForceSql`. Other modules never name this module's tables.
import { sql, type RawBuilder } from 'kysely';

/** The hours, in tenths (1.5 学时 adds exactly), of the officer in `officerIdColumn` trained between two days. */
export function officerTrainingHoursSql(officerIdColumn: string, from: string, to: string): RawBuilder<number> {
  return sql<number>`(SELECT coalesce(sum(t.hours_tenths), 0)::int FROM training_records t
    WHERE t.officer_id = ${sql.ref(officerIdColumn)} AND t.trained_on BETWEEN ${from}::date AND ${to}::date)`;
}
