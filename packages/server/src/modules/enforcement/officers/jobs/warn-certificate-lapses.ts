// 证件到期提醒: daily, the body's legal staff are told of each certificate that lapses within the region's warning
// days (`enforcement.certificate.warning-days`), once per certificate and lapse day. A certificate lapses only
// where the region sets a validity (`enforcement.certificate.validity-years`, statutes §10: no national term), so
// a region without one is never warned. Region by region in claimed batches (platform/jobs/batches.ts); the
// notification's dedupe key makes a second run a no-op. Kept beside the lapse's deadline (certificate-lapse.ts,
// which the workbench and the platform's warning sweep show): the sweep's warning begins a few working days
// before a due date (`deadline.warning.yellow-working-days`, 3 by default), right for a procedural act but too late
// to renew a certificate, which takes the region's training and exam; this notice comes the region's warning days
// ahead.
import { certificateLapsesOn } from '@fazhi/core/enforcement';
import { consoleLink, enforcementMenu } from '@fazhi/core/modules';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { sql } from 'kysely';
import { inClaimedBatches } from '../../../../platform/jobs/batches';
import { notifyMany } from '../../../../platform/notifications/notify';
import type { Services } from '../../../../platform/services';
import { OFFICER_SUBJECT } from '../../catalogue';
import { enforcementSettings } from '../../settings';

export const LAPSE_WARNING = 'enforcement.certificate_lapsing';

export async function warnCertificateLapses(services: Services) {
  const today = services.clock.today();
  let notified = 0;
  await inClaimedBatches(services, {
    claim: async (w, regionCode, after, limit) => {
      const years = await enforcementSettings.read(w.tx, regionCode, 'enforcement.certificate.validity-years');
      if (years <= 0) return [];
      const days = await enforcementSettings.read(w.tx, regionCode, 'enforcement.certificate.warning-days');
      const until = formatIsoDate(parseIsoDate(today) + days);
      // the last valid day is the day before the anniversary (core certificateLapsesOn)
      const lapses = sql<string>`((f.issued_on + make_interval(years => ${years}))::date - 1)`;
      let q = w.tx
        .selectFrom('enforcement_officers as f')
        .innerJoin('orgs as o', 'o.id', 'f.org_id')
        .select(['f.id', 'f.name', 'f.org_id', 'f.certificate_number', 'f.issued_on', 'o.name as org_name'])
        .where('f.region_code', '=', regionCode)
        .where('f.certificate_status', '=', 'valid')
        .where(lapses, '>=', today)
        .where(lapses, '<=', until);
      if (after) q = q.where('f.id', '>', after);
      const rows = await q.orderBy('f.id').limit(limit).forUpdate('f').skipLocked().execute();
      return rows.map((r) => ({ ...r, lapsesOn: certificateLapsesOn(r.issued_on!, years)! }));
    },
    work: async (w, rows, regionCode) => {
      for (const r of rows) {
        // the body's legal staff, who keep its roster
        const staff = await w.tx
          .selectFrom('role_assignments')
          .select('user_id')
          .where('org_id', '=', r.org_id)
          .where('role', '=', 'legal_officer')
          .execute();
        notified += await notifyMany(w.tx, {
          regionCode,
          userIds: staff.map((s) => s.user_id),
          kind: LAPSE_WARNING,
          title: `执法证件即将到期：${r.name}`,
          body: `${r.org_name}${r.name}的执法证件（${r.certificate_number}）有效期至${r.lapsesOn}，请及时办理换证。`,
          subjectType: OFFICER_SUBJECT,
          subjectId: r.id,
          dedupeKey: `${LAPSE_WARNING}:${r.id}:${r.lapsesOn}`,
          link: consoleLink(enforcementMenu, 'enforcement-officers'),
        });
      }
    },
  });
  return notified;
}
