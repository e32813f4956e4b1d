// 证件有效期届满: a valid certificate's lapse is a deadline on the platform's deadline service (subject
// `enforcement_certificate`, the officer's id), so the workbench lists it with its warning level to the body's staff
// and the justice bureau, and the warning sweep notifies the body. Its length is the region's setting
// `enforcement.certificate.validity-years` (statutes §10: no national term), counted by the calendar engine's rule
// `enforcement.certificate-validity` (the issue day counts, the day before the anniversary is the last) and cited
// with the setting's own source. No validity, a suspended or revoked certificate, or none at all: the stored
// deadline is cancelled. Called by each act that changes a certificate and by the daily job (jobs/), which also
// follows a change of the setting — a region setting changes without an act of this module.
import { certificateLapsesOn } from '@fazhi/core/enforcement';
import { consoleLink, enforcementMenu } from '@fazhi/core/modules';
import { closeDeadline, nearestRegionSetting, setDeadline } from '../../../platform/deadlines';
import type { Db } from '../../../platform/db/connection';
import type { Writer } from '../../../platform/write';
import { enforcementSettings } from '../settings';

export const CERTIFICATE_SUBJECT = 'enforcement_certificate';
export const LAPSE_KIND = 'lapse';
export const VALIDITY_RULE = 'enforcement.certificate-validity';
const VALIDITY_KEY = 'enforcement.certificate.validity-years';

export interface CertificateFacts {
  id: string;
  region_code: string;
  org_id: string;
  name: string;
  certificate_number: string | null;
  issued_on: string | null;
  certificate_status: 'valid' | 'suspended' | 'revoked' | null;
}

/** The region's validity in years (0: no fixed term) and the source the deadline cites for it. */
export async function regionValidity(db: Db, regionCode: string) {
  const years = await enforcementSettings.read(db, regionCode, VALIDITY_KEY);
  const stored = await nearestRegionSetting(db, regionCode, VALIDITY_KEY);
  const label = enforcementSettings.defs[VALIDITY_KEY].label.replace(/（.*）$/, '');
  const source = stored?.source?.trim()
    ? `${stored.source.trim()}（本地区设定：${label}${years}年）`
    : `本地区设定参数“${label}”（${years}年）`;
  return { years, source };
}

/**
 * Puts the certificate's lapse on the deadline service, or cancels it, as its facts and the region's validity now
 * say; writes nothing when the stored deadline already says so (the daily job runs over every certificate).
 */
export async function syncCertificateLapse(
  w: Writer,
  c: CertificateFacts,
  validity: { years: number; source: string },
): Promise<'set' | 'cancelled' | 'unchanged'> {
  const where = { regionCode: c.region_code, subjectType: CERTIFICATE_SUBJECT, subjectId: c.id, kind: LAPSE_KIND };
  const stored = await w.tx
    .selectFrom('deadlines')
    .select(['status', 'start_on', 'due_on', 'basis'])
    .where('region_code', '=', c.region_code)
    .where('subject_type', '=', CERTIFICATE_SUBJECT)
    .where('subject_id', '=', c.id)
    .where('kind', '=', LAPSE_KIND)
    .executeTakeFirst();
  const lapses =
    c.certificate_number && c.issued_on && c.certificate_status === 'valid'
      ? certificateLapsesOn(c.issued_on, validity.years)
      : null;
  if (lapses === null) {
    if (stored?.status !== 'open') return 'unchanged';
    await closeDeadline(w, where, w.clock.today(), true);
    return 'cancelled';
  }
  if (
    stored?.status === 'open' &&
    stored.start_on === c.issued_on &&
    stored.due_on === lapses &&
    stored.basis === validity.source
  )
    return 'unchanged';
  await setDeadline(w, {
    ...where,
    label: '执法证件有效期届满',
    subjectTitle: `${c.name}的执法证件（${c.certificate_number}）`,
    link: consoleLink(enforcementMenu, 'enforcement-officers'),
    ruleId: VALIDITY_RULE,
    from: c.issued_on!,
    responsibleOrgId: c.org_id,
    regionAmount: { amount: validity.years, source: validity.source },
  });
  return 'set';
}

/** The same for one officer by id, inside an act's transaction (after its write). */
export async function syncOfficerLapse(w: Writer, officerId: string) {
  const c = await w.tx
    .selectFrom('enforcement_officers')
    .select(['id', 'region_code', 'org_id', 'name', 'certificate_number', 'issued_on', 'certificate_status'])
    .where('id', '=', officerId)
    .executeTakeFirstOrThrow();
  return syncCertificateLapse(w, c, await regionValidity(w.tx, c.region_code));
}
