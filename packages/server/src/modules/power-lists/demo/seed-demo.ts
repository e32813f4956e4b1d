// The demo region's lists (演示): the powers list first published two years ago and adjusted since — a removal with
// its reason and approval, and the delegation (下放) of the city administration's 市容 penalties to a township, in
// force since two months —
// and the other five lists, each published once. Dated back from the platform clock's today.
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { ListItem, ListKind } from '@fazhi/core/power-lists';
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { writerOn, type Writer } from '../../../platform/write';
import { adjustListOn } from '../commands/adjust-list';
import { insertRevisions, recordVersion } from '../support';
import { demoOtherItems, demoPowerItems } from './demo-items';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';

/** the law whose items the 2018 reform moved to the market regulators */
export const priceLaw = '《中华人民共和国价格法》';

const daysBefore = (today: string, n: number) => formatIsoDate(parseIsoDate(today) - n);

/** A list's first version written as its rows (thousands of items: one statement per thousand, no item checks). */
async function publishFirst(w: Writer, regionCode: string, listKind: ListKind, items: ListItem[], on: string) {
  for (let i = 0; i < items.length; i += 1000) {
    const batch = items.slice(i, i + 1000);
    await insertRevisions(
      w.tx,
      regionCode,
      listKind,
      1,
      batch,
      true,
      batch.map(() => randomUUID()),
    );
  }
  const id = await recordVersion(w, {
    regionCode,
    listKind,
    versionNo: 1,
    kind: 'initial',
    reason: '首次公布（演示数据）',
    approvedBy: '示范区人民政府 示政发〔演示〕1号',
    approvedOn: on,
    effectiveOn: on,
    itemCount: items.length,
    isDemo: true,
  });
  await w.audit({
    regionCode,
    action: 'power_list.adjusted',
    subjectType: 'power_list_version',
    subjectId: id,
    summary: `公布示范区${listKind === 'powers' ? '权责清单' : '事项清单'}（演示，第1版，${items.length}项）`,
    changes: { listKind, versionNo: 1, kind: 'initial', items: items.length },
  });
}

export async function seedPowerListsDemo(services: Services, ctx: SeedContext) {
  const w = writerOn(ctx.tx, { actor: null, ip: null }, services);
  const today = services.clock.today();
  const first = daysBefore(today, 730);
  const powers = demoPowerItems(ctx.orgIdByName);
  await publishFirst(w, ctx.regionCode, 'powers', powers, first);
  const others = demoOtherItems(ctx.orgIdByName);
  for (const [kind, items] of Object.entries(others) as [ListKind, ListItem[]][])
    await publishFirst(w, ctx.regionCode, kind, items, first);
  // 第2版: the price items leave the development and reform commission — the 2018 reform moved price supervision
  // and enforcement (价格监督检查) to the market regulators, who keep theirs; its investment, energy-saving and grain
  // items stay
  const cut = powers
    .filter((i) => i.code.startsWith('159901-18-') && i.legalBases[0]?.law === priceLaw)
    .map((i) => i.code);
  const common = { items: [], toOrgId: null, regionCode: ctx.regionCode };
  await adjustListOn(
    services,
    w,
    'powers',
    {
      ...common,
      kind: 'remove',
      itemCodes: cut,
      reason: '价格监督检查和执法职责划入市场监督管理部门，发展和改革部门不再实施（演示）',
      approvedBy: '示范区人民政府 示政函〔演示〕12号',
      approvedOn: daysBefore(today, 380),
      effectiveOn: daysBefore(today, 365),
    },
    true,
  );
  // 第3版: the city administration's 市容和环境卫生 penalties are delegated to a township (赋权乡镇)
  const town = ctx.orgIdByName.get('示范区东河街道办事处');
  const delegated = powers.filter((i) => i.code.startsWith('159901-06-CF-')).map((i) => i.code);
  if (town && delegated.length)
    await adjustListOn(
      services,
      w,
      'powers',
      {
        ...common,
        kind: 'delegate',
        itemCodes: delegated,
        toOrgId: town,
        reason: '推进执法权限向街道下放，由街道综合行政执法机构实施（演示）',
        approvedBy: '示范区人民政府 示政函〔演示〕30号',
        approvedOn: daysBefore(today, 75),
        effectiveOn: daysBefore(today, 60),
      },
      true,
    );
  // the planner's row counts for the thousands of rows just written (else it plans the statistics' joins for one row)
  await sql`ANALYZE power_list_versions, power_list_items`.execute(ctx.tx);
}
