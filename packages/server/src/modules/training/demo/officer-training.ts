// The demo officers' training hours (labelled demo): this year's courses, most officers at the minimum by now and
// about one in five short of it. The enforcement demo calls it with the officers it has just seeded and its own
// random sequence, so the demo region is the same whichever module keeps the register.
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { randomUUID } from 'node:crypto';
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import type { Writer } from '../../../platform/write';

const COURSES = [
  '《中华人民共和国行政处罚法》专题培训',
  '行政执法“三项制度”实务',
  '行政执法案卷制作规范',
  '行政复议与行政诉讼案例研讨',
  '本系统执法业务知识培训',
  '行政裁量权基准适用培训',
];

export interface DemoTrainee {
  id: string;
  orgId: string;
  name: string;
}

export async function seedOfficerTraining(
  services: Services,
  w: Writer,
  ctx: SeedContext,
  officers: readonly DemoTrainee[],
  rnd: (n: number) => number,
) {
  const today = services.clock.today();
  const start = parseIsoDate(`${today.slice(0, 4)}-01-01`);
  const span = parseIsoDate(today) - start;
  const rows = [];
  for (const [k, officer] of officers.entries()) {
    const target = k % 5 === 2 ? 12 + rnd(40) : 60 + rnd(30);
    for (let hours = 0; hours < target;) {
      const h = Math.min(target - hours, 4 + rnd(13));
      rows.push({
        id: randomUUID(),
        region_code: ctx.regionCode,
        org_id: officer.orgId,
        officer_id: officer.id,
        person_name: officer.name,
        course: COURSES[rnd(COURSES.length)]!,
        hours_tenths: h * 10,
        trained_on: formatIsoDate(start + rnd(span + 1)),
        is_demo: true,
      });
      hours += h;
    }
  }
  for (let i = 0; i < rows.length; i += 1000)
    await ctx.tx
      .insertInto('training_records')
      .values(rows.slice(i, i + 1000))
      .execute();
  await w.audit({
    regionCode: ctx.regionCode,
    action: 'enforcement_training.recorded',
    subjectType: 'enforcement_officer',
    subjectId: officers[0]!.id,
    summary: `载入示范区演示培训记录${rows.length}条（演示用，非真实数据）`,
    changes: { records: rows.length, isDemo: true },
  });
}
