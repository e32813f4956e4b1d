// 第三十三条: the decision's case file — every step's record as the procedure went, in order — read from the record,
// the shared consultation and review tables and the records after the decision; the check of what it still lacks
// (core `caseFileGaps`, reading the same facts the procedure's gates read); and the file as a 公文 model with its
// table of contents, one part a section, for the platform's paper renderers.
import {
  accountabilityArticleLabels,
  decisionChangeKindLabels,
  caseFileGaps,
  decisionStatusLabels,
  evaluationConclusionLabels,
  executionProblemLabels,
  meetingDecisionLabels,
  meetingKindLabels,
  meetingViewLabels,
  postEvaluationTriggerLabels,
  stepBasesIn,
  type CaseFileGap,
} from '@fazhi/core/major-decisions';
import { reviewResultLabels } from '@fazhi/core/participation';
import type { Db } from '../../../platform/db/connection';
import { chineseDate } from '../../../platform/display-dates';
import type { Tx } from '../../../platform/write';
import type { Block, GongwenDocument } from '../../../platform/papers/gongwen';
import { filingRuleOf } from '../catalogue/queries/catalogues';
import { DECISION_SUBJECT, decisionFacts, type DecisionRow } from '../records/workflow';
import '../execution/tables';

/** One part of the file: a step's record with the day it was made. */
export interface CaseFilePart {
  title: string;
  on: string | null;
  lines: string[];
}

type Row = DecisionRow & { body_name: string; sponsor_name: string };

/** Everything the file holds and what it lacks. */
export async function caseFileOf(db: Db | Tx, row: Row): Promise<{ parts: CaseFilePart[]; gaps: CaseFileGap[] }> {
  const key = (t: 'consultations' | 'legality_reviews') =>
    db
      .selectFrom(t)
      .where('region_code', '=', row.region_code)
      .where('subject_type', '=', DECISION_SUBJECT)
      .where('subject_id', '=', row.id);
  const [facts, consultations, reviews, implementers, reports, evaluations, changes, accountability, filingRule] =
    await Promise.all([
      decisionFacts(db, row),
      key('consultations')
        .select(['opens_on', 'closes_on', 'closed_on', 'shortened_reason'])
        .orderBy('opens_on')
        .execute(),
      key('legality_reviews')
        .select(['round', 'submitted_on', 'result', 'opinion', 'concluded_on'])
        .orderBy('round')
        .execute(),
      db
        .selectFrom('decision_implementations as i')
        .innerJoin('orgs as o', 'o.id', 'i.org_id')
        .select(['o.name', 'i.is_lead', 'i.assigned_on', 'i.assignment_record'])
        .where('i.region_code', '=', row.region_code)
        .where('i.decision_id', '=', row.id)
        .orderBy('i.is_lead', 'desc')
        .execute(),
      db
        .selectFrom('decision_progress_reports as p')
        .innerJoin('orgs as o', 'o.id', 'p.org_id')
        .select(['o.name', 'p.reported_on', 'p.progress', 'p.problem', 'p.problem_detail'])
        .where('p.region_code', '=', row.region_code)
        .where('p.decision_id', '=', row.id)
        .orderBy('p.reported_on')
        .orderBy('p.created_at')
        .execute(),
      db
        .selectFrom('decision_evaluations')
        .selectAll()
        .where('region_code', '=', row.region_code)
        .where('decision_id', '=', row.id)
        .orderBy('evaluated_on')
        .execute(),
      db
        .selectFrom('decision_changes')
        .selectAll()
        .where('region_code', '=', row.region_code)
        .where('decision_id', '=', row.id)
        .orderBy('decided_on')
        .orderBy('created_at')
        .execute(),
      db
        .selectFrom('decision_accountability')
        .selectAll()
        .where('region_code', '=', row.region_code)
        .where('decision_id', '=', row.id)
        .orderBy('decided_on')
        .execute(),
      filingRuleOf(db as Db, row.region_code),
    ]);
  const parts: CaseFilePart[] = [];
  const add = (title: string, on: string | null, lines: (string | null | false | undefined)[]) =>
    parts.push({ title, on, lines: lines.filter((l): l is string => Boolean(l)) });

  add('决策建议', row.proposed_on, [
    `决策事项：${row.title}`,
    `决策机关：${row.body_name}；承办单位：${row.sponsor_name}`,
    `建议人：${row.proposer}`,
    row.proposal,
    row.outside_catalogue_reason && `未列入决策事项目录的理由：${row.outside_catalogue_reason}`,
  ]);
  if (row.start_decided_on)
    add(row.status === 'not_started' ? '决定不启动决策程序' : '决定启动决策程序', row.start_decided_on, [
      `决定的会议或批示：${row.start_record ?? ''}`,
    ]);
  if (row.draft_recorded_on)
    add('决策草案及起草说明', row.draft_recorded_on, [
      row.draft_text,
      `起草说明：${row.draft_explanation ?? ''}`,
      ...row.draft_options.map((o, i) => `备选方案${i + 1}：${o}`),
      row.single_option_reason && `只提出一个方案的理由：${row.single_option_reason}`,
    ]);
  for (const c of consultations)
    add('公开征求意见', c.opens_on, [
      `征求意见期间：${chineseDate(c.opens_on)}至${chineseDate(c.closes_on)}`,
      c.shortened_reason && `缩短期限的理由：${c.shortened_reason}`,
      c.closed_on && `${chineseDate(c.closed_on)}结束征求意见`,
    ]);
  for (const r of reviews)
    add(`合法性审查（第${r.round}轮）`, r.concluded_on ?? r.submitted_on, [
      `送审日期：${chineseDate(r.submitted_on)}`,
      r.result && `审查结果：${reviewResultLabels[r.result]}`,
      r.opinion && `审查意见：${r.opinion}`,
    ]);
  if (row.meeting_on && row.meeting_kind && row.meeting_decision)
    add('集体讨论决定', row.meeting_on, [
      `${meetingKindLabels[row.meeting_kind]}：${row.meeting_name ?? ''}`,
      `出席人员：${row.meeting_attendees.join('、')}`,
      ...row.meeting_speeches.map(
        (s) =>
          `${s.name}${s.isHead ? '（行政首长）' : ''}：${meetingViewLabels[s.view]}${s.opinion ? `，${s.opinion}` : ''}`,
      ),
      `决定：${meetingDecisionLabels[row.meeting_decision]}`,
      row.head_reasons && `行政首长说明的理由：${row.head_reasons}`,
    ]);
  if (row.party_reported_on)
    add('向同级党委请示报告', row.party_reported_on, [`请示报告文件或党委批复：${row.party_report_record ?? ''}`]);
  if (row.published_on)
    add('决策公布', row.published_on, [
      row.published_text,
      `公众意见、专家论证意见采纳情况说明：${row.adoption_explanation ?? ''}`,
      `政策解读：${row.interpretation ?? ''}`,
    ]);
  if (row.filed_on) add('报送备案', row.filed_on, [`备案报告文号或报送方式：${row.filing_record ?? ''}`]);
  if (implementers.length)
    add('明确决策执行单位', implementers[0]!.assigned_on, [
      ...implementers.map((i) => `${i.name}${i.is_lead ? '（牵头）' : ''}`),
      `依据：${implementers[0]!.assignment_record}`,
    ]);
  for (const p of reports)
    add(`决策执行情况报告（${p.name}）`, p.reported_on, [
      p.progress,
      p.problem && `报告的问题：${executionProblemLabels[p.problem]}。${p.problem_detail ?? ''}`,
    ]);
  for (const e of evaluations)
    add('决策后评估', e.evaluated_on, [
      `启动评估的情形：${postEvaluationTriggerLabels[e.trigger]}。${e.trigger_detail}`,
      `承担评估具体工作的单位：${e.evaluator_name}`,
      `参与评估：${e.participants}`,
      e.report,
      `评估结论：${evaluationConclusionLabels[e.conclusion]}`,
    ]);
  for (const c of changes)
    add(decisionChangeKindLabels[c.kind], c.decided_on, [
      `理由：${c.reason}`,
      `作出决定的会议或批示：${c.record}`,
      c.content && `调整内容：${c.content}`,
    ]);
  for (const a of accountability)
    add('责任追究', a.decided_on, [
      `被追究责任的单位或人员：${a.person}`,
      `适用条款：${accountabilityArticleLabels[a.article]}`,
      `认定的事实：${a.finding}`,
      `处理机关：${a.handling_body}；处理结果：${a.handling}`,
    ]);

  const gaps = caseFileGaps(
    {
      status: row.status,
      facts,
      startRecorded: row.start_decided_on !== null,
      meetingRecorded: row.meeting_decision !== null,
      published: row.published_on !== null,
      filed: row.filed_on !== null,
      implementationAssigned: implementers.length > 0,
      progressReports: reports.length,
    },
    stepBasesIn(filingRule),
  );
  return { parts, gaps };
}

