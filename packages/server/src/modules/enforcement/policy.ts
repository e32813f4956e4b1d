// Who may do what in the enforcement registry. A body and its officers are located at the body's organisation unit:
// the justice bureau (region-wide) confirms bodies and changes certificates' status; a body's own legal staff keep
// its roster and training; the region's readers read. The registry as a whole (the announcement, the roster import)
// is located at the region, so only a region-wide assignment reaches it.
import type { BodyAction, OfficerAction, RegistryAction } from '@fazhi/core/enforcement';
import type { ScopeTarget } from '@fazhi/core/access';
import { definePolicy } from '../../platform/access/policy';

export const READ = 'enforcement.read';
export const MANAGE_BODIES = 'enforcement.bodies.manage';
export const MANAGE_OFFICERS = 'enforcement.officers.manage';
export const MANAGE_CERTIFICATES = 'enforcement.certificates.manage';

/** A unit as a body (registered or about to be), named in a refusal. */
export interface BodyRecord extends ScopeTarget {
  orgName: string;
}

export const bodyPolicy = definePolicy<BodyRecord, BodyAction>(
  'enforcement_body',
  {
    read: (p, r) => p.can(READ, r),
    manage: (p, r) => p.can(MANAGE_BODIES, r),
  },
  {
    read: (r) => `查看${r.orgName}的行政执法主体信息`,
    manage: (r) => `确认或修改${r.orgName}的行政执法主体信息`,
  },
);

export interface RegistryRecord {
  regionPath: string;
  regionName: string;
}

const atRegion = (r: RegistryRecord): ScopeTarget => ({ orgId: '', orgPath: '', regionPath: r.regionPath });

export const registryPolicy = definePolicy<RegistryRecord, RegistryAction>(
  'enforcement_registry',
  {
    read: (p, r) => p.can(READ, atRegion(r)),
    announce: (p, r) => p.can(MANAGE_BODIES, atRegion(r)),
    // refused before the file is read for one who keeps no roster anywhere; each row's unit is then checked
    importRoster: (p) => p.holds(MANAGE_OFFICERS),
    // refused (403) for one who reads no body anywhere; the region asked for is then checked (404)
    readStatistics: (p) => p.holds(READ),
  },
  {
    read: (r) => `查看${r.regionName}行政执法主体和人员`,
    announce: (r) => `公告${r.regionName}行政执法主体名单`,
    importRoster: '导入执法人员名册',
    readStatistics: '查看行政执法主体与人员统计',
  },
);

/** An officer located at the unit whose roster holds the officer. */
export interface OfficerRecord extends ScopeTarget {
  name: string;
}

export const officerPolicy = definePolicy<OfficerRecord, OfficerAction>(
  'enforcement_officer',
  {
    read: (p, r) => p.can(READ, r),
    manage: (p, r) => p.can(MANAGE_OFFICERS, r),
    // 内蒙古自治区行政执法监督条例第三十七条: the justice bureau suspends or revokes a certificate
    changeCertificateStatus: (p, r) => p.can(MANAGE_CERTIFICATES, r),
    // 年度注册 (年审), where the region keeps it: recorded by the justice bureau that issues the certificate
    registerAnnually: (p, r) => p.can(MANAGE_CERTIFICATES, r),
    renewCertificate: (p, r) => p.can(MANAGE_CERTIFICATES, r),
  },
  {
    read: (r) => `查看执法人员${r.name}`,
    manage: (r) => `登记或修改执法人员${r.name}的信息和培训`,
    changeCertificateStatus: (r) => `变更执法人员${r.name}的证件状态`,
    registerAnnually: (r) => `为执法人员${r.name}的证件办理年度注册`,
    renewCertificate: (r) => `为执法人员${r.name}换发执法证件`,
  },
);
