// 行政应诉工作情况月通报 (seed 002 task 18: 严格实行月通报制度，出庭应诉率达到100%): the justice bureau's 公文 for any
// month, generated from the records — the month's figures and the year's to date, each agency's suits, hearings and
// head appearances, the month's outcomes, and the suits heard without the head — with the same SQL sources as the
// statistics, so the notice and the figures never disagree. DOCX or PDF through platform/papers.
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { litigationStatisticDefinition, type LitigationStatisticKey } from '@fazhi/core/litigation';
import { formatRate, ratePercent } from '@fazhi/core/statistics';
import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { authorize, policyContext } from '../../../platform/access/policy';
import { inReportingTransaction } from '../../../platform/db/reporting';
import { invalid } from '../../../platform/errors';
import { chineseDate, type Block, type GongwenDocument } from '../../../platform/papers/gongwen';
import { contentTypes, renderPaper, type FileFormat, type GeneratedFile } from '../../../platform/papers/render';
import { justiceBureauFor } from '../../../platform/participation/support';
import type { Services } from '../../../platform/services';
import { statisticsBodyScope, type StatisticSourceContext } from '../../../platform/statistics';
import { litigationRegisterPolicy } from '../policy';
import { figureSource } from '../statistics/sources';

interface ByBody {
  body_name: string;
  n: number;
  k: number;
}

async function perBody(services: Services, key: LitigationStatisticKey, ctx: StatisticSourceContext) {
  return inReportingTransaction(services.db, async (tx) => {
    const { rows } = await sql<ByBody>`SELECT x.body_name, count(*)::int AS n,
        count(*) FILTER (WHERE x.in_numerator)::int AS k
      FROM (${figureSource(key, ctx)}) x GROUP BY x.body_name`.execute(tx);
    return new Map(rows.map((r) => [r.body_name, r]));
  });
}

const sum = (m: Map<string, ByBody>, field: 'n' | 'k') => [...m.values()].reduce((s, r) => s + r[field], 0);

