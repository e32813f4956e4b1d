// The portal's 执法主体公告: the portal region's latest published version (or the one asked for) and the list of
// every version, so the history stays readable. No actor: only what was published is answered.
import type { PublicBodyAnnouncement } from '@fazhi/core/contracts';
import { notFound } from '../../../../platform/errors';
import { portalIdentity } from '../../../../platform/portal/routes';
import type { Services } from '../../../../platform/services';

export async function publicBodyAnnouncement(
  services: Services,
  query: { version?: number | undefined },
): Promise<PublicBodyAnnouncement> {
  const { regionCode, regionName } = await portalIdentity(services);
  const empty = { regionName, versionNo: null, publishedOn: null, versions: [], bodies: [], isDemo: false };
  if (!regionCode) return empty;
  const versions = await services.db
    .selectFrom('enforcement_body_announcements')
    .select(['version_no', 'published_on', 'bodies', 'is_demo'])
    .where('region_code', '=', regionCode)
    .orderBy('version_no', 'desc')
    .limit(200)
    .execute();
  if (versions.length === 0) {
    if (query.version !== undefined) throw notFound('执法主体公告');
    return empty;
  }
  const shown = query.version === undefined ? versions[0] : versions.find((v) => v.version_no === query.version);
  if (!shown) throw notFound('执法主体公告');
  return {
    regionName,
    versionNo: shown.version_no,
    publishedOn: shown.published_on,
    versions: versions.map((v) => ({ versionNo: v.version_no, publishedOn: v.published_on, bodies: v.bodies.length })),
    bodies: shown.bodies,
    isDemo: shown.is_demo,
  };
}
