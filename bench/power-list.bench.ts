// The two "Speed" measurements of issue 16 for the powers list, at 200,000 items, each against a baseline measured
// in the same run:
//  1. importing a 200,000-row 权责清单 from XLSX (commands/import-list.ts: streamed, checked row by row, inserted in
//     batches in one transaction) within 3× the time of reading the same workbook alone (the streaming reader,
//     platform/http/xlsx-reader.ts, counting rows); all or nothing (the same workbook with its last row broken writes
//     nothing); memory flat (the process's peak RSS over the run, sampled every 50 ms, against its RSS before);
//  2. the portal's search of the list in force (queries/public-lists.ts) at those 200,000 items: p95 < 50 ms, against
//     one item read by its primary key.
// Run: node --import tsx bench/power-list.bench.ts   (or: npm run bench -- power-list). DATABASE_URL: a throw-away
// database on that server (dropped at the end); otherwise the embedded server in a temporary directory.
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { seedDemo } from '../packages/server/src/modules/organisations/seed-demo';
import { streamSheetRows } from '../packages/server/src/platform/http/xlsx-reader';
import { importColumns } from '../packages/server/src/modules/power-lists/import-columns';
import { importList } from '../packages/server/src/modules/power-lists/commands/import-list';
import { listPublicItems } from '../packages/server/src/modules/power-lists/queries/public-lists';
import { mulberry32 } from './normative-search-corpus';
import { openBenchPlatform } from './bench-platform';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 200_000);
const SEARCHES = 200;
const TARGET_RATIO = 3;
const TARGET_P95_MS = 50;
const REGION = '159901';

const bench = await openBenchPlatform();
const { services, dataDir } = bench;
const db = services.db;

// what published lists are made of: conduct × form × department, the ten kinds, several laws per department
const conduct = ['未取得许可从事经营活动', '经营超过保质期的食品', '未按规定进行进货查验', '超标排放大气污染物', '未依法取得排污许可证排放污染物', '未取得施工许可证擅自施工', '擅自设置户外广告', '拖欠劳动者工资', '非法占用土地', '经营假劣农药', '未建立安全生产责任制', '客运车辆不按批准的线路行驶', '未明码标价', '虚假宣传', '违规处置医疗废物', '擅自举办民办学校']; // prettier-ignore
const forms = [
  '',
  '（单位）',
  '（个人）',
  '情节严重',
  '逾期不改正',
  '造成严重后果',
  '拒不配合调查',
  '两年内再次违法',
  '涉及未成年人',
  '在重大活动期间',
];
const objects = ['食品经营', '特种设备', '危险化学品经营', '道路货运经营', '建筑工程施工', '医疗机构执业', '取水', '农药经营', '排污单位', '民办学校办学', '燃气经营', '出租汽车经营']; // prettier-ignore
const kinds = [
  '行政处罚',
  '行政许可',
  '行政检查',
  '行政强制',
  '行政确认',
  '行政征收',
  '行政给付',
  '行政奖励',
  '行政裁决',
  '其他',
];
const laws = ['《中华人民共和国食品安全法》', '《中华人民共和国安全生产法》', '《中华人民共和国大气污染防治法》', '《中华人民共和国道路运输条例》', '《建设工程质量管理条例》', '《中华人民共和国劳动合同法》', '《中华人民共和国土地管理法》', '《中华人民共和国农产品质量安全法》']; // prettier-ignore

function row(i: number, bodies: readonly string[]): Record<string, string> {
  const kind = kinds[i % 10 < 5 ? 0 : i % 10 < 7 ? 1 : i % 10 < 9 ? 2 : (i >> 3) % 10]!;
  const c = conduct[(i >> 2) % conduct.length]!;
  const o = objects[(i >> 4) % objects.length]!;
  const f = forms[(i >> 6) % forms.length]!;
  const name =
    kind === '行政处罚'
      ? `对${c}${f.startsWith('（') ? f : f ? `且${f}` : ''}的处罚（第${i}项）`
      : kind === '行政许可'
        ? `${o}许可（第${i}项）`
        : `对${o}的${kind.replace('行政', '')}（第${i}项）`;
  return {
    事项编码: `B-${String(i).padStart(6, '0')}`,
    事项名称: name,
    事项类型: kind,
    子项: i % 4 === 0 ? `${o}（新办）；${o}（变更）` : '',
    设定和实施依据: `${laws[i % laws.length]}第${(i % 120) + 1}条`,
    实施主体: bodies[i % bodies.length]!,
    责任事项: '立案责任；调查责任；决定责任',
    追责情形: '滥用职权、玩忽职守的',
  };
}