/**
 * The case file as a 公文 model: a cover with the table of contents, then each part on its own page. The contents
 * give each part's page (`sectionPages`, the pages the sections start on, cover first, as the renderer found them:
 * `renderPdfWithContents`); null leaves the column empty for the first rendering.
 */
export function caseFileModel(
  row: Row,
  parts: readonly CaseFilePart[],
  archivedOn: string,
  sectionPages: readonly number[] | null,
): GongwenDocument {
  const cover: Block[] = [
    { kind: 'title', text: `${row.title}决策过程记录和材料` },
    { kind: 'plain', text: `决策机关：${row.body_name}` },
    { kind: 'plain', text: `承办单位：${row.sponsor_name}` },
    { kind: 'plain', text: `决策状态：${decisionStatusLabels[row.status]}` },
    { kind: 'plain', text: `归档日期：${chineseDate(archivedOn)}（《重大行政决策程序暂行条例》第三十三条）` },
    { kind: 'heading', text: '目录' },
    {
      kind: 'table',
      columns: [
        { label: '序号', width: 1 },
        { label: '材料名称', width: 5 },
        { label: '形成日期', width: 3 },
        { label: '页码', width: 1 },
      ],
      rows: parts.map((p, i) => [
        String(i + 1),
        p.title,
        p.on ? chineseDate(p.on) : '',
        sectionPages?.[i + 1] === undefined ? '' : String(sectionPages[i + 1]),
      ]),
    },
  ];
  return {
    title: `${row.title}决策过程记录和材料`,
    author: row.body_name,
    sections: [
      { blocks: cover },
      ...parts.map((p, i) => ({
        blocks: [
          { kind: 'heading' as const, text: `${i + 1}. ${p.title}` },
          ...(p.on ? [{ kind: 'plain' as const, text: `形成日期：${chineseDate(p.on)}` }] : []),
          ...p.lines
            .flatMap((l) => l.split(/\r?\n/).filter((t) => t.trim() !== ''))
            .map((t) => ({ kind: 'paragraph' as const, text: t.trim() })),
        ],
      })),
    ],
  };
}