export async function monthlyNoticeFile(
  services: Services,
  actor: Actor,
  q: { noticeMonth: string; regionCode?: string | undefined; format: FileFormat },
): Promise<GeneratedFile> {
  authorize(policyContext(services.registry.grants, actor), litigationRegisterPolicy, 'readStatistics', null);
  const today = services.clock.today();
  if (q.noticeMonth > today.slice(0, 7))
    throw invalid('NOTICE_MONTH_FUTURE', `通报月份不能晚于本月（${today.slice(0, 7)}）`, [
      { path: 'noticeMonth', message: '不能晚于本月' },
    ]);
  const from = `${q.noticeMonth}-01`;
  const [y, m] = q.noticeMonth.split('-').map(Number) as [number, number];
  const monthEnd = formatIsoDate(
    parseIsoDate(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`) - 1,
  );
  const to = monthEnd < today ? monthEnd : today;
  const month = await statisticsBodyScope(
    services,
    actor,
    'litigation.read',
    { from, to, regionCode: q.regionCode },
    {
      id: undefined,
      label: '统计的行政机关',
    },
  );
  const year = await statisticsBodyScope(
    services,
    actor,
    'litigation.read',
    { from: `${y}-01-01`, to, regionCode: q.regionCode },
    { id: undefined, label: '统计的行政机关' },
  );
  const [filed, concluded, heard, received, answered, yearConcluded, yearHeard] = await Promise.all([
    perBody(services, 'filed', month.ctx),
    perBody(services, 'lost_rate', month.ctx),
    perBody(services, 'appearance_rate', month.ctx),
    perBody(services, 'recommendations_received', month.ctx),
    perBody(services, 'recommendations_answered', month.ctx),
    perBody(services, 'lost_rate', year.ctx),
    perBody(services, 'appearance_rate', year.ctx),
  ]);
  const rate = (k: number, n: number) => formatRate(ratePercent(k, n));
  const bodies = [...new Set([...filed.keys(), ...concluded.keys(), ...heard.keys()])].sort((a, b) =>
    a.localeCompare(b, 'zh'),
  );
  const outcomes = await inReportingTransaction(
    services.db,
    async (tx) =>
      (
        await sql<{
          title: string;
          body_name: string;
          note: string;
          counted_on: string;
        }>`SELECT * FROM (${figureSource('concluded', month.ctx)}) x ORDER BY x.counted_on, x.title`.execute(tx)
      ).rows,
  );
  const absent = await inReportingTransaction(
    services.db,
    async (tx) =>
      (
        await sql<{
          title: string;
          body_name: string;
        }>`SELECT * FROM (${figureSource('heard', month.ctx)}) x WHERE NOT x.in_numerator ORDER BY x.body_name, x.title`.execute(
          tx,
        )
      ).rows,
  );
  const bureau = await justiceBureauFor(services.db, month.scope.regionCode);
  const regionName = month.scope.regionName;
  const monthName = `${y}年${m}月`;
  const required = litigationStatisticDefinition('appearance_rate').required;
  const blocks: Block[] = [
    { kind: 'title', text: `${regionName}${monthName}行政应诉工作情况通报` },
    { kind: 'addressee', text: `${regionName}各行政机关` },
    {
      kind: 'paragraph',
      text: `根据行政应诉工作月通报制度，现将${monthName}全区行政应诉工作情况通报如下（统计口径附后，数据来自本平台登记的案件记录，统计至${chineseDate(to)}）。`,
    },
    { kind: 'heading', text: '一、总体情况' },
    {
      kind: 'paragraph',
      text: `本月新收行政诉讼案件${sum(filed, 'n')}件，审结${sum(concluded, 'n')}件，其中败诉${sum(concluded, 'k')}件，败诉率${rate(sum(concluded, 'k'), sum(concluded, 'n'))}；开庭审理${sum(heard, 'n')}件，行政机关负责人出庭应诉${sum(heard, 'k')}件，出庭应诉率${rate(sum(heard, 'k'), sum(heard, 'n'))}；收到司法建议、检察建议${sum(received, 'n')}件，书面回复${sum(answered, 'n')}件。`,
    },
    {
      kind: 'paragraph',
      text: `${y}年1月1日以来，累计审结${sum(yearConcluded, 'n')}件，败诉率${rate(sum(yearConcluded, 'k'), sum(yearConcluded, 'n'))}；开庭审理${sum(yearHeard, 'n')}件，负责人出庭应诉率${rate(sum(yearHeard, 'k'), sum(yearHeard, 'n'))}${required !== undefined ? `（目标为${required}%）` : ''}。`,
    },
    { kind: 'heading', text: '二、各行政机关情况' },
    {
      kind: 'table',
      columns: [
        { label: '行政机关', width: 34 },
        { label: '新收', width: 10 },
        { label: '审结', width: 10 },
        { label: '败诉', width: 10 },
        { label: '开庭', width: 10 },
        { label: '负责人出庭', width: 12 },
        { label: '出庭率', width: 14 },
      ],
      rows: bodies.length
        ? bodies.map((b) => {
            const h = heard.get(b);
            return [
              b,
              String(filed.get(b)?.n ?? 0),
              String(concluded.get(b)?.n ?? 0),
              String(concluded.get(b)?.k ?? 0),
              String(h?.n ?? 0),
              String(h?.k ?? 0),
              rate(h?.k ?? 0, h?.n ?? 0),
            ];
          })
        : [['本月无行政诉讼案件', '', '', '', '', '', '']],
    },
    { kind: 'heading', text: '三、本月审结案件的裁判结果' },
    ...(outcomes.length
      ? [
          {
            kind: 'table' as const,
            columns: [
              { label: '案件', width: 40 },
              { label: '被诉行政机关', width: 26 },
              { label: '裁判结果', width: 34 },
            ],
            rows: outcomes.map((o) => [o.title, o.body_name, o.note]),
          },
        ]
      : [{ kind: 'paragraph' as const, text: '本月无审结案件。' }]),
    { kind: 'heading', text: '四、负责人未出庭应诉的案件' },
    ...(absent.length
      ? absent.map((a, i) => ({ kind: 'paragraph' as const, text: `${i + 1}．${a.body_name}：${a.title}` }))
      : [{ kind: 'paragraph' as const, text: '本月开庭审理的案件，被诉行政机关负责人均出庭应诉。' }]),
    {
      kind: 'paragraph',
      text: '请各行政机关严格落实行政机关负责人出庭应诉制度（《中华人民共和国行政诉讼法》第三条第三款），本机关年度第一起案件、重大和群体性案件、涉及行政赔偿的案件，主要负责人应当出庭应诉；认真履行人民法院的生效裁判，及时书面回复司法建议、检察建议。',
    },
    { kind: 'heading', text: '附：统计口径' },
    ...(['lost_rate', 'appearance_rate'] as const).map((k) => ({
      kind: 'paragraph' as const,
      text: `${litigationStatisticDefinition(k).label}：${litigationStatisticDefinition(k).definition}`,
    })),
    { kind: 'signature', org: bureau.name, date: chineseDate(today) },
  ];
  const title = `${regionName}${monthName}行政应诉工作情况通报`;
  const model: GongwenDocument = { title, author: bureau.name, sections: [{ blocks }] };
  return {
    body: await renderPaper(model, q.format),
    fileName: `${title}.${q.format}`,
    contentType: contentTypes[q.format],
  };
}