async function writeWorkbook(path: string, bodies: readonly string[], brokenLast: boolean) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('权责清单');
  const columns = importColumns('powers');
  ws.addRow(columns).commit();
  for (let i = 1; i <= ITEMS; i++) {
    const r = row(i, bodies);
    if (brokenLast && i === ITEMS) r['实施主体'] = '不存在的单位';
    ws.addRow(columns.map((c) => r[c] ?? '')).commit();
  }
  await wb.commit();
}

/** CPU seconds of the embedded cluster's processes so far (the postmaster and its children), or null on a
 * DATABASE_URL server. A worker that ended meanwhile (autovacuum) is not counted. */
function postgresCpu(): number | null {
  if (process.env.DATABASE_URL) return null;
  try {
    const postmaster = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    let ticks = 0;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // a process that ended since the listing (any process of the machine)
      }
      // fields after the command's closing parenthesis: state, ppid, … utime (12th), stime (13th)
      const f = stat.split(') ')[1]?.split(' ');
      if (f && (Number(pid) === postmaster || Number(f[1]) === postmaster)) ticks += Number(f[11]) + Number(f[12]);
    }
    return ticks / 100;
  } catch {
    return null;
  }
}
const nodeCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Wall time, CPU (this process's and PostgreSQL's) and peak RSS over `fn`, RSS sampled every 50 ms. On a machine
 * whose cores other work keeps busy, wall time is CPU time waiting for a core, so the CPU is the steadier figure. */
async function measured<T>(fn: () => Promise<T>) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const [node0, pg0] = [nodeCpu(), postgresCpu()];
  const start = performance.now();
  try {
    const value = await fn();
    const ms = performance.now() - start;
    const pg1 = postgresCpu();
    const cpu = { node: nodeCpu() - node0, pg: pg0 === null || pg1 === null ? null : pg1 - pg0 };
    return { value, ms, cpu, before, peak };
  } finally {
    clearInterval(timer);
  }
}
const cpuText = (c: { node: number; pg: number | null }, base: { node: number }) =>
  c.pg === null
    ? `${c.node.toFixed(1)} + ?`
    : `${c.node.toFixed(1)} + ${c.pg.toFixed(1)} = ${(c.node + c.pg).toFixed(1)}, ${((c.node + c.pg) / base.node).toFixed(2)}×`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? 0;

