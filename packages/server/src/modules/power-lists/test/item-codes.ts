// Test-only: the demo city (示范市, 159900) and every region under it as regions that have not loaded their lists, so
// that a test entering a made-up item code (the matrices, the modules' own procedure tests) is not refused by the
// item-code check (settings.ts, `power-lists.item-codes.checked`); the check itself is tested in item-links.test.ts.
import type { Db } from '../../../platform/db/connection';

export async function itemCodesUnchecked(db: Db, regionCode = '159900'): Promise<void> {
  await db
    .insertInto('region_settings')
    .values({ region_code: regionCode, key: 'power-lists.item-codes.checked', value: JSON.stringify(false) })
    .onConflict((oc) => oc.columns(['region_code', 'key']).doUpdateSet({ value: JSON.stringify(false) }))
    .execute();
}
