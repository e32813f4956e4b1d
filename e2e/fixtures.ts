// Records the journeys need beyond the demo region: one open statutory deadline in 示范区, set through the platform
// deadline service (the calendar engine computes it), so that a calendar change has a deadline to move; and one
// published document whose 施行日期 is still ahead (已公布、尚未施行).
import { inWriteTransaction } from '../packages/server/src/platform/write';
import { setDeadline } from '../packages/server/src/platform/deadlines';
import type { Services } from '../packages/server/src/platform/services';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';

export const FIXTURE_SUBJECT = '演示·李某申请公开示范区市场监管执法信息';
export const NOT_YET_EFFECTIVE_TITLE = '示范区人民政府关于加强公共停车场管理的规定';

export async function seedJourneyFixtures(services: Services) {
  const org = await services.db
    .selectFrom('orgs')
    .select('id')
    .where('name', '=', '示范区市场监督管理局')
    .executeTakeFirstOrThrow();
  await inWriteTransaction(services, { actor: null, ip: null }, (w) =>
    setDeadline(w, {
      regionCode: '159901',
      subjectType: 'e2e_disclosure_request',
      subjectId: 'e2e-1',
      kind: 'reply',
      label: '答复申请',
      subjectTitle: FIXTURE_SUBJECT,
      // 政府信息公开条例 第三十三条：收到申请之日起20个工作日内答复 (catalogue rule disclosure.reply)
      ruleId: 'disclosure.reply',
      from: '2026-12-01',
      responsibleOrgId: org.id,
    }),
  );
  // a published demo document set to take effect 20 days from today (the state is derived from this date)
  await services.db
    .updateTable('normative_documents')
    .set({ effective_on: daysFrom(services.clock.today(), 20) })
    .where('title', '=', NOT_YET_EFFECTIVE_TITLE)
    .where('status', '=', 'published')
    .execute();
}