let failed = false;
try {
  await seedDemo(services);
  const bodies = (
    await db
      .selectFrom('orgs')
      .select('name')
      .where('region_code', '=', REGION)
      .where('kind', '=', 'department')
      .execute()
  ).map((o) => o.name);
  const good = join(dataDir, 'powers.xlsx');
  const broken = join(dataDir, 'powers-broken.xlsx');
  const t = performance.now();
  await writeWorkbook(good, bodies, false);
  await writeWorkbook(broken, bodies, true);
  console.log(`workbooks of ${ITEMS} rows written in ${((performance.now() - t) / 1000).toFixed(0)} s`);

  // ── 1. import against reading ──
  const read = await measured(async () => {
    let n = 0;
    for await (const r of streamSheetRows(createReadStream(good))) if (r.cells.length) n++;
    return n;
  });
  const today = services.clock.today();
  const q = {
    regionCode: REGION,
    reason: '基准测试：权责清单整体导入',
    approvedBy: '基准测试',
    approvedOn: today,
    effectiveOn: today,
  };
  const system = { actor: null, ip: null };
  const versions = async () =>
    Number(
      (
        await db
          .selectFrom('power_list_versions')
          .select((e) => e.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const before = await versions();
  const rejected = await measured(() => importList(services, system, 'powers', q, createReadStream(broken)));
  const nothingWritten = rejected.value.errors.length === 1 && (await versions()) === before;
  const imported = await measured(() => importList(services, system, 'powers', q, createReadStream(good)));
  if (imported.value.errors.length) console.log(imported.value.errors.slice(0, 5));
  const ratio = imported.ms / read.ms;
  const ok1 = imported.value.imported === ITEMS && ratio <= TARGET_RATIO && nothingWritten;
  if (!ok1) failed = true;
  console.log(
    [
      'measurement | seconds | ratio to reading | CPU s: node + PostgreSQL, ratio to reading | peak RSS (before)',
      `read the workbook alone (baseline, ${read.value - 1} rows) | ${(read.ms / 1000).toFixed(1)} | 1.0× | ${cpuText(read.cpu, read.cpu)} | ${mb(read.peak)} (${mb(read.before)})`,
      `import, last row broken: rejected, nothing written = ${nothingWritten} | ${(rejected.ms / 1000).toFixed(1)} | ${(rejected.ms / read.ms).toFixed(2)}× | ${cpuText(rejected.cpu, read.cpu)} | ${mb(rejected.peak)} (${mb(rejected.before)})`,
      `import ${imported.value.imported} items as version ${imported.value.versionNo} | ${(imported.ms / 1000).toFixed(1)} | ${ratio.toFixed(2)}× | ${cpuText(imported.cpu, read.cpu)} | ${mb(imported.peak)} (${mb(imported.before)})`,
    ].join('\n'),
  );
  console.log(
    ok1 ? `import within ${TARGET_RATIO}× of reading: met` : `import within ${TARGET_RATIO}× of reading: NOT met`,
  );

  const rels = await sql<{
    r: string;
    s: string;
  }>`SELECT c.relname r, pg_size_pretty(pg_relation_size(c.oid)) s FROM pg_class c WHERE c.relname LIKE 'power_list_items%'`.execute(
    db,
  );
  console.log('SIZES', rels.rows.map((x) => `${x.r}=${x.s}`).join(' '));
  // ── 2. the portal's search at 200,000 items ──
  await sql`ANALYZE power_list_items`.execute(db);
  const size = await sql<{
    size: string;
  }>`SELECT pg_size_pretty(pg_total_relation_size('power_list_items')) AS size`.execute(db);
  const random = mulberry32(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const queryKinds = [
    () => '处罚',
    () => '许可',
    () => pick(conduct),
    () => `${pick(objects)}许可`,
    () => `${pick(conduct).slice(0, 4)} ${pick(forms.slice(3))}`,
    () => `B-${String(Math.floor(random() * ITEMS) + 1).padStart(6, '0')}`,
    () => pick(laws).slice(1, 8),
    () => '不存在的事项名称',
  ];
  const queries = Array.from({ length: SEARCHES }, (_, i) => queryKinds[i % queryKinds.length]!());
  const ids = (
    await db.selectFrom('power_list_items').select('id').where('region_code', '=', REGION).limit(5000).execute()
  ).map((r) => r.id);
  const byId = () =>
    db
      .selectFrom('power_list_items')
      .selectAll()
      .where('region_code', '=', REGION)
      .where('id', '=', pick(ids))
      .executeTakeFirst();
  for (let i = 0; i < 20; i++) {
    await byId();
    await listPublicItems(services, 'powers', { q: queries[i], page: 1, pageSize: 20 });
  }
  const base: number[] = [];
  const search: number[] = [];
  const totals: number[] = [];
  for (const text of queries) {
    let s = performance.now();
    await byId();
    base.push(performance.now() - s);
    s = performance.now();
    totals.push((await listPublicItems(services, 'powers', { q: text, page: 1, pageSize: 20 })).total);
    search.push(performance.now() - s);
  }
  const b50 = pct(base, 50);
  const p95 = pct(search, 95);
  const ok2 = p95 < TARGET_P95_MS;
  if (!ok2) failed = true;
  console.log(
    `table + indexes ${size.rows[0]?.size}; ${SEARCHES} searches, hits per search median ${pct(totals, 50)}, max ${Math.max(...totals)}`,
  );
  console.log(
    [
      'measurement | p50 ms | p95 ms | max ms | p95 / baseline p50',
      `one item by primary key (baseline) | ${b50.toFixed(2)} | ${pct(base, 95).toFixed(2)} | ${Math.max(...base).toFixed(2)} | ${(pct(base, 95) / b50).toFixed(1)}×`,
      `portal search of the list in force | ${pct(search, 50).toFixed(2)} | ${p95.toFixed(2)} | ${Math.max(...search).toFixed(2)} | ${(p95 / b50).toFixed(1)}×`,
    ].join('\n'),
  );
  const labels = ['处罚', '许可', 'conduct', 'object+许可', 'two words', 'code', 'law', 'no match'];
  console.log(
    `  p95 ms by query kind: ${labels
      .map(
        (l, j) =>
          `${l} ${pct(
            search.filter((_, i) => i % labels.length === j),
            95,
          ).toFixed(0)}`,
      )
      .join(', ')}`,
  );
  console.log(ok2 ? `p95 target (${TARGET_P95_MS} ms) met` : `p95 target (${TARGET_P95_MS} ms) NOT met`);
} finally {
  await bench.close();
}
process.exit(failed ? 1 : 0);
