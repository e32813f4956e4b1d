// The portal's certificate check (内蒙古自治区人民政府令第244号第八条: the officer's name, unit, certificate number,
// category and area are published): anyone gives a certificate number and reads exactly those and the status —
// never the ID number nor anything else. Only the portal region's certificates are answered.
import type { PublicCertificate } from '@fazhi/core/contracts';
import { certificateKindLabels, certificateKindOf, certificateStatusLabels } from '@fazhi/core/enforcement';
import { sql } from 'kysely';
import { notFound } from '../../../../platform/errors';
import { portalIdentity } from '../../../../platform/portal/routes';
import type { Services } from '../../../../platform/services';
import { certificateRules, statusOf } from './officers';

export async function checkCertificate(services: Services, number: string): Promise<PublicCertificate> {
  const { regionCode } = await portalIdentity(services);
  const f = regionCode
    ? await services.db
        .selectFrom('enforcement_officers as f')
        .innerJoin('orgs as o', 'o.id', 'f.org_id')
        .innerJoin('regions as r', 'r.code', 'f.region_code')
        .select([
          'f.name',
          'f.kind',
          'f.certificate_number',
          'f.certificate_status',
          'f.issued_on',
          'f.category',
          'f.area',
          'f.region_code',
          'f.is_demo',
          'o.name as org_name',
        ])
        .where('f.certificate_number', '=', number.trim().toUpperCase())
        .where(sql<boolean>`r.path LIKE (SELECT path FROM regions WHERE code = ${regionCode}) || '%'`)
        .executeTakeFirst()
    : undefined;
  const kind = f ? certificateKindOf[f.kind] : null;
  if (!f || !kind) throw notFound('执法证件');
  const status = statusOf(f, await certificateRules(services.db, f.region_code), services.clock.today())!;
  return {
    name: f.name,
    organisationName: f.org_name,
    certificateKindLabel: certificateKindLabels[kind],
    certificateNumber: f.certificate_number!,
    category: f.category,
    area: f.area,
    statusLabel: certificateStatusLabels[status],
    valid: status === 'valid',
    isDemo: f.is_demo,
  };
}
